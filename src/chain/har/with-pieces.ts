import { buildOfflineCase, type OfflinePieces, type OfflineResult } from '../offline/build-case';
import { buildHarCase, withPastedEvidence } from './build-har-case';

/** A HAR the engineer dropped, chose or pasted: kept in memory only, read when the timeline is built. */
export interface LoadedHar {
  name: string;
  text: string;
}

/**
 * The case from a HAR, with the pasted pieces added when there are any (records, log lines, a policy). The app
 * config is optional beside a HAR: without it the target is what the HAR's calls went to.
 */
export function buildWithHar(har: LoadedHar, pieces: OfflinePieces): OfflineResult | { ok: false; har: string } {
  const fromHar = buildHarCase(har.text, pieces.appConfig);
  if (!fromHar.ok) return { ok: false, har: fromHar.error };
  const pasted = Object.entries(pieces).some(([piece, value]) => piece !== 'appConfig' && value?.trim());
  if (!pasted || !pieces.appConfig.trim()) return { ok: true, case: fromHar.case, notes: fromHar.notes };
  const offline = buildOfflineCase(pieces);
  if (!offline.ok) return offline;
  return { ok: true, case: withPastedEvidence(fromHar.case, offline.case), notes: fromHar.notes };
}
