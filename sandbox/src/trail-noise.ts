import type { StoredTrailEvent, TrailRecord } from './context.ts';
import { roleUniqueId } from './credentials.ts';
import type { Scenario } from './scenario.ts';
import { draw, hashSeed, type Draw } from './seeded-random.ts';
import { cognitoOrigin, failedRecordMessage, stsRecordRegion, webIdentityRecord } from './sts-record.ts';
import { cloudTrailTime, storedEvent, type TrailIndex } from './trail-format.ts';

// A busy app's day: noise spread over 24 hours around the run, most of it before; the rest arrives while it runs.
const DAY_MS = 24 * 3600_000;
const AFTER_MS = 3600_000;
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';

const USER_AGENTS = [
  'aws-cli/2.17.20 md/awscrt#0.20.11 ua/2.0 os/linux#6.1.0 md/arch#x86_64 lang/python#3.11.9 md/pyimpl#CPython',
  'aws-sdk-js/3.600.0 ua/2.0 os/linux#5.10.219 lang/js md/nodejs#20.15.0 api/ec2#3.600.0',
  'Boto3/1.34.144 md/Botocore#1.34.144 ua/2.0 os/linux#5.10.220 md/arch#x86_64 lang/python#3.12.4',
];

function iamUser(scenario: Scenario, d: Draw, userName: string): Record<string, unknown> {
  return {
    type: 'IAMUser',
    principalId: `AIDA${d.chars(UPPER_ALNUM, 17)}`,
    arn: `arn:aws:iam::${scenario.accountId}:user/${userName}`,
    accountId: scenario.accountId,
    accessKeyId: `AKIA${d.chars(UPPER_ALNUM, 16)}`,
    userName,
  };
}

function apiCall(scenario: Scenario, d: Draw, at: number, fields: Partial<TrailRecord>): TrailRecord {
  return {
    eventVersion: '1.09',
    userIdentity: iamUser(scenario, d, d.pick(['ci-deployer', 'ops-admin'])),
    eventTime: cloudTrailTime(at),
    eventSource: 'ec2.amazonaws.com',
    eventName: 'DescribeInstances',
    awsRegion: scenario.region,
    sourceIPAddress: `198.51.100.${Math.floor(d.next() * 250) + 1}`,
    userAgent: d.pick(USER_AGENTS),
    requestParameters: null,
    responseElements: null,
    requestID: d.uuid(),
    eventID: d.uuid(),
    readOnly: true,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: scenario.accountId,
    eventCategory: 'Management',
    ...fields,
  };
}

type Maker = (
  scenario: Scenario,
  d: Draw,
  at: number,
  trustAllowed: boolean,
) => { record: TrailRecord; index: TrailIndex };

/** Another app user's identity pool sign-in: the same role, a different identity id. */
const otherIdentity: Maker = (scenario, d, at, trustAllowed) => {
  const roleArn = scenario.identityPool.roles.authenticated ?? scenario.roles[0]?.arn ?? '';
  const sessionName = 'CognitoIdentityCredentials';
  return webIdentityRecord({
    at,
    region: stsRecordRegion(scenario),
    roleArn,
    sessionName,
    durationSeconds: 3600,
    identityPoolId: scenario.identityPool.id,
    identityId: `${scenario.region}:${d.uuid()}`,
    origin: cognitoOrigin(scenario.region),
    requestId: d.uuid(),
    outcome: trustAllowed
      ? {
          credentials: {
            accessKeyId: `ASIA${d.chars(UPPER_ALNUM, 16)}`,
            sessionToken: `IQoJb3JpZ2luX2Vj${d.chars(UPPER_ALNUM, 64)}`,
            expiration: at + 3_600_000,
            assumedRoleId: `${roleUniqueId(roleArn)}:${sessionName}`,
          },
        }
      : { errorCode: 'AccessDenied', errorMessage: failedRecordMessage(scenario) },
  });
};

