import { describe, expect, it } from 'vitest';
import type { Case, CloudTrailRecord } from '../case';
import { diagnose } from '../diagnose';
import { deriveFacts } from '../facts';
import { makeCase, makeCredentials, makeGraphql, makeSignIn } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { planNext } from '../plan';
import { callerRoleNotAdmin } from './caller-role-not-admin';

const NOT_AUTHORIZED = 'Not Authorized to access listNotes on type Query';
const AUTH_ROLE = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
const FN_ROLE = 'arn:aws:iam::111122223333:role/amplify-demo-main-exportFunctionServiceRole-4QX7B2';
const FN_SESSION = 'arn:aws:sts::111122223333:assumed-role/amplify-demo-main-exportFunctionServiceRole-4QX7B2/exportFn';
const FN_KEY = 'ASIAFUNCTIONSESSION1';
const SCHEMA = 'type Query {\n  listNotes: [Note] @aws_iam @aws_cognito_user_pools\n}\ntype Note @aws_iam { id: ID! }';

/** The refused request, signed with the function's session key (not the identity pool's). */
const refusedAsFunction = (signedAs = true) =>
  makeGraphql({
    outcome: 'error',
    status: 200,
    errors: [{ errorType: 'Unauthorized', message: NOT_AUTHORIZED, path: ['listNotes'] }],
    signedWithAccessKeyId: FN_KEY,
    ...(signedAs ? { signedAs: { roleArn: FN_ROLE, sessionArn: FN_SESSION } } : {}),
  });

/** An STS AssumeRole record as CloudTrail writes it (IAM User Guide, example AWS STS API events). */
const assumeRoleRecord = (): CloudTrailRecord => ({
  eventVersion: '1.08',
  eventTime: '2026-11-24T10:00:01Z',
  eventSource: 'sts.amazonaws.com',
  eventName: 'AssumeRole',
  awsRegion: 'us-east-1',
  eventID: 'e0c1d2e3-0000-4000-8000-0000000000aa',
  userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::111122223333:assumed-role/x/y' },
  requestParameters: { roleArn: FN_ROLE, roleSessionName: 'exportFn' },
  responseElements: {
    credentials: { accessKeyId: FN_KEY, expiration: 'Nov 24, 2026, 11:00:01 AM' },
    assumedRoleUser: { assumedRoleId: 'AROAEXAMPLE:exportFn', arn: FN_SESSION },
  },
});

/** The generated resolver: the deployed auth role and pool, and one admin role (another function's). */
const resolver = (adminRoles: string[]) => ({
  typeName: 'Query',
  fieldName: 'listNotes',
  kind: 'PIPELINE',
  requestMappingTemplate: [
    '$util.qr($ctx.stash.put("authRole", "arn:aws:sts::111122223333:assumed-role/authtrace-demo-authenticated/CognitoIdentityCredentials"))',
    `$util.qr($ctx.stash.put("adminRoles", ${JSON.stringify(adminRoles)}))`,
    '$util.toJson({})',
  ].join('\n'),
  functions: [
    {
      functionId: 'fn1',
      requestMappingTemplate: [
        '#set( $isAuthorized = false )',
        '#if( $util.authType() == "IAM Authorization" )',
        `  #set( $adminRoles = ${JSON.stringify(adminRoles)} )`,
        '  #if( !$isAuthorized )',
        '    #if( ($ctx.identity.userArn == $ctx.stash.authRole) || ($ctx.identity.cognitoIdentityPoolId == "us-east-1:5b0c3f7e-8d2a-4e19-9a6b-1c2d3e4f5a6b" && $ctx.identity.cognitoIdentityAuthType == "authenticated") )',
        '      #set( $isAuthorized = true )',
        '    #end',
        '  #end',
        '#end',
      ].join('\n'),
    },
  ],
});

function functionCase(options: { adminRoles?: string[]; records?: CloudTrailRecord[]; signedAs?: boolean } = {}): Case {
  return makeCase({
    steps: [makeSignIn(), makeCredentials(), refusedAsFunction(options.signedAs ?? true)],
    identityPool: { roles: { authenticated: AUTH_ROLE } },
    records: options.records ?? [],
    ...(options.adminRoles
      ? {
          appsync: {
            authModes: ['AMAZON_COGNITO_USER_POOLS', 'AWS_IAM'],
            schema: SCHEMA,
            resolvers: [resolver(options.adminRoles)],
          },
        }
      : {}),
  });
}

