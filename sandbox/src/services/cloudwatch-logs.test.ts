import { describe, expect, it } from 'vitest';
import { healthy } from '../../scenarios/healthy.ts';
import { appSyncLogGroup } from '../appsync/logs.ts';
import { createContext, type SandboxContext } from '../context.ts';
import { AwsError } from '../http.ts';
import type { Scenario } from '../scenario.ts';
import { signedRequest } from '../test-support/sign.ts';
import { handleCloudWatchLogs } from './cloudwatch-logs.ts';

const GROUP = appSyncLogGroup(healthy.api.id);

function seeded(scenario: Scenario = healthy): SandboxContext {
  const ctx = createContext(scenario, 'http://127.0.0.1:4510');
  ctx.logs.set(
    GROUP,
    [1000, 2000, 3000].map((timestamp, i) => ({
      logStreamName: 'a1b2c3',
      timestamp,
      ingestionTime: timestamp,
      eventId: String(i),
      message: `req-${i} Response Headers: {x-amzn-ErrorType=UnauthorizedException}`,
    })),
  );
  return ctx;
}

async function filter(ctx: SandboxContext, input: Record<string, unknown>) {
  const request = await signedRequest({
    service: 'logs',
    region: ctx.scenario.region,
    credentials: ctx.scenario.readOnly,
    body: JSON.stringify(input),
    signedAt: ctx.now(),
    headers: { 'x-amz-target': 'Logs_20140328.FilterLogEvents', 'content-type': 'application/x-amz-json-1.1' },
  });
  request.operation = 'FilterLogEvents';
  return handleCloudWatchLogs(request, ctx);
}

interface Page {
  events: { message: string; timestamp: number }[];
  nextToken?: string;
}

describe('FilterLogEvents', () => {
  it('filters by time window and a quoted term', async () => {
    const response = await filter(seeded(), {
      logGroupName: GROUP,
      startTime: 1500,
      endTime: 3000,
      filterPattern: '"req-2"',
    });
    const page = JSON.parse(response.body) as Page;
    expect(page.events.map((e) => e.timestamp)).toEqual([3000]);
  });

  it('pages with limit and nextToken', async () => {
    const ctx = seeded();
    const first = JSON.parse((await filter(ctx, { logGroupName: GROUP, limit: 2 })).body) as Page;
    expect(first.events).toHaveLength(2);
    const second = JSON.parse(
      (await filter(ctx, { logGroupName: GROUP, limit: 2, nextToken: first.nextToken })).body,
    ) as Page;
    expect(second.events.map((e) => e.timestamp)).toEqual([3000]);
    expect(second.nextToken).toBeUndefined();
  });

  it('answers ResourceNotFoundException for an unknown group', async () => {
    const error = await filter(seeded(), { logGroupName: '/aws/lambda/nothing' }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 400,
      code: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
    });
  });

  it('treats the API’s group as existing before its first request when logging is on', async () => {
    const ctx = createContext(healthy, 'http://127.0.0.1:4510');
    const page = JSON.parse((await filter(ctx, { logGroupName: GROUP })).body) as Page;
    expect(page.events).toEqual([]);
  });

  it('denies a read-only principal whose policy lacks logs:FilterLogEvents', async () => {
    const scenario: Scenario = {
      ...healthy,
      readOnly: {
        ...healthy.readOnly,
        policy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'cloudtrail:LookupEvents', Resource: '*' }],
        },
      },
    };
    const error = await filter(seeded(scenario), { logGroupName: GROUP }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsError);
    expect(error).toMatchObject({
      status: 400,
      code: 'AccessDeniedException',
      message: `User: arn:aws:iam::111122223333:user/support-readonly is not authorized to perform: logs:FilterLogEvents on resource: arn:aws:logs:us-east-1:111122223333:log-group:${GROUP}:log-stream: because no identity-based policy allows the logs:FilterLogEvents action`,
    });
  });
});
