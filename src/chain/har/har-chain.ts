import type {
  AuthMode,
  Call,
  CloudTrailRecord,
  CredentialsStep,
  DecodedToken,
  GraphqlStep,
  LogLine,
  SignInStep,
} from '../case';
import { LIMITS } from '../limits';
import { parseOperation } from '../operation';
import type { AuthCall, AwsCall, GraphqlCall, IdentityCall, StsCall } from './har-calls';

/**
 * Picks, among the AWS calls of a HAR, the one chain that led to the failing AppSync request (a HAR often holds
 * several sign-ins, identities, refreshes and retries) and turns it into the case's three steps, each placed at its
 * real time. Pure. Every choice that is not proven by the wire (no signature to match) is said in a note.
 */

export interface HarChain {
  steps: { signIn?: SignInStep; credentials?: CredentialsStep; graphql?: GraphqlStep };
  records: CloudTrailRecord[];
  logs: LogLine[];
  notes: string[];
  /** What the HAR shows of the app's target, for a case without a config. */
  seen: {
    region?: string;
    userPoolId?: string;
    userPoolClientId?: string;
    identityPoolId?: string;
    accountId?: string;
    graphqlEndpoint?: string;
    apiId?: string;
    authMode?: AuthMode;
  };
}

type CredentialsCall = IdentityCall | StsCall;

const iso = (ms: number) => new Date(ms).toISOString();
const time = (ms: number) => iso(ms).slice(11, 19);
const failed = (c: { call: Call }) => (c.call.status ?? 0) >= 400 || c.call.status === undefined;
const issues = (c: CredentialsCall) => Boolean(c.accessKeyId);

function span<T extends { start: number; end: number; call: Call }>(calls: T[]) {
  const start = Math.min(...calls.map((c) => c.start));
  const end = Math.max(...calls.map((c) => c.end));
  // A step keeps at most LIMITS.calls of its calls: the last ones (the failing attempt is last).
  return {
    at: iso(start),
    durationMs: Math.max(0, Math.round(end - start)),
    calls: calls.slice(-LIMITS.calls.max).map((c) => c.call),
  };
}

function errorOf(call: Call): { name: string; message: string } {
  return { name: call.errorType ?? `HTTP ${call.status ?? 0}`, message: call.errorMessage ?? '' };
}

/** The same token, by what a token says of itself (its id, or all of its claims). */
function sameToken(a: DecodedToken | undefined, b: DecodedToken | undefined): boolean {
  if (!a || !b) return false;
  if (a.claims.jti !== undefined || b.claims.jti !== undefined) return a.claims.jti === b.claims.jti;
  return JSON.stringify(a.claims) === JSON.stringify(b.claims);
}

/** The AppSync request the chain is read for: the last failing one, else the last one. */
function pickRequest(graphql: GraphqlCall[]): GraphqlCall | undefined {
  return [...graphql].reverse().find((g) => failed(g) || g.errors.length > 0) ?? graphql[graphql.length - 1];
}

function pickCredentials(
  credentials: CredentialsCall[],
  all: CredentialsCall[],
  request: GraphqlCall | undefined,
  notes: string[],
): CredentialsCall | undefined {
  // No AppSync request: the chain ended at the identity pool (GetId or GetCredentialsForIdentity), last call first.
  if (!request) return all.at(-1);
  const before = request ? credentials.filter((c) => c.start <= request.start) : credentials;
  const key = request?.scope?.accessKeyId;
  if (key) {
    const issuer = credentials.find((c) => c.accessKeyId === key);
    if (issuer) return issuer;
    notes.push(
      `The AppSync request was signed with access key ${key}, which no credentials call in the HAR issued (the app had them from before the recording): the credentials step shows the last call before the request.`,
    );
  } else if (request?.authorizationMissing)
    notes.push(
      'The HAR has no Authorization header (a sanitized export, Chrome’s default since version 130): which credentials signed the request is not proven; the last credentials issued before it are shown.',
    );
  return [...before].reverse().find(issues) ?? before.at(-1);
}

