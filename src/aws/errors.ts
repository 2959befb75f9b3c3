/**
 * The one place where AWS and Amplify errors become explanations a support engineer can act on. It reads AWS SDK v3
 * errors (`name`, `$metadata.httpStatusCode`), Amplify v6 `AuthError` / `ApiError` (`recoverySuggestion`,
 * `underlyingError`), GraphQL results thrown by Amplify (`errors[]`) and plain network `TypeError`s. Output never
 * carries a secret: messages are cut before any echoed canonical request, and tokens and keys in them are masked.
 */

export type AwsService = 'cognito-idp' | 'cognito-identity' | 'appsync' | 'cloudtrail' | 'logs' | 'iam' | 'sts';

export interface ErrorContext {
  service: AwsService;
  /** The IAM action of the call, `cloudtrail:LookupEvents` or just `LookupEvents`. */
  action?: string;
  /** The endpoint called, when it is not AWS's default (the sandbox, a proxy). */
  endpoint?: string;
}

export interface AwsErrorExplanation {
  name: string;
  title: string;
  detail: string;
  todo: string;
  retryable: boolean;
}

interface NormalizedError {
  name: string;
  message: string;
  status?: number;
  recoverySuggestion?: string;
  /** A low-level cause such as ECONNREFUSED. */
  cause?: string;
}

type Explanation = Omit<AwsErrorExplanation, 'name' | 'retryable'> & { retryable?: boolean };
type Rule = {
  matches: (error: NormalizedError, context: ErrorContext) => boolean;
  explain: (error: NormalizedError, context: ErrorContext) => Explanation;
};

const SERVICES: Record<AwsService, string> = {
  'cognito-idp': 'the Cognito user pool',
  'cognito-identity': 'the Cognito identity pool',
  appsync: 'AppSync',
  cloudtrail: 'CloudTrail',
  logs: 'CloudWatch Logs',
  iam: 'IAM',
  sts: 'STS',
};

/** Services called with the engineer's read-only credentials; the others are called along the chain under test. */
const READ_ONLY = new Set<AwsService>(['cloudtrail', 'logs', 'iam', 'sts']);
const MANAGED_POLICIES: Partial<Record<AwsService, string>> = {
  cloudtrail: 'AWSCloudTrail_ReadOnlyAccess',
  logs: 'CloudWatchLogsReadOnlyAccess',
  iam: 'IAMReadOnlyAccess',
};
const GENERIC_NAMES = new Set([
  'Error',
  'Unknown',
  'UnknownError',
  'AmplifyError',
  'AuthError',
  'ApiError',
  'GraphQLError',
]);
const NETWORK_MESSAGE =
  /failed to fetch|fetch failed|networkerror|network error|load failed|network request failed|ECONNREFUSED|ENOTFOUND|ECONNRESET|EAI_AGAIN/i;
const EXPORT_CREDENTIALS =
  'run `aws configure export-credentials --format env` (after `aws sso login` if you use SSO) and paste the output again';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** AWS messages can echo a canonical request (with `x-amz-security-token`) or a token: cut and mask them. */
export function sanitizeAwsMessage(message: string): string {
  const cut = message.split(/\s*(?:The Canonical String|The String-to-Sign|Canonical request)/i)[0] ?? '';
  const masked = cut
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[token]')
    .replace(/(authorization|x-amz-security-token|x-api-key|signature)(\s*[:=]\s*)[^\s,;]+/gi, '$1$2[redacted]')
    .replace(/da2-[a-z0-9]{26}/g, '[api key]')
    // Secret access keys are exactly 40 characters; session tokens run to hundreds. ARN paths stay readable.
    .replace(/(?<![\w+/])[A-Za-z0-9+/]{40}(?![\w+/=])|[A-Za-z0-9+/=]{100,}/g, '[redacted]');
  return masked.length > 300 ? `${masked.slice(0, 297)}…` : masked;
}

