import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { generateClient } from 'aws-amplify/api';
import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxConfig } from '../../sandbox/src/config.ts';
import type { IssuedCredentials } from '../../sandbox/src/context.ts';
import type { RunningSandbox } from '../../sandbox/src/server.ts';
import { NodeSha256 } from '../../sandbox/src/sha256.ts';
import { configureAmplify, startTestSandbox, switchScenario } from './support/sandbox.ts';

/**
 * AppSync, IAM and CloudWatch Logs through real clients only: a GraphQL POST signed by the AWS SDK's own
 * SigV4 signer and by Amplify v6, IAM reads with `@aws-sdk/client-iam`, AppSync's log lines with
 * `@aws-sdk/client-cloudwatch-logs`, all with the engineer's read-only credentials.
 */

const ROLE_NAME = 'authtrace-demo-authenticated';

function iam(config: SandboxConfig): IAMClient {
  return new IAMClient({
    region: 'us-east-1',
    endpoint: config.endpoints.iam,
    credentials: config.readOnlyCredentials,
  });
}

function logs(config: SandboxConfig): CloudWatchLogsClient {
  return new CloudWatchLogsClient({
    region: config.region,
    endpoint: config.endpoints.logs,
    credentials: config.readOnlyCredentials,
  });
}

/** Temporary credentials for the authenticated role, put where the identity pool would keep them. */
function issue(sandbox: RunningSandbox): IssuedCredentials {
  const ctx = sandbox.context();
  const credentials: IssuedCredentials = {
    accessKeyId: 'ASIAINTEGRATIONTEST1',
    secretAccessKey: 'integrationTestTemporarySecretAccessKey001',
    sessionToken: 'IQoJb3JpZ2luX2VjINTEGRATIONTESTTOKEN',
    expiration: ctx.now() + 3_600_000,
    roleArn: `arn:aws:iam::${ctx.scenario.accountId}:role/${ROLE_NAME}`,
    assumedRoleId: 'AROAINTEGRATIONTEST1:CognitoIdentityCredentials',
    sessionName: 'CognitoIdentityCredentials',
  };
  ctx.credentials.set(credentials.accessKeyId, credentials);
  return credentials;
}

/** POSTs the scenario's test query to /graphql, signed by `@smithy/signature-v4` for appsync in the API's region. */
async function signedGraphql(config: SandboxConfig, credentials: IssuedCredentials): Promise<Response> {
  const url = new URL(config.endpoints.appsync);
  const body = JSON.stringify({ query: config.testQuery, variables: {} });
  const signer = new SignatureV4({
    service: 'appsync',
    region: config.amplifyOutputs.data.aws_region,
    credentials: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
    },
    sha256: NodeSha256,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      headers: { host: url.host, 'content-type': 'application/json; charset=UTF-8' },
      body,
    }),
  );
  return fetch(url, { method: 'POST', headers: signed.headers, body });
}

async function logLinesFor(config: SandboxConfig, requestId: string): Promise<string[]> {
  const { events = [] } = await logs(config).send(
    new FilterLogEventsCommand({
      logGroupName: `/aws/appsync/apis/${config.apiId}`,
      startTime: Date.now() - 60_000,
      filterPattern: `"${requestId}"`,
    }),
  );
  return events.map((e) => e.message ?? '');
}

