import { describe, expect, it } from 'vitest';
import { classifyAwsError } from '../error-taxonomy';
import { parseAthenaStruct, parseCloudTrailTime, readCloudTrailPiece } from './cloudtrail-piece';
import { readErrorPiece } from './error-piece';
import { logTime, readLogRows, readLogStatement } from './log-piece';
import { readRolePiece } from './role-piece';

// @aws-amplify/api-graphql src/utils/errors/repackageAuthError.ts (v4.10.1), verbatim.
const SUGGESTION =
  "If you're calling an Amplify-generated API, make sure to set the \"authMode\" in generateClient({ authMode: '...' }) to the backend authorization rule's auth provider ('apiKey', 'userPool', 'iam', 'oidc', 'lambda')";

describe('the error taxonomy on Amplify v6 repackaged 401', () => {
  it('reads the object JSON.stringify leaves as AppSync’s 401 UnauthorizedException', () => {
    const thrown = { data: {}, errors: [{ message: 'Unauthorized', recoverySuggestion: SUGGESTION }] };
    expect(classifyAwsError(thrown)).toMatchObject({
      service: 'appsync',
      stage: 'graphql',
      code: 'UnauthorizedException',
      status: 401,
      message: 'Unauthorized',
      kind: 'access-denied',
    });
    // Another word with another hint is not Amplify's rewrite.
    const other = { errors: [{ message: 'Unauthorized', recoverySuggestion: 'Sign in again.' }] };
    expect(classifyAwsError(other)).toMatchObject({ code: 'Error' });
    expect(classifyAwsError(other).status).toBeUndefined();
  });
});

describe('CloudTrail times and Athena', () => {
  it('parses the console form of expiration, noon and midnight included', () => {
    expect(parseCloudTrailTime('Feb 24, 2025, 3:15:12 PM')).toBe(Date.UTC(2025, 1, 24, 15, 15, 12));
    expect(parseCloudTrailTime('Feb 24, 2025, 12:00:01 AM')).toBe(Date.UTC(2025, 1, 24, 0, 0, 1));
    expect(parseCloudTrailTime('Feb 24, 2025, 12:00:01 PM')).toBe(Date.UTC(2025, 1, 24, 12, 0, 1));
    expect(parseCloudTrailTime('2026-11-24T08:30:01Z')).toBe(Date.UTC(2026, 10, 24, 8, 30, 1));
    for (const bad of ['Foo 24, 2025, 3:15:12 PM', 'Feb 24, 2025, 13:15:12 PM', 'yesterday', 42])
      expect(parseCloudTrailTime(bad)).toBeUndefined();
  });

  it('reads a struct as Athena prints it, nested ones too', () => {
    expect(parseAthenaStruct('{type=WebIdentityUser, principalid=a:b:c, arn=null, sessioncontext={x=1, y=2}}')).toEqual(
      { type: 'WebIdentityUser', principalid: 'a:b:c', sessioncontext: { x: '1', y: '2' } },
    );
  });

  it('says a text that is neither JSON nor a result table is not a record', () => {
    expect(() => readCloudTrailPiece('eventName,foo\nx,y')).toThrow(/Expected a CloudTrail record/);
    expect(() => readCloudTrailPiece('{"Events": [{"CloudTrailEvent": "{bad"}]}')).toThrow(SyntaxError);
  });
});

describe('log rows', () => {
  it('reads times as CloudWatch and Logs Insights write them', () => {
    expect(logTime('2026-11-24 08:30:02.181')).toBe(Date.UTC(2026, 10, 24, 8, 30, 2, 181));
    expect(logTime('2026-11-24T08:30:02.181+00:00')).toBe(Date.UTC(2026, 10, 24, 8, 30, 2, 181));
    expect(logTime(1795509002181)).toBe(1795509002181);
    expect(logTime('soon')).toBeUndefined();
  });

  it('takes the failing request’s summary when several requests are pasted', () => {
    const rows = readLogRows(
      [
        '{"logType":"RequestSummary","requestId":"aaaaaaaa-1111-4222-8333-944455556666","statusCode":200}',
        'bbbbbbbb-1111-4222-8333-944455556666 Response Headers: {x-amzn-ErrorType=UnauthorizedException}',
        '{"logType":"RequestSummary","requestId":"bbbbbbbb-1111-4222-8333-944455556666","statusCode":401}',
      ].join('\n'),
    );
    expect(readLogStatement(rows)).toMatchObject({
      status: 401,
      errorType: 'UnauthorizedException',
      requestId: 'bbbbbbbb-1111-4222-8333-944455556666',
    });
  });
});

describe('the error piece', () => {
  it('keeps a label before the object, and reads the status of an HTTP dump', () => {
    expect(readErrorPiece('Failed to load notes: { errors: [ { errorType: "X", message: "y" } ] }').thrown).toEqual({
      errors: [{ errorType: 'X', message: 'y' }],
    });
    expect(
      readErrorPiece('HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: InvalidSignatureException:http://x\n\n{}'),
    ).toMatchObject({ status: 403, errorType: 'InvalidSignatureException' });
  });
});

describe('the role piece', () => {
  it('takes an ARN, get-role output or the pool’s roles, and refuses anything else', () => {
    const arn = 'arn:aws:iam::111122223333:role/app-authenticated';
    expect(readRolePiece(` ${arn}\n`)).toEqual({ roleArn: arn });
    expect(readRolePiece(JSON.stringify({ Role: { Arn: arn } }))).toEqual({ roleArn: arn });
    expect(readRolePiece(JSON.stringify({ Roles: { authenticated: arn } }))).toEqual({
      roleArn: arn,
      identityPool: { roles: { authenticated: arn } },
    });
    expect(() => readRolePiece('app-authenticated')).toThrow(/role ARN/);
  });
});