function normalize(error: unknown, depth = 0): NormalizedError {
  if (!isObject(error)) return { name: 'Error', message: typeof error === 'string' ? error : String(error) };
  const graphqlError = Array.isArray(error.errors) ? error.errors.find(isObject) : undefined;
  if (graphqlError && depth < 3) {
    if (isObject(graphqlError.originalError)) return normalize(graphqlError.originalError, depth + 1);
    return { name: text(graphqlError.errorType) ?? 'GraphQLError', message: text(graphqlError.message) ?? '' };
  }
  const metadata = isObject(error.$metadata) ? error.$metadata : isObject(error.metadata) ? error.metadata : {};
  const rawName = text(error.name) ?? text(error.Code) ?? text(error.__type) ?? 'Error';
  const normalized: NormalizedError = {
    // JSON 1.1 errors may name themselves `com.amazonaws.cognito.identity.model#NotAuthorizedException`.
    name: rawName.split('#').at(-1) ?? rawName,
    message: text(error.message) ?? text(error.Message) ?? '',
    ...(typeof metadata.httpStatusCode === 'number' ? { status: metadata.httpStatusCode } : {}),
    ...(text(error.recoverySuggestion) ? { recoverySuggestion: text(error.recoverySuggestion) } : {}),
    ...(text(error.code) ? { cause: text(error.code) } : {}),
  };
  const underlying = error.underlyingError ?? error.cause;
  if (!isObject(underlying) || depth >= 3) return normalized;
  const inner = normalize(underlying, depth + 1);
  // Amplify wraps the AWS error: its own name is generic (`Unknown`) or a network wrapper around a TypeError.
  if (GENERIC_NAMES.has(normalized.name) && !GENERIC_NAMES.has(inner.name))
    return { ...inner, recoverySuggestion: normalized.recoverySuggestion ?? inner.recoverySuggestion };
  return { ...normalized, cause: normalized.cause ?? inner.cause ?? (inner.message || undefined) };
}

const named =
  (...names: string[]) =>
  (error: NormalizedError) =>
    names.includes(error.name);

function endpointName(endpoint: string | undefined): string | undefined {
  if (!endpoint) return undefined;
  try {
    const url = new URL(endpoint);
    return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return undefined;
  }
}

function isLocal(endpoint: string | undefined): boolean {
  try {
    return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i.test(new URL(endpoint ?? '').hostname);
  } catch {
    return false;
  }
}

/** `LookupEvents` with service cloudtrail → `cloudtrail:LookupEvents`. */
function iamAction(context: ErrorContext, message: string): string | undefined {
  const fromMessage = message.match(/perform:?\s+([\w-]+:[\w*]+)/)?.[1];
  if (fromMessage) return fromMessage;
  if (!context.action) return undefined;
  return context.action.includes(':') ? context.action : `${context.service}:${context.action}`;
}

function explainNetwork(error: NormalizedError, context: ErrorContext): Explanation {
  const where = endpointName(context.endpoint);
  const target = where ? `${SERVICES[context.service]} at ${where}` : SERVICES[context.service];
  const todo = isLocal(context.endpoint)
    ? 'Start the sandbox (`npm start` or `npm run sandbox`) and try again.'
    : READ_ONLY.has(context.service)
      ? 'Check you are online. If you are, the browser is likely blocking the call (CORS): run it through the local proxy (`npm run proxy`).'
      : 'Check you are online and that the endpoint in the config is right; an ad blocker or corporate proxy can also block it.';
  const timedOut = /abort|timeout/i.test(error.name);
  return {
    title: timedOut ? `${capitalize(target)} did not answer in time` : `Could not reach ${target}`,
    detail: `The request got no answer${error.cause ? ` (${error.cause})` : ''}: the service is not running, you are offline, or the browser blocked it.`,
    todo,
    retryable: true,
  };
}

