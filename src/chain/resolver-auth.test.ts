import { describe, expect, it } from 'vitest';
import type { AppSyncResolver } from './case';
import { diagnose } from './diagnose';
import { makeCase, makeCredentials, makeGraphql, makeSignIn } from './fixtures/cases';
import { expectProofsResolve } from './fixtures/proofs';
import { readResolverCheck } from './resolver-auth';

const OLD_AUTH =
  'arn:aws:sts::444455556666:assumed-role/amplify-notesapp-dev-123456-authRole/CognitoIdentityCredentials';

/**
 * An APPSYNC_JS pipeline: a stash function and an auth function with the checks of Amplify's transformer written in
 * JavaScript (`util.authType()` answers the same mode names as in VTL). Not Amplify's own output: the same public
 * shape as the VTL it generates (graphql-auth-transformer `iamCheck`, `iamAdminRoleCheckExpression`).
 */
function jsResolver(iam: string[], userPool: string[] = []): AppSyncResolver {
  return {
    typeName: 'Query',
    fieldName: 'listNotes',
    kind: 'PIPELINE',
    functions: [
      {
        functionId: 'stash',
        code: [
          "import { util } from '@aws-appsync/utils';",
          'export function request(ctx) {',
          `  ctx.stash.authRole = '${OLD_AUTH}';`,
          "  ctx.stash.identityPoolId = 'us-east-1:0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f';",
          "  ctx.stash.adminRoles = ['amplify-notesapp-main-reportsFunction'];",
          '  return {};',
          '}',
        ].join('\n'),
      },
      {
        functionId: 'auth',
        code: [
          "import { util } from '@aws-appsync/utils';",
          'export function request(ctx) {',
          '  let isAuthorized = false;',
          "  if (util.authType() === 'IAM Authorization') {",
          '    for (const adminRole of ctx.stash.adminRoles) {',
          '      if (ctx.identity.userArn.includes(adminRole) && ctx.identity.userArn !== ctx.stash.authRole) return {};',
          '    }',
          ...iam.map((line) => `    ${line}`),
          '  }',
          "  if (util.authType() === 'User Pool Authorization') {",
          ...userPool.map((line) => `    ${line}`),
          '  }',
          '  if (!isAuthorized) util.unauthorized();',
          '  return {};',
          '}',
        ].join('\n'),
      },
    ],
  };
}

const PRIVATE_IAM = [
  'if (!isAuthorized) {',
  "  if (ctx.identity.userArn === ctx.stash.authRole || (ctx.identity.cognitoIdentityPoolId === ctx.stash.identityPoolId && ctx.identity.cognitoIdentityAuthType === 'authenticated')) {",
  '    isAuthorized = true;',
  '  }',
  '}',
];

const checkOf = (resolver: AppSyncResolver) =>
  readResolverCheck(makeCase({ appsync: { resolvers: [resolver] } }), resolver);

describe('readResolverCheck on APPSYNC_JS code', () => {
  it('reads the stash, the admin roles and the private IAM rule, pointing at the function that checks', () => {
    expect(checkOf(jsResolver(PRIVATE_IAM))).toEqual({
      pointer: '/appsync/resolvers/0/functions/1/code',
      authRole: OLD_AUTH,
      identityPoolId: 'us-east-1:0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f',
      adminRoles: ['amplify-notesapp-main-reportsFunction'],
      iamPrivate: true,
      iamPublic: false,
      userPoolPrivate: false,
      userPoolOwner: false,
      userPoolGroups: false,
    });
  });

  it('tells a public IAM rule, a user-pool-only rule and an owner rule apart', () => {
    expect(
      checkOf(jsResolver(['if (ctx.identity.userArn === ctx.stash.unauthRole) isAuthorized = true;'])),
    ).toMatchObject({
      iamPrivate: false,
      iamPublic: true,
    });
    expect(checkOf(jsResolver([], ['isAuthorized = true;']))).toMatchObject({
      iamPrivate: false,
      iamPublic: false,
      userPoolPrivate: true,
    });
    const owner = checkOf(
      jsResolver(
        [],
        ['if (!isAuthorized) {', '  ctx.stash.authFilter = { owner: { eq: ctx.identity.claims.sub } };', '}'],
      ),
    );
    expect(owner).toMatchObject({ userPoolPrivate: false, userPoolOwner: true });
  });

  it('finds no Amplify check in code without an IAM branch', () => {
    const plain: AppSyncResolver = {
      typeName: 'Query',
      fieldName: 'listNotes',
      code: "export function request(ctx) { return { operation: 'Scan' }; }",
      functions: [],
    };
    expect(checkOf(plain)).toBeUndefined();
  });

  it('proves the stale allow-list from JavaScript resolvers as from VTL', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials(),
        makeGraphql({
          outcome: 'error',
          status: 200,
          errors: [{ errorType: 'Unauthorized', message: 'Not Authorized to access listNotes on type Query' }],
        }),
      ],
      identityPool: { roles: { authenticated: 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated' } },
      appsync: {
        authModes: ['AWS_IAM'],
        schema: 'type Query {\n  listNotes: [Note] @aws_iam\n}\ntype Note @aws_iam { id: ID! }',
        resolvers: [jsResolver(PRIVATE_IAM)],
      },
    });
    const verdict = diagnose(c);
    expect([verdict.cause, verdict.confidence]).toEqual(['resolver-allow-list-stale', 'proven']);
    expect(verdict.proofs.some((p) => p.pointer === '/appsync/resolvers/0/functions/1/code')).toBe(true);
    expectProofsResolve(c, verdict);
  });
});
