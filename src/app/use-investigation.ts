import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { SearchProgress } from '@/aws/cloudtrail';
import { explainAwsError } from '@/aws/errors';
import type { PolicyEvidence } from '@/chain/case';
import type { Connection, ReadOnlyCredentials } from '@/chain/connection';
import { diagnose } from '@/chain/diagnose';
import type { TrustContext } from '@/chain/endpoint-trust';
import { chainSteps } from '@/chain/evidence';
import { buildTimeline } from '@/chain/timeline';
import { investigationQueryOptions, type InvestigationRun } from '@/features/run/api/investigation';
import type { RunDraft } from '@/features/run/run-draft';
import type { LaneNote } from '@/features/timeline/components/timeline-view';
import { RECORD_DEADLINE_MS } from '@/chain/plan';

const READS = new Set(['identity-pool', 'role-policies', 'simulate-policy', 'appsync-logs']);

/**
 * One investigation in the dashboard: the engine's stream (the same `investigate()` as the CLI) rendered as it
 * arrives, plus the policies the engineer pastes. Case → verdict → timeline are derived, never stored twice.
 */
export function useInvestigation() {
  const [run, setRun] = useState<InvestigationRun>();
  const [progress, setProgress] = useState<SearchProgress>();
  const query = useQuery(investigationQueryOptions(run, setProgress));
  const [pasted, setPasted] = useState<PolicyEvidence[]>([]);
  const [now, setNow] = useState(() => Date.now());

  const start = (
    connection: Connection,
    draft: RunDraft,
    credentials: ReadOnlyCredentials | undefined,
    trust: TrustContext,
  ) => {
    setPasted([]);
    setProgress(undefined);
    setRun({
      id: Date.now(),
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

  const state = query.data;
  const collected = state && state.case.steps.length > 0 ? state.case : undefined;
  const evidence = useMemo(
    () => (collected && pasted.length ? { ...collected, policies: [...collected.policies, ...pasted] } : collected),
    [collected, pasted],
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
  if (evidence && run) {
    const { credentials } = chainSteps(evidence);
    const failedLookup = evidence.lookups.find(
      (l) => l.source === 'cloudtrail' && (l.outcome === 'denied' || l.outcome === 'error'),
    );
    if (!credentials?.identityId && !credentials?.accessKeyId)
      stsNote = { tone: 'info', text: 'No identity and no credentials were issued, so there is no record to match.' };
    else if (!run.input.readOnly)
      stsNote = { tone: 'info', text: 'Paste read-only credentials to look the record up in CloudTrail.' };
    else if (failedLookup?.error) {
      const explained = explainAwsError(Object.assign(new Error(failedLookup.error.message), failedLookup.error), {
        service: 'cloudtrail',
        action: 'cloudtrail:LookupEvents',
        ...(run.input.connection.endpoints.cloudtrail ? { endpoint: run.input.connection.endpoints.cloudtrail } : {}),
      });
      stsNote = { tone: 'error', text: `${explained.title}: ${explained.detail} ${explained.todo}` };
    } else if (state?.phase === 'asking' && state.asking.includes('sts-record'))
      stsNote = {
        tone: 'waiting',
        text: `Searching CloudTrail… ${progress ? `page ${progress.pages}, ${progress.eventsRead} events read` : ''}`,
      };
    else if (waitingUntil !== undefined)
      stsNote = {
        tone: 'waiting',
        text: `Not delivered yet (CloudTrail takes ~5 min). Next look in ${Math.max(0, Math.ceil((waitingUntil - now) / 1000))} s.`,
      };
  }

  const pastePolicy = (roleArn: string, document: unknown) =>
    setPasted((current) => [
      ...current.filter((p) => p.roleArn !== roleArn),
      { roleArn, source: 'pasted', documents: [{ name: 'pasted policy', kind: 'inline', document }] },
    ]);

  return {
    start,
    running: query.isFetching && !collected,
    runError: query.error,
    evidence,
    verdict,
    timeline,
    stsNote,
    gathering: state?.phase === 'asking' && state.asking.some((kind) => READS.has(kind)),
    pastePolicy,
  };
}
