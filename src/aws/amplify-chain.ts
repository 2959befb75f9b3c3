import {
  CognitoIdentityClient,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
} from '@aws-sdk/client-cognito-identity';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/api';
import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { signRequest } from '@aws-amplify/core/internals/aws-client-utils';
import {
  CognitoAWSCredentialsAndIdentityIdProvider,
  DefaultIdentityIdStore,
  cognitoUserPoolsTokenProvider,
} from 'aws-amplify/auth/cognito';
import type { AwsErrorInfo, Call, CredentialsStep, GraphqlStep, SignInStep, Target } from '@/chain/case';
import { parseOperation } from '@/chain/operation';
import { scrubText } from '@/chain/secrets';
import { decodeToken } from '@/chain/token';
import { runNeedsCredentials, type Connection, type RunVariant } from '@/chain/connection';
import { assumeRole, type SessionCredentials } from './assume-role';
import { withRecordedFetch, type RecordedCall } from './fetch-recorder';
import { MemoryStorage } from './memory-storage';
import { AWS_TIMEOUT_MS, requestHandlerFor } from './timeouts';

export interface ChainRunInput {
  connection: Connection;
  username: string;
  /** Used for this run only; never stored. */
  password: string;
  flow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
  query: string;
  /** How this run differs from the app's standard one, to reproduce what a given app does. */
  testRun?: RunVariant;
  /** Deadline of each AWS call (default 20 s). */
  timeoutMs?: number;
}

export interface ChainRunResult {
  signIn: SignInStep;
  credentials?: CredentialsStep;
  graphql?: GraphqlStep;
}

type AmplifyAuthMode = 'iam' | 'userPool' | 'apiKey' | 'oidc' | 'lambda';

/**
 * Configures the real Amplify v6 for one run: custom endpoints when set, and a fresh in-memory store for tokens and
 * the identity id (Amplify would otherwise write them to localStorage) with a fresh credentials cache.
 */
interface RunIdentityIdStore {
  plantIdentityId(id: string): Promise<void>;
}

function configureAmplify({ target, endpoints }: Connection, testRun: RunVariant = {}): RunIdentityIdStore {
  const storage = new MemoryStorage();
  const auth = {
    Cognito: {
      userPoolId: target.userPoolId,
      userPoolClientId: target.userPoolClientId,
      identityPoolId: target.identityPoolId,
      ...(testRun.credentials === 'guest' ? { allowGuestAccess: true } : {}),
      ...(endpoints.cognitoIdp ? { userPoolEndpoint: endpoints.cognitoIdp } : {}),
      ...(endpoints.cognitoIdentity ? { identityPoolEndpoint: endpoints.cognitoIdentity } : {}),
    },
  };
  const identityIdStore = new DefaultIdentityIdStore(storage);
  cognitoUserPoolsTokenProvider.setKeyValueStorage(storage);
  // With a provider passed explicitly, Amplify.configure does not hand it the auth config: do it here.
  cognitoUserPoolsTokenProvider.setAuthConfig(auth);
  Amplify.configure(
    {
      Auth: auth,
      API: {
        GraphQL: {
          endpoint: target.graphqlEndpoint,
          // Amplify signs for this region (amplify_outputs.json `data.aws_region`).
          region: testRun.graphqlRegion ?? target.region,
          defaultAuthMode: target.authMode,
        },
      },
    },
    {
      Auth: {
        tokenProvider: cognitoUserPoolsTokenProvider,
        credentialsProvider: new CognitoAWSCredentialsAndIdentityIdProvider(identityIdStore),
      },
    },
  );
  // A run variant plants a cached identity id in it before credentials are asked for.
  return {
    plantIdentityId(id) {
      identityIdStore.setAuthConfig(auth);
      return identityIdStore.storeIdentityId({ id, type: 'guest' });
    },
  };
}

// The identity id store of the run in progress (Amplify is configured once per run).
let runIdentityIdStore: RunIdentityIdStore | undefined;

function errorInfo(error: unknown, calls: RecordedCall[]): AwsErrorInfo {
  // The wire tells the truth: prefer the AWS error of the last failed call over Amplify's rewording.
  const failed = [...calls].reverse().find((call) => call.errorType);
  const amplify =
    error && typeof error === 'object'
      ? (error as { name?: unknown; message?: unknown; recoverySuggestion?: unknown })
      : {};
  const name = failed?.errorType ?? (typeof amplify.name === 'string' ? amplify.name : 'Error');
  const message =
    failed?.errorMessage ??
    failed?.graphqlErrors?.[0]?.message ??
    (typeof amplify.message === 'string' ? amplify.message : String(error));
  const recoverySuggestion = typeof amplify.recoverySuggestion === 'string' ? amplify.recoverySuggestion : undefined;
  // AWS echoes tokens and canonical requests in messages (IncompleteSignatureException, signature mismatches).
  return {
    name: scrubText(name),
    message: scrubText(message),
    ...(recoverySuggestion ? { recoverySuggestion: scrubText(recoverySuggestion) } : {}),
  };
}

