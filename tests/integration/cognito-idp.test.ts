import { fetchUserAttributes, signIn, signOut } from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxConfig } from '../../sandbox/src/config.ts';
import type { ExplicitAuthFlow, UserPool } from '../../sandbox/src/scenario.ts';
import type { RunningSandbox } from '../../sandbox/src/server.ts';
import { configureAmplify, startTestSandbox } from './support/sandbox.ts';

/**
 * The real Amplify v6 signs in against the sandbox's user pool, unchanged: SRP (its default) and USER_PASSWORD_AUTH,
 * Cognito's errors, token refresh, RevokeToken on sign-out, and a JWKS that verifies the tokens. Amplify is a
 * singleton, so the tests run in order and sign out after each.
 */
describe('Cognito user pool with the real Amplify', () => {
  let sandbox: RunningSandbox;
  let config: SandboxConfig;
  let userPool: UserPool;
  const issuer = () => `https://cognito-idp.${config.region}.amazonaws.com/${config.amplifyOutputs.auth.user_pool_id}`;
  const credentials = () => ({ username: config.testUser.username, password: config.testUser.password });

  beforeAll(async () => {
    ({ sandbox, config } = await startTestSandbox('healthy'));
    userPool = sandbox.context().scenario.userPool;
    configureAmplify(config);
  });
  afterEach(async () => {
    await signOut();
    sandbox.context().scenario.userPool = userPool;
    configureAmplify(config);
  });
  afterAll(() => sandbox.close());

  /** Replaces the app client's flows on this sandbox's copy of the scenario only (the registry's stays intact). */
  function setClientFlows(flows: ExplicitAuthFlow[]): void {
    const scenario = sandbox.context().scenario;
    scenario.userPool = {
      ...scenario.userPool,
      clients: scenario.userPool.clients.map((client) => ({ ...client, explicitAuthFlows: flows })),
    };
  }

  async function rejection(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
    const error: unknown = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof Error)) throw new Error('expected the call to fail');
    return { name: error.name, message: error.message };
  }

  it('signs in with SRP and issues Cognito-shaped tokens', async () => {
    const result = await signIn(credentials());
    expect(result).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });

    const tokens = await cognitoUserPoolsTokenProvider.getTokens();
    expect(tokens?.idToken?.payload).toMatchObject({
      iss: issuer(),
      aud: config.amplifyOutputs.auth.user_pool_client_id,
      token_use: 'id',
      email: config.testUser.username,
      email_verified: true,
    });
    // Email is the pool's username attribute: the Cognito username is the user's sub (aws-amplify/aws-sdk-ios #3070).
    expect(tokens?.idToken?.payload['cognito:username']).toBe(tokens?.idToken?.payload.sub);
    expect(tokens?.accessToken.payload.username).toBe(tokens?.accessToken.payload.sub);
    expect(tokens?.accessToken.payload).toMatchObject({
      iss: issuer(),
      client_id: config.amplifyOutputs.auth.user_pool_client_id,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
    });
    expect(sandbox.context().srpSessions.size).toBe(0);
  });

  it('signs in with USER_PASSWORD_AUTH', async () => {
    const result = await signIn({ ...credentials(), options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    expect(result.isSignedIn).toBe(true);
    expect((await cognitoUserPoolsTokenProvider.getTokens())?.idToken?.payload.iss).toBe(issuer());
  });

  it('answers a wrong password and an unknown user as Cognito does, in both flows', async () => {
    for (const authFlowType of ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'] as const) {
      const options = { authFlowType };
      expect(await rejection(signIn({ ...credentials(), password: 'Wrong-Passw0rd!', options }))).toEqual({
        name: 'NotAuthorizedException',
        message: 'Incorrect username or password.',
      });
      expect(await rejection(signIn({ ...credentials(), username: 'nobody@example.com', options }))).toEqual({
        name: 'UserNotFoundException',
        message: 'User does not exist.',
      });
    }
  });

  it('enforces the app client’s explicit auth flows', async () => {
    setClientFlows(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    expect(await rejection(signIn({ ...credentials(), options: { authFlowType: 'USER_PASSWORD_AUTH' } }))).toEqual({
      name: 'InvalidParameterException',
      message: 'USER_PASSWORD_AUTH flow not enabled for this client',
    });
    expect((await signIn(credentials())).isSignedIn).toBe(true);
    await signOut();

    setClientFlows(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    expect(await rejection(signIn(credentials()))).toEqual({
      name: 'InvalidParameterException',
      message: 'USER_SRP_AUTH is not enabled for the client.',
    });
  });

  it('rejects an unknown app client', async () => {
    configureAmplify({
      ...config,
      amplifyOutputs: {
        ...config.amplifyOutputs,
        auth: { ...config.amplifyOutputs.auth, user_pool_client_id: '1example23456789abcdefghij' },
      },
    });
    expect(await rejection(signIn(credentials()))).toEqual({
      name: 'ResourceNotFoundException',
      message: 'User pool client 1example23456789abcdefghij does not exist.',
    });
  });

  it('refreshes on demand with GetTokensFromRefreshToken, keeping the session', async () => {
    await signIn(credentials());
    const before = await cognitoUserPoolsTokenProvider.getTokens();
    // What fetchAuthSession({ forceRefresh: true }) does for tokens, without involving the identity pool.
    const after = await cognitoUserPoolsTokenProvider.getTokens({ forceRefresh: true });
    expect(after?.idToken?.toString()).not.toBe(before?.idToken?.toString());
    expect(after?.idToken?.payload.jti).not.toBe(before?.idToken?.payload.jti);
    expect(after?.idToken?.payload.origin_jti).toBe(before?.idToken?.payload.origin_jti);
    expect(after?.idToken?.payload.auth_time).toBe(before?.idToken?.payload.auth_time);
  });

  it('serves, through its discovery document, a JWKS whose two keys verify the ID and the access token', async () => {
    await signIn(credentials());
    const tokens = await cognitoUserPoolsTokenProvider.getTokens();
    const idToken = tokens?.idToken?.toString() ?? '';
    const discovery = (await (
      await fetch(`${sandbox.url}/${config.amplifyOutputs.auth.user_pool_id}/.well-known/openid-configuration`)
    ).json()) as { issuer: string; jwks_uri: string };
    expect(discovery.issuer).toBe(issuer());
    const keys = createRemoteJWKSet(new URL(discovery.jwks_uri));
    const { payload, protectedHeader } = await jwtVerify(idToken, keys, {
      issuer: issuer(),
      audience: config.amplifyOutputs.auth.user_pool_client_id,
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.token_use).toBe('id');
    const access = await jwtVerify(tokens?.accessToken.toString() ?? '', keys, { issuer: issuer() });
    expect(access.payload.token_use).toBe('access');
    // Signed by the pool's other key (Cognito Developer Guide, "Verifying a JSON Web Token").
    expect(access.protectedHeader.kid).not.toBe(protectedHeader.kid);
  });

  it('reads the user with GetUser', async () => {
    await signIn(credentials());
    expect(await fetchUserAttributes()).toMatchObject({ email: config.testUser.username, email_verified: 'true' });
  });

  it('revokes the session on sign-out', async () => {
    await signIn(credentials());
    const refreshToken = (await cognitoUserPoolsTokenProvider.authTokenStore.loadTokens())?.refreshToken ?? '';
    await signOut();

    const response = await fetch(sandbox.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.GetTokensFromRefreshToken',
      },
      body: JSON.stringify({ ClientId: config.amplifyOutputs.auth.user_pool_client_id, RefreshToken: refreshToken }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^NotAuthorizedException/);
    expect(await response.json()).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Refresh Token has been revoked',
    });
  });
});
