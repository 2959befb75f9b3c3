import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { diagnose } from '../diagnose';
import { makeCase, makeCredentials, makeGraphql, makeSignIn, makeUnauthorized } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { planNext } from '../plan';
import { render } from '../messages/catalog';
import { en } from '../messages/en';

const NOT_AUTHORIZED = 'Not Authorized to access listNotes on type Query';
const AUTH_ROLE = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
const refused = () =>
  makeGraphql({
    outcome: 'error',
    status: 200,
    errors: [{ errorType: 'Unauthorized', message: NOT_AUTHORIZED, path: ['listNotes'] }],
    signingScope: { date: '20261124', region: 'us-east-1', service: 'appsync' },
  });
const AFTER_IAM = [
  'field-lacks-iam-directive',
  'resolver-allow-list-stale',
  'authenticated-rule-user-pool-only',
  'guest-rule-signed-in-user',
  'owner-rule-over-iam',
];
const SCHEMA_WITH_IAM =
  'type Query {\n  listNotes: [Note] @aws_iam @aws_cognito_user_pools\n}\ntype Note @aws_iam { id: ID! }';

/** A resolver as Amplify's transformer writes it (its public shape), with the stash and one IAM rule. */
function amplifyResolver(iamLine: string, stash: Record<string, string>) {
  const puts = Object.entries(stash).map(([k, v]) => `$util.qr($ctx.stash.put("${k}", "${v}"))`);
  return {
    typeName: 'Query',
    fieldName: 'listNotes',
    kind: 'PIPELINE',
    requestMappingTemplate: [...puts, '$util.toJson({})'].join('\n'),
    functions: [
      {
        functionId: 'fn1',
        requestMappingTemplate: [
          '#set( $isAuthorized = false )',
          '#if( $util.authType() == "IAM Authorization" )',
          '  #set( $adminRoles = ["someFunctionRole"] )',
          iamLine,
          '#end',
          '#if( !$isAuthorized && $util.isNull($ctx.stash.authFilter) )',
          '$util.unauthorized()',
          '#end',
        ].join('\n'),
      },
    ],
  };
}

function withControlPlane(resolver: ReturnType<typeof amplifyResolver>, schema = SCHEMA_WITH_IAM): Case {
  return makeCase({
    steps: [makeSignIn(), makeCredentials(), refused()],
    identityPool: { roles: { authenticated: AUTH_ROLE } },
    appsync: { authModes: ['AWS_IAM'], schema, resolvers: [resolver] },
  });
}

describe('authorization after IAM', () => {
  it('keeps every after-IAM mode open without the schema and resolver, and asks for them (with the CLI command)', () => {
    const verdict = diagnose(makeCase({ steps: [makeSignIn(), makeCredentials(), refused()] }));
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((c) => c.id)).toEqual(expect.arrayContaining(AFTER_IAM));
    expect(verdict.next?.kind).toBe('appsync-schema');
    expect(render(verdict.next?.how ?? { id: 'lookup.other' }, en)).toContain(
      '--format SDL --include-directives schema.graphql',
    );
  });

  it('proves field-lacks-iam-directive only when the schema shows the field without @aws_iam', () => {
    const c = withControlPlane(amplifyResolver('', {}), 'type Query {\n  listNotes: [Note] @aws_cognito_user_pools\n}');
    const verdict = diagnose(c);
    expect([verdict.cause, verdict.confidence]).toEqual(['field-lacks-iam-directive', 'proven']);
    expect(verdict.proofs.some((p) => p.pointer === '/appsync/schema')).toBe(true);
    expectProofsResolve(c, verdict);
  });

  it('proves the stale allow-list when the resolver names another pool and role than the caller’s', () => {
    const resolver = amplifyResolver(
      '  #if( ($ctx.identity.userArn == $ctx.stash.authRole) || ($ctx.identity.cognitoIdentityPoolId == "us-east-1:0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f" && $ctx.identity.cognitoIdentityAuthType == "authenticated") )\n    #set( $isAuthorized = true )\n  #end',
      { authRole: 'arn:aws:sts::444455556666:assumed-role/amplify-old-authRole/CognitoIdentityCredentials' },
    );
    const c = withControlPlane(resolver);
    const verdict = diagnose(c);
    expect([verdict.cause, verdict.confidence]).toEqual(['resolver-allow-list-stale', 'proven']);
    expect(verdict.proofs.some((p) => p.pointer === '/appsync/resolvers/0/functions/0/requestMappingTemplate')).toBe(
      true,
    );
    expectProofsResolve(c, verdict);
  });

  it('rules every resolver mode out when the check admits the caller', () => {
    const resolver = amplifyResolver('  #if( $ctx.identity.userArn == $ctx.stash.authRole )\n  #end', {
      authRole: 'arn:aws:sts::111122223333:assumed-role/authtrace-demo-authenticated/CognitoIdentityCredentials',
    });
    const verdict = diagnose(withControlPlane(resolver));
    const open = verdict.candidates.map((c) => c.id);
    for (const id of AFTER_IAM.slice(1)) expect(open).not.toContain(id);
  });

  it('reads the control plane only when the request was refused after IAM (never for a 401)', () => {
    const context = { canRun: false, canRead: true, recordDeadline: 0, now: 0 };
    const kinds = (c: Case) => {
      const plan = planNext(c, context);
      return plan.next === 'done' ? [] : plan.asks.map((a) => a.kind);
    };
    const lookups = [
      {
        source: 'cognito-identity' as const,
        ask: 'identity-pool' as const,
        query: {},
        calls: 1,
        outcome: 'found' as const,
        cli: '',
        at: '2026-11-24T10:00:00.000Z',
      },
    ];
    expect(kinds(makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()], lookups }))).not.toContain(
      'appsync-auth',
    );
    expect(kinds(makeCase({ steps: [makeSignIn(), makeCredentials(), refused()], lookups }))).toContain('appsync-auth');
  });
});
