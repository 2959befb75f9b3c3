import type { en } from './en';
import type { Lang } from './format';

/**
 * Words live outside the domain: pure code returns message ids with parameters, and a catalog per language renders
 * them. The English catalog defines the ids and their parameters; every other catalog is typed `Catalog`, so a
 * missing or differently-parametrised entry fails the typecheck.
 */
export type Catalog = typeof en;
export type MessageId = keyof Catalog;
export type ParamsOf<K extends MessageId> = Catalog[K] extends (params: infer P) => string ? P : never;

/** The ids of messages without parameters (`{ id }` alone is a whole message). */
export type PlainMessageId = { [K in MessageId]: Catalog[K] extends string ? K : never }[MessageId];

/** A message id and its parameters: plain data, safe to keep in a verdict or print as JSON. */
export type Message = {
  [K in MessageId]: Catalog[K] extends string ? { id: K } : { id: K; params: ParamsOf<K> };
}[MessageId];

type ParamArgs<K extends MessageId> = Catalog[K] extends string ? [] : [params: ParamsOf<K>];

export function msg<K extends MessageId>(id: K, ...params: ParamArgs<K>): Message {
  return (params.length ? { id, params: params[0] } : { id }) as Message;
}

/** Renders a message in a catalog's language. An unknown id (e.g. from an old JSON file) renders as the id. */
export function render(message: Message, catalog: Catalog): string {
  const entry = (catalog as Record<string, string | ((params: unknown) => string) | undefined>)[message.id];
  if (entry === undefined) return message.id;
  return typeof entry === 'string' ? entry : entry('params' in message ? message.params : undefined);
}

/** The catalog of a language, loaded on demand: a viewer downloads only the language they read. */
export async function loadCatalog(lang: Lang): Promise<Catalog> {
  return lang === 'ja' ? (await import('./ja')).ja : (await import('./en')).en;
}