/** LookupEvents' `Username` for a caller: the IAM user name, or the role session name. */
function usernameOf(record: TrailRecord): string | undefined {
  const identity = record.userIdentity;
  if (typeof identity.userName === 'string') return identity.userName;
  const principal = identity.principalId;
  return typeof principal === 'string' && principal.includes(':') ? principal.split(':')[1] : undefined;
}

function indexed(
  record: TrailRecord,
  resources: TrailIndex['resources'] = [],
): { record: TrailRecord; index: TrailIndex } {
  const username = usernameOf(record);
  return { record, index: { ...(username ? { username } : {}), resources } };
}

const describeInstances: Maker = (scenario, d, at) =>
  indexed(apiCall(scenario, d, at, { requestParameters: { instancesSet: {}, filterSet: {} } }));

const getRole: Maker = (scenario, d, at) => {
  const roleName = d.pick(scenario.roles)?.name ?? 'ci-deployer-role';
  const record = apiCall(scenario, d, at, {
    eventSource: 'iam.amazonaws.com',
    eventName: 'GetRole',
    awsRegion: 'us-east-1',
    requestParameters: { roleName },
  });
  return indexed(record, [{ resourceType: 'AWS::IAM::Role', resourceName: roleName }]);
};

const createLogStream: Maker = (scenario, d, at) =>
  indexed(
    apiCall(scenario, d, at, {
      userIdentity: {
        type: 'AssumedRole',
        principalId: `AROA${d.chars(UPPER_ALNUM, 17)}:APPSYNC_ASSUME_ROLE_SESSION`,
        arn: `arn:aws:sts::${scenario.accountId}:assumed-role/appsync-logs/APPSYNC_ASSUME_ROLE_SESSION`,
        accountId: scenario.accountId,
        accessKeyId: `ASIA${d.chars(UPPER_ALNUM, 16)}`,
        invokedBy: 'appsync.amazonaws.com',
      },
      eventSource: 'logs.amazonaws.com',
      eventName: 'CreateLogStream',
      sourceIPAddress: 'appsync.amazonaws.com',
      userAgent: 'appsync.amazonaws.com',
      readOnly: false,
      requestParameters: { logGroupName: `/aws/appsync/apis/${scenario.api.id}`, logStreamName: d.chars(HEX, 32) },
    }),
  );

const getCallerIdentity: Maker = (scenario, d, at) =>
  indexed(apiCall(scenario, d, at, { eventSource: 'sts.amazonaws.com', eventName: 'GetCallerIdentity' }));

// Mostly other users' role sessions (the lookup's haystack), then everyday account activity.
const MAKERS: [weight: number, maker: Maker][] = [
  [0.6, otherIdentity],
  [0.12, describeInstances],
  [0.1, createLogStream],
  [0.1, getRole],
  [0.08, getCallerIdentity],
];

function chooseMaker(d: Draw): Maker {
  let roll = d.next();
  for (const [weight, maker] of MAKERS) {
    if (roll < weight) return maker;
    roll -= weight;
  }
  return otherIdentity;
}

/**
 * `count` unrelated management events spread over the day around `now` (23 hours before, one after: they become
 * visible as the run goes on), deterministic per scenario.
 * `trustAllowed` says whether the shared role's trust policy admits Cognito identities, so other users'
 * records agree with the scenario (all succeed, or all fail like ours).
 */
export function noiseEvents(scenario: Scenario, now: number, count: number, trustAllowed: boolean): StoredTrailEvent[] {
  const d = draw(hashSeed(`${scenario.id}:${count}`));
  const events: StoredTrailEvent[] = [];
  for (let i = 0; i < count; i++) {
    const at = now - (DAY_MS - AFTER_MS) + Math.floor(d.next() * DAY_MS);
    const { record, index } = chooseMaker(d)(scenario, d, at, trustAllowed);
    events.push(storedEvent(record, index, at, scenario.cloudtrail.deliveryDelaySeconds));
  }
  return events;
}