const strip = ({
  url: _url,
  credentialScope: _s,
  amzDate: _d,
  graphqlErrors: _g,
  identityId: _i,
  authorizationScheme: _a,
  securityTokenSent: _t,
  ...call
}: RecordedCall) => call;

// Amplify is configured once per run (it is global), and so is the run's call deadline.
let timeoutMs = AWS_TIMEOUT_MS;

async function timed<T>(
  task: () => Promise<T>,
): Promise<{ at: string; durationMs: number; calls: RecordedCall[]; value?: T; error?: unknown }> {
  const calls: RecordedCall[] = [];
  const start = Date.now();
  try {
    const value = await withRecordedFetch(task, (call) => calls.push(call), timeoutMs);
    return { at: new Date(start).toISOString(), durationMs: Date.now() - start, calls, value };
  } catch (error) {
    return { at: new Date(start).toISOString(), durationMs: Date.now() - start, calls, error };
  }
}

async function runSignIn(input: ChainRunInput): Promise<SignInStep> {
  await signOut().catch(() => undefined);
  runIdentityIdStore = configureAmplify(input.connection, input.testRun);
  const run = await timed(async () => {
    const result = await signIn({
      username: input.username,
      password: input.password,
      options: { authFlowType: input.flow },
    });
    if (!result.isSignedIn) {
      throw Object.assign(
        new Error(
          `Sign-in needs another step (${result.nextStep.signInStep}). Use a test user without MFA or a pending password change.`,
        ),
        { name: 'SignInIncomplete' },
      );
    }
    return cognitoUserPoolsTokenProvider.getTokens();
  });
  const tokens = run.value ?? undefined;
  const base = {
    kind: 'sign-in' as const,
    at: run.at,
    durationMs: run.durationMs,
    calls: run.calls.map(strip),
    flow: input.flow,
    username: input.username,
  };
  if (run.error || !tokens?.idToken)
    return {
      ...base,
      outcome: 'error',
      error: errorInfo(run.error ?? new Error('No ID token was returned.'), run.calls),
    };
  return {
    ...base,
    outcome: 'ok',
    idToken: decodeToken(tokens.idToken.toString()),
    accessToken: decodeToken(tokens.accessToken.toString()),
  };
}

async function runCredentials(input: ChainRunInput): Promise<CredentialsStep> {
  const guest = input.testRun?.credentials === 'guest';
  const { cachedIdentityId, sdkLogins } = input.testRun ?? {};
  if (sdkLogins) return runSdkCredentials(input.connection, sdkLogins);
  // Amplify v6 keeps a guest identity id in its storage and presents it before asking GetId for a new one.
  if (cachedIdentityId) await runIdentityIdStore?.plantIdentityId(cachedIdentityId);
  // Guest: the signed-in user's tokens are dropped, so fetchAuthSession sends GetId without Logins.
  const run = await timed(async () => {
    if (guest) await signOut();
    return fetchAuthSession();
  });
  const session = run.value;
  const base = { kind: 'credentials' as const, at: run.at, durationMs: run.durationMs, calls: run.calls.map(strip) };
  if (run.error || !session?.credentials) {
    const identityId = session?.identityId ?? run.calls.find((call) => call.identityId)?.identityId;
    return {
      ...base,
      outcome: 'error',
      identityId: identityId ?? cachedIdentityId,
      ...(guest ? { guest: true } : {}),
      error: errorInfo(run.error ?? new Error('The identity pool returned no credentials.'), run.calls),
    };
  }
  return {
    ...base,
    outcome: 'ok',
    identityId: session.identityId,
    ...(session.tokens ? {} : { guest: true }),
    accessKeyId: session.credentials.accessKeyId,
    expiration: session.credentials.expiration?.toISOString(),
  };
}

/**
 * Credentials as an app that uses the AWS SDK gets them (`GetId`, then `GetCredentialsForIdentity`, unsigned), with
 * the `Logins` map it builds itself from the signed-in session's tokens. Nothing of the answer but the identity id
 * and the access key id is kept.
 */