function explainNotAuthorized(error: NormalizedError, context: ErrorContext): Explanation {
  const message = error.message;
  if (/incorrect username or password/i.test(message))
    return {
      title: 'Wrong username or password',
      detail: 'The user pool rejected the test user’s password (or the user does not exist and the pool hides that).',
      todo: 'Check the username and password of the test user; reset the password in the Cognito console if needed.',
    };
  if (/password attempts exceeded/i.test(message))
    return {
      title: 'The test user is locked out for now',
      detail: 'Too many wrong passwords: Cognito blocks sign-in for a while.',
      todo: 'Wait a few minutes, then sign in with the right password.',
    };
  if (/user is disabled/i.test(message))
    return {
      title: 'The test user is disabled',
      detail: 'The user pool has this user disabled.',
      todo: 'Enable the user (Cognito console → Users → Enable user access) or use another test user.',
    };
  if (/unauthenticated access is not supported/i.test(message))
    return {
      title: 'The identity pool got no sign-in',
      detail:
        'Credentials were asked for as a guest: the ID token was not passed, or under a provider name that does not match the user pool.',
      todo: 'Check that the identity pool lists this user pool and app client as a Cognito provider, then rerun the chain.',
    };
  if (/expired/i.test(message))
    return {
      title: context.service === 'cognito-identity' ? 'The ID token has expired' : 'The session has expired',
      detail: 'Tokens from the user pool are valid for a limited time (an hour by default).',
      todo: 'Sign in again and rerun the chain.',
    };
  if (/invalid login token|supported provider|issuer|audience|logins don't match/i.test(message))
    return {
      title: 'The identity pool rejected the ID token',
      detail: 'The token’s issuer (user pool) or audience (app client) is not a provider of this identity pool.',
      todo: 'Add this user pool and app client as a Cognito provider of the identity pool (Identity pool → User access).',
    };
  return {
    title: `${capitalize(SERVICES[context.service])} refused the request`,
    detail: 'The request was not authorized.',
    todo: 'Check the message below against the config: pool ids, app client id and region.',
  };
}

function explainInvalidParameter(error: NormalizedError): Explanation {
  const flow = error.message
    .match(/(USER_PASSWORD_AUTH|USER_SRP_AUTH|REFRESH_TOKEN_AUTH|CUSTOM_AUTH)\b.*not enabled/i)?.[1]
    ?.toUpperCase();
  if (flow)
    return {
      title: `The app client does not allow ${flow}`,
      detail: `The user pool app client has ALLOW_${flow} turned off.`,
      todo: `Turn on ALLOW_${flow} in the app client’s authentication flows, or sign in with the other flow.`,
    };
  return {
    title: 'AWS rejected a parameter',
    detail: 'A value sent to AWS is not valid for it.',
    todo: 'Check the ids in the config (pool ids, app client id, region) against the AWS console.',
  };
}

function explainNotFound(_: NormalizedError, context: ErrorContext): Explanation {
  const byService: Partial<Record<AwsService, Explanation>> = {
    'cognito-idp': {
      title: 'The user pool or app client does not exist',
      detail: 'AWS has no user pool or app client with these ids in this region.',
      todo: 'Check the user pool id, app client id and region in the config.',
    },
    'cognito-identity': {
      title: 'The identity pool does not exist',
      detail: 'AWS has no identity pool with this id in this region.',
      todo: 'Check the identity pool id and region in the config.',
    },
    logs: {
      title: 'The AppSync log group does not exist',
      detail: 'The API does not write logs to CloudWatch (or not in this region).',
      todo: 'Turn on logging for the API (AppSync → Settings → Logging), or go on without logs.',
    },
  };
  return (
    byService[context.service] ?? {
      title: `${capitalize(SERVICES[context.service])} could not find the resource`,
      detail: 'A resource named in the request does not exist in this account and region.',
      todo: 'Check the ids and the region.',
    }
  );
}

function explainAccessDenied(error: NormalizedError, context: ErrorContext): Explanation {
  const action = iamAction(context, error.message);
  if (action === 'sts:AssumeRoleWithWebIdentity') return explainRoleTrust();
  if (!READ_ONLY.has(context.service))
    return {
      title: `${capitalize(SERVICES[context.service])} denied the request`,
      detail: `The caller may not ${action ? `call ${action}` : 'make this call'}.`,
      todo: 'Run the chain and read the verdict: it names the policy statement involved.',
    };
  const managed = MANAGED_POLICIES[context.service];
  const statement = action ? `{"Effect": "Allow", "Action": "${action}", "Resource": "*"}` : undefined;
  return {
    title: `The read-only credentials may not call ${action ?? SERVICES[context.service]}`,
    detail: `The principal behind the read-only credentials has no policy allowing ${action ?? 'this call'}.`,
    todo: `${statement ? `Add ${statement} to that principal’s policy` : 'Allow the action named below in that principal’s policy'}${managed ? ` (or attach ${managed})` : ''}.${context.service === 'iam' ? ' If the customer keeps IAM hidden, ask them to paste the role policy instead.' : ''}`,
  };
}

function explainRoleTrust(): Explanation {
  return {
    title: 'The identity pool cannot assume its role',
    detail:
      'The role is missing, or its trust policy does not trust cognito-identity.amazonaws.com for this identity pool and authenticated users.',
    todo: 'Fix the role’s trust policy: Federated cognito-identity.amazonaws.com, sts:AssumeRoleWithWebIdentity, aud = the identity pool id, amr = authenticated.',
  };
}

function explainUnknownKey(_: NormalizedError, context: ErrorContext): Explanation {
  if (READ_ONLY.has(context.service))
    return {
      title: 'AWS does not recognise the read-only access key',
      detail: 'The access key id is wrong or deleted, or a temporary key (ASIA…) was sent without its session token.',
      todo: `Paste fresh credentials: ${EXPORT_CREDENTIALS}.`,
    };
  return {
    title: 'AWS does not recognise the credentials the browser got',
    detail: 'The identity pool’s credentials were not accepted (another region or partition, or revoked).',
    todo: 'Rerun the chain to get fresh credentials.',
  };
}

function explainExpired(_: NormalizedError, context: ErrorContext): Explanation {
  if (READ_ONLY.has(context.service))
    return {
      title: 'The read-only credentials have expired',
      detail: 'Temporary credentials last from 15 minutes to a few hours.',
      todo: `Get new ones: ${EXPORT_CREDENTIALS}.`,
    };
  return {
    title: 'The credentials from the identity pool have expired',
    detail: 'They last an hour by default.',
    todo: 'Rerun the chain to get fresh credentials.',
  };
}

function explainSignature(error: NormalizedError, context: ErrorContext): Explanation {
  const clock = 'AWS rejects requests signed more than 5 minutes away from its own time.';
  if (/signature expired|not yet current|clock|request time/i.test(error.message))
    return {
      title: 'This computer’s clock is off',
      detail: clock,
      todo: 'Set the clock to the network time and retry.',
    };
  if (READ_ONLY.has(context.service))
    return {
      title: 'The read-only secret access key is wrong, or the clock is off',
      detail: `The signature does not match: the secret key does not belong to the access key id, or ${clock.charAt(0).toLowerCase()}${clock.slice(1)}`,
      todo: `Paste the credentials again (no spaces or line breaks) and check the clock: ${EXPORT_CREDENTIALS}.`,
    };
  return {
    title: 'AWS rejected the request signature',
    detail: `The request was signed with other credentials than expected, or ${clock.charAt(0).toLowerCase()}${clock.slice(1)}`,
    todo: 'Check this computer’s clock and rerun the chain.',
  };
}

function explainAppSyncUnauthorized(error: NormalizedError, context: ErrorContext): Explanation {
  if (/token .*expired/i.test(error.message)) return explainExpired(error, context);
  if (/token .*invalid/i.test(error.message)) return explainUnknownKey(error, context);
  const field = error.message.match(/not authorized to access (\w+) on type (\w+)/i);
  if (field)
    return {
      title: `AppSync refused ${field[2]}.${field[1]}`,
      detail: 'The request passed IAM, but the schema’s auth rules do not allow this caller on that field.',
      todo: 'Allow the caller on the type or field (for IAM: @aws_iam, or allow.authenticated("identityPool") in Gen 2) and redeploy.',
    };
  if (/valid authorization header|missing authentication token|no credentials/i.test(error.message))
    return {
      title: 'The request reached AppSync unsigned',
      detail: 'AppSync got no valid Authorization header for its auth mode.',
      todo: 'Check the auth mode matches the API’s and that sign-in produced credentials, then rerun.',
    };
  return {
    title: 'AppSync refused the request',
    detail: 'For IAM auth this usually means the role’s policy does not allow appsync:GraphQL on this API and field.',
    todo: 'Run the chain and read the verdict: it compares the role’s policy with the field ARN.',
  };
}

const RULES: Rule[] = [
  {
    matches: (e) =>
      e.name === 'NetworkError' ||
      /abort|timeout/i.test(e.name) ||
      (e.name === 'TypeError' && NETWORK_MESSAGE.test(`${e.message} ${e.cause ?? ''}`)),
    explain: explainNetwork,
  },
  {
    // Cognito user pools say LimitExceededException for "Attempt limit exceeded"; identity pools use it for quotas.
    matches: (e, c) =>
      ['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'RequestLimitExceeded', 'SlowDown'].includes(
        e.name,
      ) ||
      (e.name === 'LimitExceededException' && c.service === 'cognito-idp') ||
      /rate exceeded/i.test(e.message) ||
      e.status === 429,
    explain: (_, c) => ({
      title: `${capitalize(SERVICES[c.service])} is throttling requests`,
      detail:
        c.service === 'cloudtrail'
          ? 'LookupEvents allows about 2 calls a second per account and region.'
          : 'Too many requests in a short time.',
      todo: 'Wait a few seconds and try again.',
      retryable: true,
    }),
  },
  { matches: named('NotAuthorizedException'), explain: explainNotAuthorized },
  {
    matches: named('UserNotFoundException'),
    explain: () => ({
      title: 'The test user does not exist',
      detail: 'The user pool has no user with this username.',
      todo: 'Check the username (or email, as the pool signs in) and that the config points at the right user pool.',
    }),
  },
  {
    matches: named('UserNotConfirmedException'),
    explain: () => ({
      title: 'The test user is not confirmed',
      detail: 'The user signed up but never confirmed the account.',
      todo: 'Confirm the user (Cognito console → Users → Confirm account, or `aws cognito-idp admin-confirm-sign-up`).',
    }),
  },
  {
    matches: named('PasswordResetRequiredException'),
    explain: () => ({
      title: 'The test user must reset the password',
      detail: 'An administrator asked for a password reset.',
      todo: 'Set a new password (`aws cognito-idp admin-set-user-password --permanent`) and sign in with it.',
    }),
  },
  { matches: named('InvalidParameterException'), explain: explainInvalidParameter },
  { matches: named('ResourceNotFoundException'), explain: explainNotFound },
  { matches: named('AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation'), explain: explainAccessDenied },
  {
    matches: named('UnrecognizedClientException', 'InvalidClientTokenId', 'InvalidAccessKeyId'),
    explain: explainUnknownKey,
  },
  { matches: named('ExpiredTokenException', 'ExpiredToken', 'RequestExpired'), explain: explainExpired },
  { matches: named('InvalidSignatureException', 'SignatureDoesNotMatch'), explain: explainSignature },
  { matches: named('InvalidIdentityPoolConfigurationException'), explain: explainRoleTrust },
  { matches: named('UnauthorizedException', 'Unauthorized'), explain: explainAppSyncUnauthorized },
  {
    matches: named('UserUnAuthenticatedException'),
    explain: () => ({
      title: 'Not signed in',
      detail: 'The call needs a signed-in user.',
      todo: 'Sign in with the test user, then rerun.',
    }),
  },
  {
    matches: (e) =>
      (e.status ?? 0) >= 500 ||
      /^(InternalError|InternalErrorException|InternalFailure|InternalServerError|ServiceUnavailable(Exception)?)$/.test(
        e.name,
      ),
    explain: (_, c) => ({
      title: `${capitalize(SERVICES[c.service])} had an internal error`,
      detail: 'The failure is on AWS’s side.',
      todo: 'Retry in a moment.',
      retryable: true,
    }),
  },
];

function explainOther(error: NormalizedError, context: ErrorContext): Explanation {
  return {
    title: `${capitalize(SERVICES[context.service])} answered ${error.name}`,
    detail: 'Authtrace has no explanation for this error yet.',
    todo: error.recoverySuggestion
      ? sanitizeAwsMessage(error.recoverySuggestion)
      : 'Read AWS’s message below; check the config and the credentials it concerns.',
    retryable: error.status === 429,
  };
}

/** What went wrong in terms the engineer can act on; never throws and never echoes a secret. */
export function explainAwsError(error: unknown, context: ErrorContext): AwsErrorExplanation {
  let normalized: NormalizedError;
  try {
    normalized = normalize(error);
  } catch {
    normalized = { name: 'Error', message: '' };
  }
  const rule = RULES.find((candidate) => candidate.matches(normalized, context));
  const { title, detail, todo, retryable } = rule
    ? rule.explain(normalized, context)
    : explainOther(normalized, context);
  const original = normalized.message
    ? `${normalized.name}: ${sanitizeAwsMessage(normalized.message)}`
    : normalized.name;
  return { name: normalized.name, title, detail: `${detail} (${original})`, todo, retryable: retryable ?? false };
}
