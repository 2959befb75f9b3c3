import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { LogLine, Lookup } from '@/chain/case';
import type { ReadOnlyCredentials } from '@/chain/connection';
import { countAttempts, recordLookup } from './lookup';
import { requestHandlerFor } from './timeouts';

export interface LogSearch {
  region: string;
  endpoint?: string;
  credentials: ReadOnlyCredentials;
  apiId: string;
  requestId: string;
  /** When the request was made. */
  at: Date;
  /** Deadline of each call (default 20 s). */
  timeoutMs?: number;
}

const WINDOW_MS = 5 * 60_000;

/**
 * The AppSync log lines of one request (`/aws/appsync/apis/<apiId>`, matched by request id). An API without
 * logging has no such group: that is reported as "not found", not as an error.
 */
export async function findAppSyncLogLines(search: LogSearch, lookups: Lookup[]): Promise<LogLine[]> {
  const logGroupName = `/aws/appsync/apis/${search.apiId}`;
  const startTime = search.at.getTime() - WINDOW_MS;
  const endTime = search.at.getTime() + WINDOW_MS;
  const filterPattern = `"${search.requestId}"`;
  const lines = await recordLookup(
    lookups,
    {
      source: 'logs',
      ask: 'appsync-logs',
      subject: search.requestId,
      query: { logGroupName, filterPattern, startTime, endTime },
      cli: `aws logs filter-log-events --region ${search.region} --log-group-name ${logGroupName} --filter-pattern '${filterPattern}' --start-time ${startTime} --end-time ${endTime}${search.endpoint ? ` --endpoint-url ${search.endpoint}` : ''}`,
    },
    async (countCall) => {
      const logs = new CloudWatchLogsClient({
        region: search.region,
        credentials: search.credentials,
        maxAttempts: 4,
        requestHandler: requestHandlerFor(search.timeoutMs),
        ...(search.endpoint ? { endpoint: search.endpoint } : {}),
      });
      countAttempts(logs, countCall);
      try {
        const found: LogLine[] = [];
        let nextToken: string | undefined;
        do {
          const page = await logs.send(
            new FilterLogEventsCommand({ logGroupName, filterPattern, startTime, endTime, nextToken, limit: 100 }),
          );
          for (const event of page.events ?? []) {
            if (event.message !== undefined && event.timestamp !== undefined)
              found.push({
                timestamp: event.timestamp,
                message: event.message,
                ...(event.logStreamName ? { logStreamName: event.logStreamName } : {}),
              });
          }
          nextToken = page.nextToken;
        } while (nextToken && found.length < 200);
        return { value: found, found: found.length > 0 };
      } catch (error) {
        // No log group: logging is off for this API. An answer, not a failure.
        if (error instanceof Error && error.name === 'ResourceNotFoundException') return { value: [], found: false };
        throw error;
      } finally {
        logs.destroy();
      }
    },
  );
  return lines ?? [];
}
