import { classifyAwsError, type AwsService, type ClassifiedAwsError } from '@/chain/error-taxonomy';
import { scrubText } from '@/chain/secrets';

/**
 * The one place where AWS and Amplify errors become explanations a support engineer can act on. What kind of error
 * it is comes from the taxonomy (src/chain/error-taxonomy.ts); this file only words it. Output never carries a
 * secret: messages pass the secret policy and are cut before any echoed canonical request.
 */

export type { AwsService } from '@/chain/error-taxonomy';

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

type Explanation = Omit<AwsErrorExplanation, 'name' | 'retryable'>;

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
const EXPORT_CREDENTIALS =
  'run `aws configure export-credentials --format env` (after `aws sso login` if you use SSO) and paste the output again';

const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/**
 * An AWS message as the engineer reads it: no secret (the one policy, src/chain/secrets.ts), cut before an echoed
 * canonical request or string-to-sign (noise to a reader), and short.
 */
export function sanitizeAwsMessage(message: string): string {
  const cut = scrubText(message).split(/\s*(?:The Canonical String|The String-to-Sign|Canonical request)/i)[0] ?? '';
  return cut.length > 300 ? `${cut.slice(0, 297)}…` : cut;
}

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

/** What to do when IAM cannot be read from the browser (no relay on this page's origin). */
export const IAM_FROM_A_BROWSER =
  'IAM cannot be read from a browser: it answers no CORS. Open Authtrace from `npm run serve` (or `npm start`), whose relay reads it; or read the policies from a terminal (the AWS CLI commands of the lookup, or `npm run check -- --config amplify_outputs.json --username <test user> --readonly-credentials creds.json`) and paste the role’s policy.';

function explainNetwork(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  const where = endpointName(context.endpoint);
  const target = where ? `${SERVICES[context.service]} at ${where}` : SERVICES[context.service];
  // IAM answers no CORS (aws-sdk-js SERVICES.md; aws/aws-sdk-js #1957, #2041): from a browser it is read only
  // through Authtrace's relay, which `npm run serve` and `npm start` carry.
  const todo =
    context.service === 'iam'
      ? IAM_FROM_A_BROWSER
      : isLocal(context.endpoint)
        ? 'Start the sandbox (`npm start` or `npm run sandbox`) and try again.'
        : READ_ONLY.has(context.service)
          ? 'Check you are online. If you are, the browser may be blocking the call (CORS), or an ad blocker or corporate proxy.'
          : 'Check you are online and that the endpoint in the config is right; an ad blocker or corporate proxy can also block it.';
  return {
    title: error.kind === 'timeout' ? `${capitalize(target)} did not answer in time` : `Could not reach ${target}`,
    detail: `The request got no answer${error.cause ? ` (${error.cause})` : ''}: the service is not running, you are offline, or the browser blocked it.`,
    todo,
  };
}

function explainThrottled(_: ClassifiedAwsError, context: ErrorContext): Explanation {
  return {
    title: `${capitalize(SERVICES[context.service])} is throttling requests`,
    detail:
      context.service === 'cloudtrail'
        ? 'LookupEvents allows about 2 calls a second per account and region.'
        : 'Too many requests in a short time.',
    todo: 'Wait a few seconds and try again.',
  };
}

const REFUSALS: Partial<Record<NonNullable<ClassifiedAwsError['reason']>, Explanation>> = {
  'wrong-password': {
    title: 'Wrong username or password',
    detail: 'The user pool rejected the test user’s password (or the user does not exist and the pool hides that).',
    todo: 'Check the username and password of the test user; reset the password in the Cognito console if needed.',
  },
  'locked-out': {
    title: 'The test user is locked out for now',
    detail: 'Too many wrong passwords: Cognito blocks sign-in for a while.',
    todo: 'Wait a few minutes, then sign in with the right password.',
  },
  'user-disabled': {
    title: 'The test user is disabled',
    detail: 'The user pool has this user disabled.',
    todo: 'Enable the user (Cognito console → Users → Enable user access) or use another test user.',
  },
  'guest-access': {
    title: 'The identity pool got no sign-in',
    detail:
      'Credentials were asked for as a guest: the ID token was not passed, or under a provider name that does not match the user pool.',
    todo: 'Check that the identity pool lists this user pool and app client as a Cognito provider, then rerun the chain.',
  },
  'provider-mismatch': {
    title: 'The identity pool rejected the ID token',
    detail: 'The token’s issuer (user pool) or audience (app client) is not a provider of this identity pool.',
    todo: 'Add this user pool and app client as a Cognito provider of the identity pool (Identity pool → User access).',
  },
  'user-not-found': {
    title: 'The test user does not exist',
    detail: 'The user pool has no user with this username.',
    todo: 'Check the username (or email, as the pool signs in) and that the config points at the right user pool.',
  },
  'user-not-confirmed': {
    title: 'The test user is not confirmed',
    detail: 'The user signed up but never confirmed the account.',
    todo: 'Confirm the user (Cognito console → Users → Confirm account, or `aws cognito-idp admin-confirm-sign-up`).',
  },
  'password-reset-required': {
    title: 'The test user must reset the password',
    detail: 'An administrator asked for a password reset.',
    todo: 'Set a new password (`aws cognito-idp admin-set-user-password --permanent`) and sign in with it.',
  },
  'sign-in-incomplete': {
    title: 'Sign-in needs another step',
    detail: 'The user pool asked for MFA, a new password or another challenge.',
    todo: 'Use a test user without MFA or a pending password change, or finish that step in the app first.',
  },
  'not-signed-in': {
    title: 'Not signed in',
    detail: 'The call needs a signed-in user.',
    todo: 'Sign in with the test user, then rerun.',
  },
};