async function runSdkCredentials(
  { target, endpoints }: Connection,
  sdkLogins: NonNullable<RunVariant['sdkLogins']>,
): Promise<CredentialsStep> {
  const run = await timed(async () => {
    const tokens = await cognitoUserPoolsTokenProvider.getTokens();
    const token = sdkLogins.token === 'access' ? tokens?.accessToken : tokens?.idToken;
    if (!token) throw Object.assign(new Error('The session holds no tokens.'), { name: 'NoTokens' });
    const key =
      sdkLogins.key === 'user-pool-id'
        ? target.userPoolId
        : `cognito-idp.${target.region}.amazonaws.com/${target.userPoolId}`;
    const Logins = { [key]: token.toString() };
    const cognito = new CognitoIdentityClient({
      region: target.region,
      maxAttempts: 1,
      requestHandler: requestHandlerFor(timeoutMs),
      ...(endpoints.cognitoIdentity ? { endpoint: endpoints.cognitoIdentity } : {}),
    });
    const { IdentityId } = await cognito.send(new GetIdCommand({ IdentityPoolId: target.identityPoolId, Logins }));
    const { Credentials } = await cognito.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins }));
    return { identityId: IdentityId, accessKeyId: Credentials?.AccessKeyId, expiration: Credentials?.Expiration };
  });
  const base = { kind: 'credentials' as const, at: run.at, durationMs: run.durationMs, calls: run.calls.map(strip) };
  const value = run.value;
  if (run.error || !value?.accessKeyId)
    return {
      ...base,
      outcome: 'error',
      error: errorInfo(run.error ?? new Error('The identity pool returned no credentials.'), run.calls),
    };
  return {
    ...base,
    outcome: 'ok',
    identityId: value.identityId,
    accessKeyId: value.accessKeyId,
    expiration: value.expiration?.toISOString(),
  };
}

/**
 * Run variant `signAs`: take the function's or script's role with STS `AssumeRole` (signed with the identity pool
 * credentials), then let Amplify sign with that session, as a Gen 2 function configures Amplify with its own
 * credentials provider. The session's secret and token stay in this closure.
 */
async function signAsRole(
  input: ChainRunInput,
  signAs: NonNullable<RunVariant['signAs']>,
): Promise<{ call?: Call; sessionArn?: string; error?: AwsErrorInfo }> {
  const { credentials } = await fetchAuthSession();
  if (!credentials?.sessionToken)
    return { error: { name: 'NoCredentials', message: 'No identity pool credentials to call STS AssumeRole with.' } };
  const { target, endpoints } = input.connection;
  const assumed = await assumeRole({
    region: target.region,
    ...(endpoints.sts ? { endpoint: endpoints.sts } : {}),
    source: { ...credentials, sessionToken: credentials.sessionToken },
    roleArn: signAs.roleArn,
    roleSessionName: signAs.roleSessionName,
    timeoutMs,
  });
  const session: SessionCredentials | undefined = assumed.credentials;
  if (!session)
    return {
      call: assumed.call,
      error: { name: assumed.call.errorType ?? 'Error', message: assumed.call.errorMessage ?? 'AssumeRole failed.' },
    };
  Amplify.configure(Amplify.getConfig(), {
    Auth: {
      tokenProvider: cognitoUserPoolsTokenProvider,
      credentialsProvider: {
        getCredentialsAndIdentityId: async () => ({ credentials: session }),
        clearCredentialsAndIdentityId: () => undefined,
      },
    },
  });
  return { call: assumed.call, ...(assumed.sessionArn ? { sessionArn: assumed.sessionArn } : {}) };
}

