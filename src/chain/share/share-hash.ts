import type { Lang } from '../messages/format';

/** Where a share link's payload starts in the page address. */
export const SHARE_PREFIX = '#/share/';

export interface ShareHash {
  /** `1.<base64url(deflate(json))>`, for `decodeShareLink`. */
  payload: string;
  /** The language the engineer chose for the customer; a viewer preference, never part of the case. */
  lang?: Lang;
}

const LANGS: readonly string[] = ['en', 'ja'] satisfies Lang[];

/**
 * Reads `#/share/<payload>[?lang=ja]`. The options after `?` are optional and outside the payload, so links made
 * before they existed open unchanged, and an unknown option or language is ignored rather than breaking the link.
 */
export function parseShareHash(hash: string): ShareHash {
  const rest = hash.startsWith(SHARE_PREFIX) ? hash.slice(SHARE_PREFIX.length) : hash;
  const question = rest.indexOf('?');
  if (question < 0) return { payload: rest };
  const lang = new URLSearchParams(rest.slice(question + 1)).get('lang') ?? '';
  return { payload: rest.slice(0, question), ...(LANGS.includes(lang) ? { lang: lang as Lang } : {}) };
}

/** The fragment of a share link: the payload, and the viewer's language when one was chosen. */
export function shareHash({ payload, lang }: ShareHash): string {
  return `${SHARE_PREFIX}${payload}${lang ? `?lang=${lang}` : ''}`;
}