describe('caller-role-not-admin', () => {
  it('is proven when a function’s session signed the request and the resolver lists other admin roles only', () => {
    const c = functionCase({ adminRoles: ['amplify-demo-main-reportsFunctionServiceRole'] });
    const verdict = diagnose(c);
    expect([verdict.cause, verdict.confidence]).toEqual(['caller-role-not-admin', 'proven']);
    expect(verdict.proofs.some((p) => p.pointer === '/steps/2/signedAs/sessionArn')).toBe(true);
    expect(verdict.proofs.some((p) => p.pointer === '/appsync/resolvers/0/functions/0/requestMappingTemplate')).toBe(
      true,
    );
    expectProofsResolve(c, verdict);
    // The timeline's link says whose key signed: not the identity pool's, the function's session.
    const link = verdict.links.find((l) => l.id === 'request-signed-with-key');
    expect(link?.status).toBe('broken');
    expect(link?.detail).toMatchObject({
      id: 'link.request-signed-with-key.other-role',
      params: { session: FN_SESSION },
    });
  });

  it('names the signer from CloudTrail’s AssumeRole record when the run did not say it', () => {
    const c = functionCase({ adminRoles: ['someOtherRole'], records: [assumeRoleRecord()], signedAs: false });
    const verdict = diagnose(c);
    expect([verdict.cause, verdict.confidence]).toEqual(['caller-role-not-admin', 'proven']);
    expect(verdict.proofs.some((p) => p.pointer === '/records/0/responseElements/assumedRoleUser/arn')).toBe(true);
    expectProofsResolve(c, verdict);
  });

  it('is ruled out when the role’s name contains an admin role (the resolver admits it)', () => {
    const assessment = callerRoleNotAdmin.assess(
      deriveFacts(functionCase({ adminRoles: ['amplify-demo-main-exportFunctionServiceRole'] })),
    );
    expect(assessment.status).toBe('ruled-out');
  });

  it('is ruled out when the identity pool’s credentials signed the request', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials(),
        makeGraphql({
          outcome: 'error',
          status: 200,
          errors: [{ errorType: 'Unauthorized', message: NOT_AUTHORIZED }],
        }),
      ],
    });
    expect(callerRoleNotAdmin.assess(deriveFacts(c)).status).toBe('ruled-out');
  });

  it('stays likely while the resolver is unread, with the identity pool’s resolver rules ruled out', () => {
    const c = functionCase();
    const verdict = diagnose(c);
    expect(verdict.confidence).toBe('likely');
    const open = verdict.candidates.map((x) => x.id);
    expect(open).toContain('caller-role-not-admin');
    // Those rules judge the identity pool's callers: a function's session is not one.
    for (const id of ['resolver-allow-list-stale', 'guest-rule-signed-in-user', 'owner-rule-over-iam'])
      expect(open).not.toContain(id);
  });

  it('asks CloudTrail once for the AssumeRole record of the signing key, after the first STS look, beside the resolver', () => {
    const c = functionCase();
    const first = {
      source: 'cloudtrail' as const,
      ask: 'sts-record-by-identity' as const,
      subject: 'us-east-1',
      query: {},
      calls: 1,
      outcome: 'not-found' as const,
      cli: '',
      at: '2026-11-24T10:00:00.000Z',
    };
    const lookups = [first];
    const withApi = { ...c, lookups, target: { ...c.target, apiId: 'x7k2mq4n5p6r7s8t9u0v1w2y3z' } };
    const plan = planNext(withApi, { canRun: false, canRead: true, recordDeadline: 0, now: 0 });
    const asks = plan.next === 'done' ? [] : plan.asks;
    expect(asks.find((a) => a.kind === 'signer-record')).toMatchObject({ accessKeyId: FN_KEY });
    expect(asks.map((a) => a.kind)).toContain('appsync-auth');
    // Asked once: after its lookup is filed, it is not asked again.
    const looked = {
      ...withApi,
      lookups: [...lookups, { ...first, ask: 'sts-record-by-event-name' as const, subject: 'AssumeRole us-east-1' }],
    };
    const again = planNext(looked, { canRun: false, canRead: true, recordDeadline: 0, now: 0 });
    expect(again.next === 'done' ? [] : again.asks.map((a) => a.kind)).not.toContain('signer-record');
  });
});
