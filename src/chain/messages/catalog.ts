import type { FailureModeId } from '../failure-modes';
import type { AwsWords } from './aws-en';
import type { en } from './en';
import type { Lang } from './format';
import type { uiEn } from './ui-en';

/**
 * Words live outside the domain: pure code returns message ids with parameters, and a catalog per language renders
 * them. The English catalog defines the ids and their parameters; every other catalog is typed `Catalog`, so a
 * missing or differently-parametrised entry fails the typecheck.
 */
export type Catalog = typeof en;
/**
 * The engineer's page adds its own words (`ui.*`, `./ui-en.ts`) to the catalog: loaded with the dashboard only, so
 * the customer's page and the CLI never carry them. Explanations of AWS errors (`aws.*`, `./aws-en.ts`) come with the
 * dashboard and the CLI, never with the customer's page. Message ids span all three.
 */
export type DashboardCatalog = Catalog & typeof uiEn & AwsWords;
// `aws.*` ids stay out of `Message`: a union of every id would grow past what TypeScript can relate (TS2590). They
// are typed by `MessageOf<AwsWords>` and join `Message` through `wordsMessage`.
type AllWords = Catalog & typeof uiEn;
export type MessageId = keyof AllWords;
export type ParamsOf<K extends MessageId> = AllWords[K] extends (params: infer P) => string ? P : never;

/** The ids of messages without parameters (`{ id }` alone is a whole message). */
export type PlainMessageId = { [K in MessageId]: AllWords[K] extends string ? K : never }[MessageId];

/** A message id and its parameters: plain data, safe to keep in a verdict or print as JSON. */
export type Message = {
  [K in MessageId]: AllWords[K] extends string ? { id: K } : { id: K; params: ParamsOf<K> };
}[MessageId];

type ParamArgs<K extends MessageId> = AllWords[K] extends string ? [] : [params: ParamsOf<K>];

/** A message of a word list kept outside `Message` (`aws.*`): typed against its own words. */
export type MessageOf<W> = {
  [K in keyof W & string]: W[K] extends string
    ? { id: K }
    : W[K] extends (params: infer P) => string
      ? { id: K; params: P }
      : never;
}[keyof W & string];

/**
 * A message of such a word list where a `Message` is expected (`t`, a lane note). It renders like any other with a
 * catalog that carries those words (the dashboard's, or the CLI's `{ ...en, ...awsEn }`); with one that lacks them it
 * renders as its id.
 */
export function wordsMessage<W>(message: MessageOf<W>): Message {
  return message as unknown as Message;
}

export function msg<K extends MessageId>(id: K, ...params: ParamArgs<K>): Message {
  return (params.length ? { id, params: params[0] } : { id }) as Message;
}

/**
 * The title of a failure mode (`mode.<id>`). One function, because TypeScript stops relating a template literal over
 * a union of more than 25 ids to the union of messages.
 */
export function modeTitle(id: FailureModeId): Message {
  return { id: `mode.${id}` } as Message;
}

/**
 * Evidence is quoted, never spoken in the product's voice. A parameter named `message` carries what AWS, Amplify or
 * the customer said (an error text, a log line): it is rendered as a marked quotation, capped in length, with its
 * control characters removed, whatever the catalog wrote around it. Every other text parameter is an identifier or a
 * figure: control characters and line breaks are removed from it and its length is capped.
 */
export const QUOTE_MAX = 300;
const IDENTIFIER_MAX = 200;
const OPEN = '\uE000';
const CLOSE = '\uE001';
// C0/C1 controls, bidi overrides and the quote markers themselves: none may come from evidence.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\uE000\uE001]+/g;

const cap = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const clean = (text: string, max: number) => cap(text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim(), max);

function guardParams(params: unknown): unknown {
  if (params === null || typeof params !== 'object') return params;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') out[key] = value;
    else if (key === 'message') out[key] = value ? `${OPEN}${clean(value, QUOTE_MAX)}${CLOSE}` : value;
    else out[key] = clean(value, IDENTIFIER_MAX);
  }
  return out;
}

/** A rendered message in parts: the product's own words, and quotations of evidence. */
export type Part = string | { quote: string };

const PAIRS: Record<string, string> = { '"': '"', '“': '”', '「': '」', "'": "'" };

/** Splits a string rendered with quote markers, dropping the quotation marks a catalog wrote around a quote. */
function split(text: string): Part[] {
  const parts: Part[] = [];
  let rest = text;
  for (let open = rest.indexOf(OPEN); open !== -1; open = rest.indexOf(OPEN)) {
    const close = rest.indexOf(CLOSE, open);
    if (close === -1) break;
    let before = rest.slice(0, open);
    let after = rest.slice(close + 1);
    const mark = before.at(-1);
    if (mark && PAIRS[mark] && after.startsWith(PAIRS[mark])) {
      before = before.slice(0, -1);
      after = after.slice(1);
    }
    if (before) parts.push(before);
    parts.push({ quote: rest.slice(open + 1, close) });
    rest = after;
  }
  if (rest) parts.push(rest);
  return parts;
}

function renderMarked(message: Message, catalog: Catalog): string {
  const entry = (catalog as Record<string, string | ((params: unknown) => string) | undefined>)[message.id];
  if (entry === undefined) return clean(String(message.id), IDENTIFIER_MAX);
  return typeof entry === 'string' ? entry : entry(guardParams('params' in message ? message.params : undefined));
}

/** A message as parts, for screens that show evidence in their own "AWS said" style. */
export function renderParts(message: Message, catalog: Catalog): Part[] {
  return split(renderMarked(message, catalog));
}

/** Parts as plain text: a quote in the catalog's language's quotation marks. */
export function joinParts(parts: readonly Part[], catalog: Catalog): string {
  const [open, close] = [catalog['said.open'], catalog['said.close']];
  return parts.map((part) => (typeof part === 'string' ? part : `${open}${part.quote}${close}`)).join('');
}

/**
 * Renders a message in a catalog's language as plain text; evidence stays a marked quotation. An unknown id (e.g.
 * from an old JSON file) renders as the id.
 */
export function render(message: Message, catalog: Catalog): string {
  return joinParts(renderParts(message, catalog), catalog);
}

/** The catalog of a language, loaded on demand: a viewer downloads only the language they read. */
export async function loadCatalog(lang: Lang): Promise<Catalog> {
  return lang === 'ja' ? (await import('./ja')).ja : (await import('./en')).en;
}
