import type { VerdictGist } from '@/chain/compare';
import { modeTitle } from '@/chain/messages/catalog';
import type { Words } from './words';

/** A verdict's gist in words: "The role's policy names another API… (proven)" — run lists, changes, compare. */
export function gistText(g: VerdictGist, { t, say }: Pick<Words, 't' | 'say'>): string {
  const title = g.cause === 'inconclusive' ? say('ui.gist.inconclusive') : t(modeTitle(g.cause));
  return t({ id: 'ui.gist', params: { title, confidence: g.confidence } });
}
