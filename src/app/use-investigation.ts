import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Connection, ReadOnlyCredentials } from '@/aws/connection';
import { assembleCase, withEvidence } from '@/chain/assemble';
import type { PolicyEvidence } from '@/chain/case';
import { gatherQueryOptions } from '@/features/run/api/gather';
import { diagnose } from '@/chain/diagnose';
import { buildTimeline } from '@/chain/timeline';
import { useRunChain } from '@/features/run/hooks/use-run-chain';
import { useStsRecord } from '@/features/run/hooks/use-sts-record';
import type { RunDraft } from '@/features/run/run-draft';
import type { LaneNote } from '@/features/timeline/components/timeline-view';
import { LookupError } from '@/features/run/api/sts-record';

/**
 * One investigation: runs the chain, then looks for the STS record, and derives case → verdict → timeline.
 * The inputs of the last run are frozen at click time, so editing the form never rewrites evidence.
 */
export function useInvestigation() {
  const run = useRunChain();
  const [frozen, setFrozen] = useState<{
    connection: Connection;
    credentials?: ReadOnlyCredentials;
    startedAt: string;
  }>();

  const start = (connection: Connection, draft: RunDraft, credentials: ReadOnlyCredentials | undefined) => {
    setFrozen({ connection, credentials, startedAt: new Date().toISOString() });
    setPasted([]);
    run.mutate({
      connection,
      username: draft.username,
      password: draft.password,
      flow: draft.flow,
      query: draft.query,
      ...(draft.variant ? { testRun: draft.variant } : {}),
    });
  };

  const result = run.data;
  const credentialsStep = result?.credentials;
  const issued = credentialsStep?.outcome === 'ok' ? credentialsStep : undefined;
  // With credentials: the record that issued them. Without: the identity's failed STS call, when there is one.
  const stsQuery =
    frozen?.credentials && credentialsStep && (credentialsStep.accessKeyId || credentialsStep.identityId)
      ? {
          region: frozen.connection.target.region,
          endpoint: frozen.connection.endpoints.cloudtrail,
          credentials: frozen.credentials,
          accessKeyId: issued?.accessKeyId,
          identityId: credentialsStep.identityId,
          issuedAt: credentialsStep.at,
        }
      : undefined;
  const sts = useStsRecord(stsQuery);

  const record = sts.data?.record;
  const base = useMemo(() => {
    if (!result || !frozen) return undefined;
    const lookups = sts.data?.lookups ?? (sts.error instanceof LookupError ? sts.error.lookups : []);
    const steps = [result.signIn, result.credentials, result.graphql];
    return assembleCase({
      createdAt: frozen.startedAt,
      target: frozen.connection.target,
      steps,
      records: record ? [record] : [],
      lookups,
    });
  }, [result, frozen, record, sts.data, sts.error]);
  // Read the rest once the CloudTrail search has settled (found, not delivered yet, or failed).
  const stsSettled = !stsQuery || Boolean(record) || sts.error !== null || (sts.data !== undefined && !sts.isFetching);
  const gathered = useQuery(gatherQueryOptions(stsSettled ? base : undefined, frozen?.connection, frozen?.credentials));
  const [pasted, setPasted] = useState<PolicyEvidence[]>([]);
  const evidence = useMemo(() => {
    if (!base) return undefined;
    const merged = gathered.data ? withEvidence(base, gathered.data) : base;
    return pasted.length ? { ...merged, policies: [...merged.policies, ...pasted] } : merged;
  }, [base, gathered.data, pasted]);
  const verdict = useMemo(() => (evidence ? diagnose(evidence) : undefined), [evidence]);
  const timeline = useMemo(
    () => (evidence && verdict ? buildTimeline(evidence, verdict.links) : undefined),
    [evidence, verdict],
  );

  let stsNote: LaneNote | undefined;
  if (result && !stsQuery && !credentialsStep?.identityId)
    stsNote = { tone: 'info', text: 'No identity and no credentials were issued, so there is no record to match.' };
  else if (result && !frozen?.credentials)
    stsNote = { tone: 'info', text: 'Paste read-only credentials to look the record up in CloudTrail.' };
  else if (sts.error)
    stsNote = {
      tone: 'error',
      text: sts.error instanceof LookupError ? `${sts.error.title} ${sts.error.todo}` : sts.error.message,
    };
  else if (sts.isFetching && !record)
    stsNote = {
      tone: 'waiting',
      text: `Searching CloudTrail… ${sts.progress ? `page ${sts.progress.pages}, ${sts.progress.eventsRead} events read` : ''}`,
    };
  else if (sts.waiting)
    stsNote = {
      tone: 'waiting',
      text: `Not delivered yet (CloudTrail takes ~5 min). Next look in ${sts.nextPollInSeconds ?? 0} s.`,
    };

  const pastePolicy = (roleArn: string, document: unknown) =>
    setPasted((current) => [
      ...current.filter((p) => p.roleArn !== roleArn),
      { roleArn, source: 'pasted', documents: [{ name: 'pasted policy', kind: 'inline', document }] },
    ]);

  return {
    start,
    running: run.isPending,
    runError: run.error,
    evidence,
    verdict,
    timeline,
    stsNote,
    gathering: gathered.isFetching,
    pastePolicy,
  };
}