async function runGraphql(input: ChainRunInput, target: Target): Promise<GraphqlStep> {
  const operation = parseOperation(input.query);
  const authMode = input.testRun?.authMode ?? target.authMode;
  const signAs = input.testRun?.signAs;
  const signed = signAs ? await signAsRole(input, signAs) : undefined;
  if (signAs && signed?.error)
    return {
      kind: 'graphql',
      at: signed.call?.at ?? new Date().toISOString(),
      durationMs: signed.call?.durationMs ?? 0,
      calls: signed.call ? [signed.call] : [],
      outcome: 'error',
      error: { name: scrubText(signed.error.name), message: scrubText(signed.error.message) },
      query: input.query,
      operationName: operation.operationName,
      fields: operation.fields,
      authMode,
      errors: [],
      signedAs: { roleArn: signAs.roleArn },
    };
  const client = generateClient();
  // An app that adds `Bearer ` before the user pool token (an interceptor or a custom header, aws-amplify/amplify-js
  // #8892): Amplify merges request headers after its own, so the prefixed token replaces the bare one.
  const bearer = input.testRun?.bearerPrefix
    ? async () => {
        const { tokens } = await fetchAuthSession();
        return { Authorization: `Bearer ${tokens?.accessToken.toString() ?? ''}` };
      }
    : undefined;
  const run = await timed(() =>
    input.testRun?.sessionToken === 'dropped'
      ? postWithoutSessionToken(input, target)
      : (client.graphql({ query: input.query, authMode: authMode as AmplifyAuthMode }, bearer) as Promise<unknown>),
  );
  const call = run.calls.find((c) => c.service === 'appsync');
  const skew = call?.amzDate && call.serverDate ? skewSeconds(call.amzDate, call.serverDate) : undefined;
  const errors = call?.graphqlErrors ?? [];
  return {
    kind: 'graphql',
    at: run.at,
    durationMs: run.durationMs,
    calls: [...(signed?.call ? [signed.call] : []), ...run.calls.map(strip)],
    outcome: run.error || errors.length > 0 || (call?.status ?? 0) >= 400 ? 'error' : 'ok',
    ...(run.error ? { error: errorInfo(run.error, run.calls) } : {}),
    query: input.query,
    operationName: operation.operationName,
    fields: operation.fields,
    authMode,
    status: call?.status,
    requestId: call?.requestId,
    errorType: call?.errorType,
    errors,
    signedWithAccessKeyId: call?.credentialScope?.accessKeyId,
    ...(call?.authorizationScheme ? { authorizationScheme: call.authorizationScheme } : {}),
    ...(call?.authorizationScheme === 'AWS4-HMAC-SHA256' && call.securityTokenSent !== undefined
      ? { securityTokenSent: call.securityTokenSent }
      : {}),
    signingScope: call?.credentialScope
      ? { date: call.credentialScope.date, region: call.credentialScope.region, service: call.credentialScope.service }
      : undefined,
    clockSkewSeconds: skew,
    ...(signAs
      ? { signedAs: { roleArn: signAs.roleArn, ...(signed?.sessionArn ? { sessionArn: signed.sessionArn } : {}) } }
      : {}),
  };
}

/**
 * The request as an app sends it that signs with a hand-built SigV4 signer given the credentials' access key id and
 * secret key but not their session token: Amplify's own signer, without `x-amz-security-token`. It throws what
 * Amplify's client throws on a GraphQL error (`{ data, errors }`), so the step reads the same either way.
 */
async function postWithoutSessionToken(input: ChainRunInput, target: Target): Promise<unknown> {
  const { credentials } = await fetchAuthSession();
  if (!credentials)
    throw Object.assign(new Error('The identity pool returned no credentials.'), { name: 'NoCredentials' });
  const body = JSON.stringify({ query: input.query });
  const signed = signRequest(
    { url: new URL(target.graphqlEndpoint), method: 'POST', headers: { 'content-type': 'application/json' }, body },
    {
      credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
      signingRegion: input.testRun?.graphqlRegion ?? target.region,
      signingService: 'appsync',
    },
  );
  // The browser sets Host itself (a forbidden header); Node's fetch takes the same value.
  const { host: _host, ...headers } = signed.headers;
  const response = await fetch(target.graphqlEndpoint, { method: 'POST', headers, body });
  const answer = (await response.json().catch(() => ({}))) as { errors?: unknown };
  if (!response.ok || answer.errors) throw answer;
  return answer;
}

/** `20261124T083000Z` vs an HTTP Date header, in seconds (positive: the browser's clock is ahead). */
function skewSeconds(amzDate: string, serverDate: string): number | undefined {
  const m = amzDate.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  const server = Date.parse(serverDate);
  if (!m || Number.isNaN(server)) return undefined;
  const signed = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Math.round((signed - server) / 1000);
}

/**
 * Runs the app's chain with the real Amplify: sign-in, identity pool credentials, the signed test request.
 * Each step stops the chain when it fails; what was recorded up to there is returned.
 */
export async function runChain(input: ChainRunInput): Promise<ChainRunResult> {
  timeoutMs = input.timeoutMs ?? AWS_TIMEOUT_MS;
  parseOperation(input.query); // a bad test query fails here, before anything is sent, with a readable message
  const signInStep = await runSignIn(input);
  if (signInStep.outcome !== 'ok') return { signIn: signInStep };
  const credentials = runNeedsCredentials(input.connection, input.testRun) ? await runCredentials(input) : undefined;
  if (credentials && credentials.outcome !== 'ok') return { signIn: signInStep, credentials };
  const delay = input.testRun?.delayBeforeRequestMs ?? 0;
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const graphql = await runGraphql(input, input.connection.target);
  return { signIn: signInStep, credentials, graphql };
}
