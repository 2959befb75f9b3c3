import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SearchProgress } from '@/aws/cloudtrail';
import { stsRecordQueryOptions, type StsRecordQuery } from '../api/sts-record';

// CloudTrail delivers "about 5 minutes on average, not guaranteed" (FAILURE-MODES.md): poll up to 15 minutes.
export const POLL_INTERVAL_MS = 15_000;
export const POLL_DEADLINE_MS = 15 * 60_000;

const IDLE: StsRecordQuery = { region: '', credentials: { accessKeyId: '', secretAccessKey: '' }, issuedAt: '' };

/** Finds the STS record, polling with a visible countdown while CloudTrail has not delivered it yet. */
export function useStsRecord(query: StsRecordQuery | undefined) {
  const [progress, setProgress] = useState<SearchProgress>();
  const [now, setNow] = useState(() => Date.now());
  const result = useQuery({
    ...stsRecordQueryOptions(query ?? IDLE, setProgress),
    enabled: Boolean(query),
    refetchInterval: (q) => {
      const data = q.state.data;
      if (!query || !data || data.record) return false;
      return q.state.dataUpdatedAt - Date.parse(query.issuedAt) < POLL_DEADLINE_MS ? POLL_INTERVAL_MS : false;
    },
  });
  const { data, error, isFetching, dataUpdatedAt } = result;
  const waiting = Boolean(
    query && data && !data.record && dataUpdatedAt - Date.parse(query.issuedAt) < POLL_DEADLINE_MS,
  );
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);
  const nextPollInSeconds = waiting
    ? Math.max(0, Math.ceil((dataUpdatedAt + POLL_INTERVAL_MS - now) / 1000))
    : undefined;
  return { data, error, isFetching, progress, waiting, nextPollInSeconds };
}
