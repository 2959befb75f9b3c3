import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { SearchProgress } from '@/aws/cloudtrail';
import { explainAwsError, explanationMessages } from '@/aws/errors';
import type { InvestigationState } from '@/aws/investigate';
import type { Case, PolicyEvidence } from '@/chain/case';
import { gistOf, sameGist, type VerdictChange, type VerdictGist } from '@/chain/compare';
import type { Connection, ReadOnlyCredentials } from '@/chain/connection';
import { diagnose } from '@/chain/diagnose';
import type { TrustContext } from '@/chain/endpoint-trust';
import { chainSteps } from '@/chain/evidence';
import { msg, wordsMessage } from '@/chain/messages/catalog';
import { RECORD_DEADLINE_MS } from '@/chain/plan';
import { buildTimeline } from '@/chain/timeline';
import { RunControl, investigationQueryOptions, type InvestigationRun } from '@/features/run/api/investigation';
import type { RunDraft } from '@/features/run/run-draft';
import type { LaneNote } from '@/features/timeline/components/timeline-view';

const READS = new Set(['identity-pool', 'role-policies', 'simulate-policy', 'appsync-logs']);
/** Runs kept in memory for "compare with previous" (a case is small; ten is plenty for one session). */
const KEEP = 10;

/** A run kept in memory (or a case opened from a file), for re-run and compare. Never stored anywhere else. */
export interface KeptRun {
  id: number;
  origin: 'run' | 'file';
  /** The file's name (a case opened from a file); a run is named by its number. */
  label: string;
  /** The run's number this session ("Run 2"). */
  number?: number;
  startedAt: number;
  evidence?: Case;
  done: boolean;
  /** How the verdict changed while evidence arrived (provisional → final). */
  changes: VerdictChange[];
  last?: VerdictGist;
}

function keep(runs: KeptRun[], run: KeptRun): KeptRun[] {
  return [...runs.filter((r) => r.id !== run.id), run].sort((a, b) => a.id - b.id).slice(-KEEP);
}

/**
 * The dashboard's investigations: the engine's stream (the same `investigate()` as the CLI) rendered as it arrives,
 * the runs kept for comparison, cases opened from files, and the policies the engineer pastes. Case → verdict →
 * timeline are derived, never stored twice.
 */