/** The sign-in that issued the ID token the identity pool got, else the last one before the credentials. */
function pickSignIn(auth: AuthCall[], token: DecodedToken | undefined, before: number): AuthCall | undefined {
  const issued = auth.filter((a) => a.idToken);
  return (
    (token ? issued.find((a) => sameToken(a.idToken, token)) : undefined) ??
    [...issued].reverse().find((a) => a.start <= before) ??
    [...auth].reverse().find((a) => a.start <= before && failed(a))
  );
}

function signInStep(
  auth: AuthCall[],
  chosen: AuthCall | undefined,
  token: DecodedToken | undefined,
  notes: string[],
): SignInStep | undefined {
  if (!chosen) {
    if (!token) return undefined;
    // No sign-in in the recording: the ID token the app sent in Logins tells what it was.
    notes.push(
      'The HAR has no sign-in call (the app was signed in before the recording): the ID token shown is the one sent to the identity pool.',
    );
    const iat = typeof token.claims.iat === 'number' ? token.claims.iat * 1000 : undefined;
    return iat === undefined
      ? undefined
      : {
          kind: 'sign-in',
          at: iso(iat),
          durationMs: 0,
          calls: [],
          outcome: 'ok',
          flow: 'USER_SRP_AUTH',
          idToken: token,
        };
  }
  // The calls of this sign-in: from its InitiateAuth to the call that answered with tokens (or refused).
  const index = auth.indexOf(chosen);
  let first = index;
  while (first > 0 && chosen.operation !== 'InitiateAuth' && auth[first]?.operation !== 'InitiateAuth') first -= 1;
  const calls = auth.slice(first, index + 1);
  const flow = calls.find((c) => c.authFlow)?.authFlow;
  if (flow && flow !== 'USER_SRP_AUTH' && flow !== 'USER_PASSWORD_AUTH')
    notes.push(`The sign-in in the HAR used ${flow}; it is shown as the user pool step.`);
  const username = calls.find((c) => c.username)?.username;
  return {
    kind: 'sign-in',
    ...span(calls),
    outcome: chosen.idToken ? 'ok' : 'error',
    flow: flow === 'USER_PASSWORD_AUTH' ? 'USER_PASSWORD_AUTH' : 'USER_SRP_AUTH',
    ...(username ? { username } : {}),
    ...(chosen.idToken ? { idToken: chosen.idToken } : { error: errorOf(chosen.call) }),
    ...(chosen.accessToken ? { accessToken: chosen.accessToken } : {}),
  };
}

function credentialsStep(all: CredentialsCall[], chosen: CredentialsCall): CredentialsStep {
  const identityId = chosen.identityId;
  // GetId (or GetOpenIdToken) of the same identity just before, then the call that issued or refused credentials.
  const getId = [...all]
    .reverse()
    .find(
      (c) =>
        c.kind === 'identity-pool' &&
        c.operation !== 'GetCredentialsForIdentity' &&
        c.start <= chosen.start &&
        c !== chosen &&
        (!identityId || !c.identityId || c.identityId === identityId),
    );
  const calls = getId ? [getId, chosen] : [chosen];
  const guest = chosen.kind === 'identity-pool' && chosen.providers.length === 0;
  return {
    kind: 'credentials',
    ...span(calls),
    outcome: chosen.accessKeyId ? 'ok' : 'error',
    ...((identityId ?? getId?.identityId) ? { identityId: identityId ?? getId?.identityId } : {}),
    ...(guest && chosen.accessKeyId ? { guest: true } : {}),
    ...(chosen.accessKeyId ? { accessKeyId: chosen.accessKeyId } : { error: errorOf(chosen.call) }),
    ...(chosen.expiration ? { expiration: chosen.expiration } : {}),
  };
}

