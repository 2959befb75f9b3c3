import type { FailureModeId } from './failure-modes';
import type { LinkId, LinkStatus } from './links';
import type { Verdict } from './verdict';

/** What a verdict says in one line: enough to notice that it changed, and to say from what to what. */
export interface VerdictGist {
  cause: FailureModeId | 'inconclusive';
  confidence: Verdict['confidence'];
  brokenLink: Verdict['brokenLink'];
}

export const gistOf = ({ cause, confidence, brokenLink }: Verdict): VerdictGist => ({ cause, confidence, brokenLink });

export const sameGist = (a: VerdictGist, b: VerdictGist) =>
  a.cause === b.cause && a.confidence === b.confidence && a.brokenLink === b.brokenLink;

/** The verdict of one run changed while its evidence arrived (a provisional verdict replaced). */
export interface VerdictChange {
  at: number;
  from: VerdictGist;
  to: VerdictGist;
}

export interface LinkChange {
  id: LinkId;
  /** Absent: the link was not checked in that run (e.g. no IAM-signed request). */
  before?: LinkStatus;
  after?: LinkStatus;
}

export interface RunComparison {
  before: VerdictGist;
  after: VerdictGist;
  verdictChanged: boolean;
  /** Every link whose status differs between the two runs, in the chain's order. */
  links: LinkChange[];
  /** The earlier run was broken and the later one is healthy: what a "confirmed fixed" link states. */
  fixed: boolean;
}

/** Compares two runs' verdicts (earlier first): which links and which verdict changed. Pure. */
export function compareVerdicts(before: Verdict, after: Verdict): RunComparison {
  const ids: LinkId[] = [];
  for (const link of [...before.links, ...after.links]) if (!ids.includes(link.id)) ids.push(link.id);
  const links = ids.flatMap((id): LinkChange[] => {
    const was = before.links.find((l) => l.id === id)?.status;
    const now = after.links.find((l) => l.id === id)?.status;
    return was === now ? [] : [{ id, ...(was ? { before: was } : {}), ...(now ? { after: now } : {}) }];
  });
  const [a, b] = [gistOf(before), gistOf(after)];
  return {
    before: a,
    after: b,
    verdictChanged: !sameGist(a, b),
    links,
    fixed: a.cause !== 'healthy' && b.cause === 'healthy',
  };
}
