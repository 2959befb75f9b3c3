import { createContext, useContext } from 'react';
import { render, type Catalog, type Message, type PlainMessageId } from '@/chain/messages/catalog';
import { en } from '@/chain/messages/en';
import { inTimeZone, when, type Lang } from '@/chain/messages/format';

/** The words of a page in the viewer's language, with dates in their zone. */
export interface Words {
  lang: Lang;
  /** The IANA zone dates are written in. */
  zone: string;
  catalog: Catalog;
  /** A message, rendered as plain text (evidence in the language's quotation marks). */
  t(message: Message): string;
  /** A message without parameters, by id. */
  say(id: PlainMessageId): string;
  /** A date in the viewer's zone, written the language's way: never a raw number. */
  date(at: string | number): string;
}

/** Words for a language and zone: every message rendered with dates in that zone. */
export function makeWords(lang: Lang, catalog: Catalog, zone: string): Words {
  const t = (message: Message) => inTimeZone(zone, () => render(message, catalog));
  return {
    lang,
    zone,
    catalog,
    t,
    say: (id) => t({ id } as Message),
    date: (at) => inTimeZone(zone, () => when(at, lang)),
  };
}

// Outside a provider (a component rendered on its own, a test) the words are English in UTC, as the CLI prints.
const WordsContext = createContext<Words>(makeWords('en', en, 'UTC'));

export const WordsProvider = WordsContext.Provider;

/** The page's words: every text a component shows goes through them (no English-only strings in the UI). */
export function useWords(): Words {
  return useContext(WordsContext);
}

export { WordsContext };