/** `20261124T083000Z` vs an HTTP Date header, in seconds (positive: the browser's clock is ahead). */
function skewSeconds(amzDate: string | undefined, serverDate: string | undefined): number | undefined {
  const m = amzDate?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  const server = Date.parse(serverDate ?? '');
  if (!m || Number.isNaN(server)) return undefined;
  const signed = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Math.round((signed - server) / 1000);
}

function authModeOf(request: GraphqlCall): AuthMode | undefined {
  return request.auth === 'sigv4'
    ? 'iam'
    : request.auth === 'api-key'
      ? 'apiKey'
      : request.auth === 'jwt'
        ? 'userPool'
        : undefined;
}

function graphqlStep(all: GraphqlCall[], request: GraphqlCall, authMode: AuthMode, notes: string[]): GraphqlStep {
  // Retries: the same operation sent again by the same signer before this one (Amplify and apps retry).
  const attempts = all.filter(
    (g) =>
      g.start <= request.start &&
      g.query === request.query &&
      g.scope?.accessKeyId === request.scope?.accessKeyId &&
      request.start - g.start < 5 * 60_000,
  );
  if (attempts.length > 1)
    notes.push(`The AppSync request was sent ${attempts.length} times (retries); the last is read.`);
  let fields: GraphqlStep['fields'] = [];
  try {
    fields = request.query ? parseOperation(request.query, request.operationName).fields : [];
  } catch {
    notes.push('The GraphQL query in the HAR could not be parsed: the field ARNs are not known.');
  }
  const first = request.errors[0];
  const isError = failed(request) || request.errors.length > 0;
  const step = span(attempts);
  return {
    kind: 'graphql',
    ...step,
    durationMs: Math.max(0, Math.round(request.end - Date.parse(step.at))),
    outcome: isError ? 'error' : 'ok',
    ...(isError
      ? {
          error: {
            name: request.call.errorType ?? first?.errorType ?? `HTTP ${request.call.status ?? 0}`,
            message: first?.message ?? request.call.errorMessage ?? '',
          },
        }
      : {}),
    query: request.query,
    ...(request.operationName ? { operationName: request.operationName } : {}),
    fields: fields.slice(0, LIMITS.fields.max),
    authMode,
    ...(request.call.status ? { status: request.call.status } : {}),
    ...(request.call.requestId ? { requestId: request.call.requestId } : {}),
    ...(request.call.errorType ? { errorType: request.call.errorType } : {}),
    errors: request.errors,
    ...(request.scope
      ? {
          signedWithAccessKeyId: request.scope.accessKeyId,
          signingScope: { date: request.scope.date, region: request.scope.region, service: request.scope.service },
        }
      : {}),
    // Whether the header was there, read only when the HAR kept the signature it belongs to: an export that dropped
    // Authorization (Chrome's sanitized HAR) may have dropped more.
    ...(request.scope ? { securityTokenSent: request.securityToken } : {}),
    ...(() => {
      const skew = skewSeconds(request.amzDate, request.call.serverDate);
      return skew === undefined ? {} : { clockSkewSeconds: skew };
    })(),
  };
}

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}