describe('AppSync, IAM and CloudWatch Logs through real clients', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    ({ sandbox } = await startTestSandbox('healthy'));
  });
  afterAll(() => sandbox.close());

  it('healthy: a SigV4-signed GraphQL POST gets 200 with data, logged with its request id', async () => {
    const config = await switchScenario(sandbox, 'healthy');
    const response = await signedGraphql(config, issue(sandbox));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { listNotes: [expect.objectContaining({ id: 'n-1' }), expect.objectContaining({ id: 'n-2' })] },
    });
    const requestId = response.headers.get('x-amzn-requestid') ?? '';
    const lines = await logLinesFor(config, requestId);
    expect(lines.at(-1)).toContain('"statusCode":200');
  });

  it('role-policy-resource-mismatch: 401 UnauthorizedException with the headers a browser may read', async () => {
    const config = await switchScenario(sandbox, 'role-policy-resource-mismatch');
    const response = await signedGraphql(config, issue(sandbox));
    expect(response.status).toBe(401);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnauthorizedException');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/x-amzn-ErrorType/);
    expect(await response.json()).toEqual({
      errors: [{ errorType: 'UnauthorizedException', message: 'Permission denied' }],
    });

    const requestId = response.headers.get('x-amzn-requestid') ?? '';
    const lines = await logLinesFor(config, requestId);
    expect(lines).toContain(`${requestId} Response Headers: {x-amzn-ErrorType=UnauthorizedException}`);
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({
      logType: 'RequestSummary',
      requestId,
      graphQLAPIId: config.apiId,
      statusCode: 401,
    });
  });

  it('healthy: IAM reads return the role, its URL-encoded inline policy, and a simulation that allows the field', async () => {
    const config = await switchScenario(sandbox, 'healthy');
    const client = iam(config);
    const { Role } = await client.send(new GetRoleCommand({ RoleName: ROLE_NAME }));
    expect(Role?.Arn).toBe(`arn:aws:iam::${config.accountId}:role/${ROLE_NAME}`);
    expect(JSON.parse(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? ''))).toMatchObject({
      Version: '2012-10-17',
    });
    const { PolicyNames } = await client.send(new ListRolePoliciesCommand({ RoleName: ROLE_NAME }));
    expect(PolicyNames).toEqual(['appsync-access']);
    const { PolicyDocument } = await client.send(
      new GetRolePolicyCommand({ RoleName: ROLE_NAME, PolicyName: 'appsync-access' }),
    );
    expect(JSON.parse(decodeURIComponent(PolicyDocument ?? ''))).toMatchObject({
      Statement: [
        { Action: 'appsync:GraphQL', Resource: `arn:aws:appsync:us-east-1:${config.accountId}:apis/${config.apiId}/*` },
      ],
    });
    const { AttachedPolicies } = await client.send(new ListAttachedRolePoliciesCommand({ RoleName: ROLE_NAME }));
    expect(AttachedPolicies).toEqual([]);

    const fieldArn = `arn:aws:appsync:us-east-1:${config.accountId}:apis/${config.apiId}/types/Query/fields/listNotes`;
    const { EvaluationResults } = await client.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: Role?.Arn,
        ActionNames: ['appsync:GraphQL'],
        ResourceArns: [fieldArn],
      }),
    );
    expect(EvaluationResults).toEqual([
      expect.objectContaining({
        EvalActionName: 'appsync:GraphQL',
        EvalResourceName: fieldArn,
        EvalDecision: 'allowed',
        MatchedStatements: [expect.objectContaining({ SourcePolicyId: 'appsync-access', SourcePolicyType: 'role' })],
      }),
    ]);
  });

  it('role-policy-resource-mismatch: IAM reads are denied to the read-only principal', async () => {
    const config = await switchScenario(sandbox, 'role-policy-resource-mismatch');
    const error = await iam(config)
      .send(new GetRolePolicyCommand({ RoleName: ROLE_NAME, PolicyName: 'appsync-access' }))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({
      name: 'AccessDenied',
      message: `User: arn:aws:iam::${config.accountId}:user/support-readonly is not authorized to perform: iam:GetRolePolicy on resource: role ${ROLE_NAME} because no identity-based policy allows the iam:GetRolePolicy action`,
      $metadata: { httpStatusCode: 403 },
    });
  });

  it('FilterLogEvents answers ResourceNotFoundException for a group that does not exist', async () => {
    const config = await switchScenario(sandbox, 'healthy');
    const error = await logs(config)
      .send(new FilterLogEventsCommand({ logGroupName: '/aws/appsync/apis/doesnotexist' }))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
    });
  });

  describe('through Amplify v6 (sign-in, identity pool credentials, generateClient().graphql with authMode iam)', () => {
    const query = 'query ListNotes {\n  listNotes {\n    id\n    title\n  }\n}';

    async function signedInClient(id: string): Promise<void> {
      const config = await switchScenario(sandbox, id);
      configureAmplify(config);
      await signIn({ username: config.testUser.username, password: config.testUser.password });
      expect((await fetchAuthSession()).credentials?.accessKeyId).toMatch(/^ASIA/);
    }

    afterAll(async () => {
      await signOut();
    });

    it('healthy: returns the data', async () => {
      await signedInClient('healthy');
      const result = await generateClient().graphql({ query, authMode: 'iam' });
      expect(result).toMatchObject({ data: { listNotes: [{ id: 'n-1' }, { id: 'n-2' }] } });
      await signOut();
    });

    it('role-policy-resource-mismatch: throws errors rewritten to "Unauthorized" with the authMode hint', async () => {
      await signedInClient('role-policy-resource-mismatch');
      const thrown = await Promise.resolve(generateClient().graphql({ query, authMode: 'iam' })).then(
        () => undefined,
        (e: unknown) => e,
      );
      const [error] = (thrown as { errors: Record<string, unknown>[] }).errors;
      expect(error).toMatchObject({
        message: 'Unauthorized',
        recoverySuggestion: expect.stringContaining(`set the "authMode" in generateClient`),
        originalError: expect.objectContaining({ name: 'UnauthorizedException' }),
      });
      await signOut();
    });
  });
});