function explainRefused(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  const known = error.reason && REFUSALS[error.reason];
  if (known) return known;
  if (error.reason === 'unsigned')
    return {
      title: `The request reached ${SERVICES[context.service]} unsigned`,
      detail: `${capitalize(SERVICES[context.service])} got no valid Authorization header for its auth mode.`,
      todo: 'Check the auth mode matches the API’s and that sign-in produced credentials, then rerun.',
    };
  return {
    title: `${capitalize(SERVICES[context.service])} refused the request`,
    detail: 'The request was not authorized.',
    todo: 'Check the message below against the config: pool ids, app client id and region.',
  };
}

function explainValidation(error: ClassifiedAwsError): Explanation {
  const flow = error.message
    .match(/(USER_PASSWORD_AUTH|USER_SRP_AUTH|REFRESH_TOKEN_AUTH|CUSTOM_AUTH)\b.*not enabled/i)?.[1]
    ?.toUpperCase();
  if (error.reason === 'flow-not-enabled' && flow)
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

function explainNotFound(_: ClassifiedAwsError, context: ErrorContext): Explanation {
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

function explainRoleTrust(): Explanation {
  return {
    title: 'The identity pool cannot assume its role',
    detail:
      'The role is missing, or its trust policy does not trust cognito-identity.amazonaws.com for this identity pool and authenticated users.',
    todo: 'Fix the role’s trust policy: Federated cognito-identity.amazonaws.com, sts:AssumeRoleWithWebIdentity, aud = the identity pool id, amr = authenticated.',
  };
}

function explainAccessDenied(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  if (error.reason === 'role-trust' || iamAction(context, error.message) === 'sts:AssumeRoleWithWebIdentity')
    return explainRoleTrust();
  const field = error.message.match(/not authorized to access (\w+) on type (\w+)/i);
  if (error.reason === 'field-refused' && field)
    return {
      title: `AppSync refused ${field[2]}.${field[1]}`,
      detail: 'The request passed IAM, but the schema’s auth rules do not allow this caller on that field.',
      todo: 'Allow the caller on the type or field (for IAM: @aws_iam, or allow.authenticated("identityPool") in Gen 2) and redeploy.',
    };
  if (context.service === 'appsync')
    return {
      title: 'AppSync refused the request',
      detail: 'For IAM auth this usually means the role’s policy does not allow appsync:GraphQL on this API and field.',
      todo: 'Run the chain and read the verdict: it compares the role’s policy with the field ARN.',
    };
  const action = iamAction(context, error.message);
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

function explainUnknownKey(context: ErrorContext): Explanation {
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

function explainSignature(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  const clock = 'AWS rejects requests signed more than 5 minutes away from its own time.';
  const clockLower = `${clock.charAt(0).toLowerCase()}${clock.slice(1)}`;
  if (error.reason === 'clock-skew')
    return {
      title: 'This computer’s clock is off',
      detail: clock,
      todo: 'Set the clock to the network time and retry.',
    };
  if (READ_ONLY.has(context.service))
    return {
      title: 'The read-only secret access key is wrong, or the clock is off',
      detail: `The signature does not match: the secret key does not belong to the access key id, or ${clockLower}`,
      todo: `Paste the credentials again (no spaces or line breaks) and check the clock: ${EXPORT_CREDENTIALS}.`,
    };
  return {
    title: 'AWS rejected the request signature',
    detail: `The request was signed with other credentials than expected, or ${clockLower}`,
    todo: 'Check this computer’s clock and rerun the chain.',
  };
}

function explainInvalidCredentials(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  const signature = error.reason === 'clock-skew' || /signature/i.test(error.code) || /signature/i.test(error.message);
  return signature ? explainSignature(error, context) : explainUnknownKey(context);
}

function explainExpired(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  if (error.reason === 'token-expired')
    return {
      title: context.service === 'cognito-identity' ? 'The ID token has expired' : 'The session has expired',
      detail: 'Tokens from the user pool are valid for a limited time (an hour by default).',
      todo: 'Sign in again and rerun the chain.',
    };
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

function explainServer(_: ClassifiedAwsError, context: ErrorContext): Explanation {
  return {
    title: `${capitalize(SERVICES[context.service])} had an internal error`,
    detail: 'The failure is on AWS’s side.',
    todo: 'Retry in a moment.',
  };
}

function explainOther(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  return {
    title: `${capitalize(SERVICES[context.service])} answered ${error.code}`,
    detail: 'Authtrace has no explanation for this error yet.',
    todo: error.recoverySuggestion
      ? sanitizeAwsMessage(error.recoverySuggestion)
      : 'Read AWS’s message below; check the config and the credentials it concerns.',
  };
}

const EXPLAIN: Record<ClassifiedAwsError['kind'], (error: ClassifiedAwsError, context: ErrorContext) => Explanation> = {
  network: explainNetwork,
  timeout: explainNetwork,
  throttled: explainThrottled,
  'auth-refused': explainRefused,
  'access-denied': explainAccessDenied,
  'invalid-credentials': explainInvalidCredentials,
  'expired-credentials': explainExpired,
  validation: explainValidation,
  'not-found': explainNotFound,
  server: explainServer,
  unknown: explainOther,
};

/** What went wrong in terms the engineer can act on; never throws and never echoes a secret. */
export function explainAwsError(error: unknown, context: ErrorContext): AwsErrorExplanation {
  const classified = classifyAwsError(error, { service: context.service });
  const { title, detail, todo } = EXPLAIN[classified.kind](classified, context);
  const original = classified.message
    ? `${classified.code}: ${sanitizeAwsMessage(classified.message)}`
    : classified.code;
  return { name: classified.code, title, detail: `${detail} (${original})`, todo, retryable: classified.retryable };
}