/** The chain that led to the failing AppSync request, read from a HAR's AWS calls (in recording order). */
export function readHarChain(calls: AwsCall[], defaultAuthMode?: AuthMode): HarChain {
  const sorted = [...calls].sort((a, b) => a.start - b.start || a.entry - b.entry);
  const auth = sorted.filter((c): c is AuthCall => c.kind === 'user-pool');
  const credentials = sorted.filter(
    (c): c is CredentialsCall =>
      c.kind === 'sts' ||
      (c.kind === 'identity-pool' && (c.operation === 'GetCredentialsForIdentity' || c.operation === 'GetId')),
  );
  const issuing = credentials.filter((c) => c.kind === 'sts' || c.operation === 'GetCredentialsForIdentity');
  const graphql = sorted.filter((c): c is GraphqlCall => c.kind === 'appsync');
  const notes: string[] = [];

  const request = pickRequest(graphql);
  const creds = pickCredentials(issuing, credentials, request, notes);
  const token = creds?.kind === 'identity-pool' ? creds.loginToken : undefined;
  const signIn = pickSignIn(auth, token, creds?.start ?? request?.start ?? Number.POSITIVE_INFINITY);

  const identities = distinct(credentials.map((c) => c.identityId));
  const users = distinct([
    ...auth.map((a) => a.idToken?.claims.sub as string | undefined),
    ...issuing.map((c) => (c.kind === 'identity-pool' ? (c.loginToken?.claims.sub as string | undefined) : undefined)),
  ]);
  if (identities.length > 1 || users.length > 1)
    notes.push(
      `The HAR holds ${identities.length} identities${users.length > 1 ? ` of ${users.length} users` : ''}; the chain shown is the one that led to the ${request ? `AppSync request at ${time(request.start)} UTC` : 'last credentials call'}${creds?.identityId ? ` (identity ${creds.identityId})` : ''}.`,
    );
  if (graphql.length > 1 && request)
    notes.push(
      `The HAR holds ${graphql.length} AppSync requests; the one read is ${failed(request) || request.errors.length ? 'the last that failed' : 'the last'}, at ${time(request.start)} UTC.`,
    );
  if (request && request.auth === 'sigv4' && !request.securityToken)
    notes.push('The AppSync request carried no x-amz-security-token header: temporary credentials need one.');

  const authMode = (request && authModeOf(request)) ?? defaultAuthMode ?? 'iam';
  const records = new Map<string, CloudTrailRecord>();
  const logs = new Map<string, LogLine>();
  for (const call of sorted)
    if (call.kind === 'lookup') {
      for (const r of call.records) records.set(r.eventID, r);
      for (const l of call.logs) logs.set(`${l.timestamp} ${l.message}`, l);
    }

  const idToken = signIn?.idToken ?? token;
  const iss = typeof idToken?.claims.iss === 'string' ? idToken.claims.iss : undefined;
  const userPoolId = iss?.split('/').pop();
  const aud = idToken?.claims.aud ?? idToken?.claims.client_id;
  const getId = credentials.find((c): c is IdentityCall => c.kind === 'identity-pool' && Boolean(c.identityPoolId));
  const host = request ? new URL(request.url).hostname : undefined;
  const apiId = host?.match(/^([a-z0-9]{26})\.appsync-api\./)?.[1];
  const region =
    request?.scope?.region ??
    host?.match(/\.appsync-api\.([a-z0-9-]+)\.amazonaws\.com$/)?.[1] ??
    userPoolId?.split('_')[0] ??
    getId?.identityPoolId?.split(':')[0];
  const seen: HarChain['seen'] = {
    ...(region ? { region } : {}),
    ...(userPoolId ? { userPoolId } : {}),
    ...(typeof aud === 'string' ? { userPoolClientId: aud } : {}),
    ...(getId?.identityPoolId ? { identityPoolId: getId.identityPoolId } : {}),
    ...(getId?.accountId ? { accountId: getId.accountId } : {}),
    ...(request ? { graphqlEndpoint: request.url } : {}),
    ...(apiId ? { apiId } : {}),
    ...(request && authModeOf(request) ? { authMode: authModeOf(request) } : {}),
  };

  return {
    steps: {
      ...((): { signIn?: SignInStep } => {
        const step = signInStep(auth, signIn, token, notes);
        return step ? { signIn: step } : {};
      })(),
      ...(creds ? { credentials: credentialsStep(credentials, creds) } : {}),
      ...(request ? { graphql: graphqlStep(graphql, request, authMode, notes) } : {}),
    },
    records: [...records.values()].slice(0, LIMITS.records.max),
    logs: [...logs.values()].slice(0, LIMITS.logs.max),
    notes,
    seen,
  };
}