export function useInvestigation() {
  const [run, setRun] = useState<InvestigationRun>();
  const [progress, setProgress] = useState<SearchProgress>();
  const [kept, setKept] = useState<KeptRun[]>([]);
  const [selectedId, setSelectedId] = useState<number>();

  const onState = (runId: number, state: InvestigationState) => {
    const evidence = state.case.steps.length > 0 ? state.case : undefined;
    const gist = evidence ? gistOf(diagnose(evidence)) : undefined;
    setKept((runs) => {
      const current = runs.find((r) => r.id === runId);
      if (!current) return runs;
      const previous = current.last;
      const change =
        gist && previous && !sameGist(previous, gist) ? { at: Date.now(), from: previous, to: gist } : undefined;
      return keep(runs, {
        ...current,
        ...(evidence ? { evidence } : {}),
        done: state.phase === 'done',
        ...(gist ? { last: gist } : {}),
        changes: change ? [...current.changes, change] : current.changes,
      });
    });
  };
  const query = useQuery(
    investigationQueryOptions(run, {
      onSearchProgress: setProgress,
      onState,
    }),
  );
  const [pasted, setPasted] = useState<{ runId: number; policies: PolicyEvidence[] }>();
  const [now, setNow] = useState(() => Date.now());

  const start = (
    connection: Connection,
    draft: RunDraft,
    credentials: ReadOnlyCredentials | undefined,
    trust: TrustContext,
  ) => {
    setProgress(undefined);
    const id = Math.max(Date.now(), ...kept.map((r) => r.id + 1));
    const number = kept.filter((r) => r.origin === 'run').length + 1;
    setKept((runs) =>
      keep(runs, { id, origin: 'run', label: '', number, startedAt: Date.now(), done: false, changes: [] }),
    );
    setSelectedId(id);
    setRun({
      id,
      control: new RunControl(),
      input: {
        connection,
        username: draft.username,
        password: draft.password,
        flow: draft.flow,
        query: draft.query,
        ...(draft.variant ? { testRun: draft.variant } : {}),
        ...(credentials ? { readOnly: credentials } : {}),
        waitForRecordMs: RECORD_DEADLINE_MS,
        trust,
      },
    });
  };

  /** A saved case (already restored and validated) shown like a run, and kept for comparison. */
  const open = (evidence: Case, name: string) => {
    const id = Math.max(Date.now(), ...kept.map((r) => r.id + 1));
    setKept((runs) =>
      keep(runs, { id, origin: 'file', label: name, startedAt: Date.now(), evidence, done: true, changes: [] }),
    );
    setSelectedId(id);
  };

  const selected = kept.find((r) => r.id === selectedId);
  const live = run && selected?.id === run.id;
  const state = live ? query.data : undefined;
  const collected = live ? (state && state.case.steps.length > 0 ? state.case : undefined) : selected?.evidence;
  const extra = pasted && pasted.runId === selectedId ? pasted.policies : undefined;
  const evidence = useMemo(
    () => (collected && extra?.length ? { ...collected, policies: [...collected.policies, ...extra] } : collected),
    [collected, extra],
  );
  const verdict = useMemo(() => (evidence ? diagnose(evidence) : undefined), [evidence]);
  const timeline = useMemo(
    () => (evidence && verdict ? buildTimeline(evidence, verdict.links) : undefined),
    [evidence, verdict],
  );

  const waitingUntil = state?.phase === 'waiting' ? state.until : undefined;
  useEffect(() => {
    if (waitingUntil === undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waitingUntil]);

  let stsNote: LaneNote | undefined;
  if (evidence && run && live) {
    const { credentials } = chainSteps(evidence);
    const failedLookup = evidence.lookups.find(
      (l) => l.source === 'cloudtrail' && (l.outcome === 'denied' || l.outcome === 'error'),
    );
    if (!credentials?.identityId && !credentials?.accessKeyId)
      stsNote = { tone: 'info', text: msg('ui.sts.no-identity') };
    else if (!run.input.readOnly) stsNote = { tone: 'info', text: msg('ui.sts.no-credentials') };
    else if (failedLookup?.error) {
      const explained = explainAwsError(Object.assign(new Error(failedLookup.error.message), failedLookup.error), {
        service: 'cloudtrail',
        action: 'cloudtrail:LookupEvents',
        ...(run.input.connection.endpoints.cloudtrail ? { endpoint: run.input.connection.endpoints.cloudtrail } : {}),
      });
      stsNote = { tone: 'error', text: wordsMessage(explained.title), more: explanationMessages(explained) };
    } else if (state?.phase === 'asking' && state.asking.includes('sts-record'))
      stsNote = {
        tone: 'waiting',
        text: msg('ui.sts.searching', progress ? { pages: progress.pages, events: progress.eventsRead } : {}),
      };
    else if (waitingUntil !== undefined)
      stsNote = {
        tone: 'waiting',
        text: msg('ui.sts.not-delivered', { seconds: Math.max(0, Math.ceil((waitingUntil - now) / 1000)) }),
      };
  }

  const pastePolicy = (roleArn: string, document: unknown) =>
    setPasted((current) => ({
      runId: selectedId ?? 0,
      policies: [
        ...(current && current.runId === selectedId ? current.policies : []).filter((p) => p.roleArn !== roleArn),
        { roleArn, source: 'pasted', documents: [{ name: 'pasted policy', kind: 'inline', document }] },
      ],
    }));

  // Provisional: the verdict stands on what arrived so far while the engine still asks or waits for evidence.
  const provisional =
    live && evidence && state && state.phase !== 'done'
      ? {
          phase: state.phase,
          waitingFor: state.phase === 'waiting' ? state.waitingFor : state.asking,
          ...(waitingUntil !== undefined ? { nextLookIn: Math.max(0, Math.ceil((waitingUntil - now) / 1000)) } : {}),
        }
      : undefined;

  return {
    start,
    open,
    /** The run on screen, and every run kept for comparison (oldest first). */
    selected,
    kept,
    select: setSelectedId,
    running: Boolean(live && query.isFetching && !collected),
    runError: live ? query.error : null,
    evidence,
    verdict,
    timeline,
    stsNote,
    provisional,
    stop: () => run?.control.stop(),
    lookNow: () => run?.control.lookNow(),
    canLookNow: waitingUntil !== undefined,
    gathering: Boolean(live && state?.phase === 'asking' && state.asking.some((kind) => READS.has(kind))),
    pastePolicy,
  };
}
