import { classifyAwsError, type AwsService, type ClassifiedAwsError } from '@/chain/error-taxonomy';
import { awsMsg as msg, type AwsMessage } from '@/chain/messages/aws-message';
import { render, wordsMessage, type Catalog, type Message } from '@/chain/messages/catalog';
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

/**
 * An explanation as message ids (`aws.*`, src/chain/messages/aws-en.ts): the page renders them in its language, the
 * CLI in English (`renderExplanation`). AWS's own words (`code: message`) stay a quotation in `said`.
 */
export interface AwsErrorExplanation {
  name: string;
  title: AwsMessage;
  detail: AwsMessage;
  said: AwsMessage;
  todo: AwsMessage;
  retryable: boolean;
}

type Explanation = Pick<AwsErrorExplanation, 'title' | 'detail' | 'todo'>;

/** Services called with the engineer's read-only credentials; the others are called along the chain under test. */
const READ_ONLY = new Set<AwsService>(['cloudtrail', 'logs', 'iam', 'sts']);
const MANAGED_POLICIES: Partial<Record<AwsService, string>> = {
  cloudtrail: 'AWSCloudTrail_ReadOnlyAccess',
  logs: 'CloudWatchLogsReadOnlyAccess',
  iam: 'IAMReadOnlyAccess',
};

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
export const IAM_FROM_A_BROWSER: AwsMessage = msg('aws.network.todo.iam-from-browser');

function explainNetwork(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  const where = endpointName(context.endpoint);
  const on = { service: context.service, ...(where ? { endpoint: where } : {}) };
  // IAM answers no CORS (aws-sdk-js SERVICES.md; aws/aws-sdk-js #1957, #2041): from a browser it is read only
  // through Authtrace's relay, which `npm run serve` and `npm start` carry.
  const todo =
    context.service === 'iam'
      ? IAM_FROM_A_BROWSER
      : isLocal(context.endpoint)
        ? msg('aws.network.todo.sandbox')
        : READ_ONLY.has(context.service)
          ? msg('aws.network.todo.read-only')
          : msg('aws.network.todo.chain');
  return {
    title: error.kind === 'timeout' ? msg('aws.network.timeout.title', on) : msg('aws.network.unreachable.title', on),
    detail: msg('aws.network.detail', error.cause ? { cause: error.cause } : {}),
    todo,
  };
}

function explainThrottled(_: ClassifiedAwsError, context: ErrorContext): Explanation {
  return {
    title: msg('aws.throttled.title', { service: context.service }),
    detail: context.service === 'cloudtrail' ? msg('aws.throttled.detail.cloudtrail') : msg('aws.throttled.detail'),
    todo: msg('aws.throttled.todo'),
  };
}

const REFUSALS: Partial<Record<NonNullable<ClassifiedAwsError['reason']>, Explanation>> = {
  'wrong-password': {
    title: msg('aws.wrong-password.title'),
    detail: msg('aws.wrong-password.detail'),
    todo: msg('aws.wrong-password.todo'),
  },
  'locked-out': {
    title: msg('aws.locked-out.title'),
    detail: msg('aws.locked-out.detail'),
    todo: msg('aws.locked-out.todo'),
  },
  'user-disabled': {
    title: msg('aws.user-disabled.title'),
    detail: msg('aws.user-disabled.detail'),
    todo: msg('aws.user-disabled.todo'),
  },
  'guest-access': {
    title: msg('aws.guest-access.title'),
    detail: msg('aws.guest-access.detail'),
    todo: msg('aws.guest-access.todo'),
  },
  'provider-mismatch': {
    title: msg('aws.provider-mismatch.title'),
    detail: msg('aws.provider-mismatch.detail'),
    todo: msg('aws.provider-mismatch.todo'),
  },
  'user-not-found': {
    title: msg('aws.user-not-found.title'),
    detail: msg('aws.user-not-found.detail'),
    todo: msg('aws.user-not-found.todo'),
  },
  'user-not-confirmed': {
    title: msg('aws.user-not-confirmed.title'),
    detail: msg('aws.user-not-confirmed.detail'),
    todo: msg('aws.user-not-confirmed.todo'),
  },
  'password-reset-required': {
    title: msg('aws.password-reset-required.title'),
    detail: msg('aws.password-reset-required.detail'),
    todo: msg('aws.password-reset-required.todo'),
  },
  'sign-in-incomplete': {
    title: msg('aws.sign-in-incomplete.title'),
    detail: msg('aws.sign-in-incomplete.detail'),
    todo: msg('aws.sign-in-incomplete.todo'),
  },
  'not-signed-in': {
    title: msg('aws.not-signed-in.title'),
    detail: msg('aws.not-signed-in.detail'),
    todo: msg('aws.not-signed-in.todo'),
  },
};

function explainRefused(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  const known = error.reason && REFUSALS[error.reason];
  if (known) return known;
  const on = { service: context.service };
  if (error.reason === 'unsigned')
    return {
      title: msg('aws.unsigned.title', on),
      detail: msg('aws.unsigned.detail', on),
      todo: msg('aws.unsigned.todo'),
    };
  return { title: msg('aws.refused.title', on), detail: msg('aws.refused.detail'), todo: msg('aws.refused.todo') };
}

function explainValidation(error: ClassifiedAwsError): Explanation {
  const flow = error.message
    .match(/(USER_PASSWORD_AUTH|USER_SRP_AUTH|REFRESH_TOKEN_AUTH|CUSTOM_AUTH)\b.*not enabled/i)?.[1]
    ?.toUpperCase();
  if (error.reason === 'flow-not-enabled' && flow)
    return {
      title: msg('aws.flow-not-enabled.title', { flow }),
      detail: msg('aws.flow-not-enabled.detail', { flow }),
      todo: msg('aws.flow-not-enabled.todo', { flow }),
    };
  return {
    title: msg('aws.validation.title'),
    detail: msg('aws.validation.detail'),
    todo: msg('aws.validation.todo'),
  };
}

function explainNotFound(_: ClassifiedAwsError, context: ErrorContext): Explanation {
  const byService: Partial<Record<AwsService, Explanation>> = {
    'cognito-idp': {
      title: msg('aws.not-found.user-pool.title'),
      detail: msg('aws.not-found.user-pool.detail'),
      todo: msg('aws.not-found.user-pool.todo'),
    },
    'cognito-identity': {
      title: msg('aws.not-found.identity-pool.title'),
      detail: msg('aws.not-found.identity-pool.detail'),
      todo: msg('aws.not-found.identity-pool.todo'),
    },
    logs: {
      title: msg('aws.not-found.log-group.title'),
      detail: msg('aws.not-found.log-group.detail'),
      todo: msg('aws.not-found.log-group.todo'),
    },
  };
  return (
    byService[context.service] ?? {
      title: msg('aws.not-found.title', { service: context.service }),
      detail: msg('aws.not-found.detail'),
      todo: msg('aws.not-found.todo'),
    }
  );
}

function explainRoleTrust(): Explanation {
  return {
    title: msg('aws.role-trust.title'),
    detail: msg('aws.role-trust.detail'),
    todo: msg('aws.role-trust.todo'),
  };
}

function explainAccessDenied(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  if (error.reason === 'role-trust' || iamAction(context, error.message) === 'sts:AssumeRoleWithWebIdentity')
    return explainRoleTrust();
  const field = error.message.match(/not authorized to access (\w+) on type (\w+)/i);
  if (error.reason === 'field-refused' && field?.[1] && field[2])
    return {
      title: msg('aws.field-refused.title', { type: field[2], field: field[1] }),
      detail: msg('aws.field-refused.detail'),
      todo: msg('aws.field-refused.todo'),
    };
  if (context.service === 'appsync')
    return {
      title: msg('aws.appsync-denied.title'),
      detail: msg('aws.appsync-denied.detail'),
      todo: msg('aws.appsync-denied.todo'),
    };
  const action = iamAction(context, error.message);
  const acting = action ? { action } : {};
  if (!READ_ONLY.has(context.service))
    return {
      title: msg('aws.denied.title', { service: context.service }),
      detail: msg('aws.denied.detail', acting),
      todo: msg('aws.denied.todo'),
    };
  const managed = MANAGED_POLICIES[context.service];
  return {
    title: msg('aws.read-only-denied.title', { service: context.service, ...acting }),
    detail: msg('aws.read-only-denied.detail', acting),
    todo: msg('aws.read-only-denied.todo', {
      ...acting,
      ...(managed ? { managed } : {}),
      iam: context.service === 'iam',
    }),
  };
}

function explainUnknownKey(context: ErrorContext): Explanation {
  if (READ_ONLY.has(context.service))
    return {
      title: msg('aws.unknown-key.read-only.title'),
      detail: msg('aws.unknown-key.read-only.detail'),
      todo: msg('aws.unknown-key.read-only.todo'),
    };
  return {
    title: msg('aws.unknown-key.title'),
    detail: msg('aws.unknown-key.detail'),
    todo: msg('aws.unknown-key.todo'),
  };
}

function explainSignature(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  if (error.reason === 'clock-skew')
    return {
      title: msg('aws.clock-skew.title'),
      detail: msg('aws.clock-skew.detail'),
      todo: msg('aws.clock-skew.todo'),
    };
  if (READ_ONLY.has(context.service))
    return {
      title: msg('aws.signature.read-only.title'),
      detail: msg('aws.signature.read-only.detail'),
      todo: msg('aws.signature.read-only.todo'),
    };
  return {
    title: msg('aws.signature.title'),
    detail: msg('aws.signature.detail'),
    todo: msg('aws.signature.todo'),
  };
}

function explainInvalidCredentials(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  const signature = error.reason === 'clock-skew' || /signature/i.test(error.code) || /signature/i.test(error.message);
  return signature ? explainSignature(error, context) : explainUnknownKey(context);
}

function explainExpired(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  if (error.reason === 'token-expired')
    return {
      title:
        context.service === 'cognito-identity'
          ? msg('aws.token-expired.id-token.title')
          : msg('aws.token-expired.session.title'),
      detail: msg('aws.token-expired.detail'),
      todo: msg('aws.token-expired.todo'),
    };
  if (READ_ONLY.has(context.service))
    return {
      title: msg('aws.expired.read-only.title'),
      detail: msg('aws.expired.read-only.detail'),
      todo: msg('aws.expired.read-only.todo'),
    };
  return { title: msg('aws.expired.title'), detail: msg('aws.expired.detail'), todo: msg('aws.expired.todo') };
}

function explainServer(_: ClassifiedAwsError, context: ErrorContext): Explanation {
  return {
    title: msg('aws.server.title', { service: context.service }),
    detail: msg('aws.server.detail'),
    todo: msg('aws.server.todo'),
  };
}

function explainOther(error: ClassifiedAwsError, context: ErrorContext): Explanation {
  return {
    title: msg('aws.other.title', { service: context.service, code: error.code }),
    detail: msg('aws.other.detail'),
    todo: error.recoverySuggestion
      ? msg('aws.other.todo.suggested', { message: sanitizeAwsMessage(error.recoverySuggestion) })
      : msg('aws.other.todo'),
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

/** What went wrong in terms the engineer can act on, as message ids; never throws and never echoes a secret. */
export function explainAwsError(error: unknown, context: ErrorContext): AwsErrorExplanation {
  const classified = classifyAwsError(error, { service: context.service });
  const { title, detail, todo } = EXPLAIN[classified.kind](classified, context);
  const original = classified.message
    ? `${classified.code}: ${sanitizeAwsMessage(classified.message)}`
    : classified.code;
  const said = msg('aws.said', { message: original });
  return { name: classified.code, title, detail, said, todo, retryable: classified.retryable };
}

/** The explanation's sentences in order, for a screen that shows them as one text. */
export function explanationMessages(explained: AwsErrorExplanation): Message[] {
  return [explained.detail, explained.said, explained.todo].map(wordsMessage);
}

/**
 * An explanation as plain text in a catalog's language (the CLI: English). `detail` carries AWS's own words after
 * the explanation, quoted.
 */
export function renderExplanation(
  explained: AwsErrorExplanation,
  catalog: Catalog,
): { name: string; title: string; detail: string; todo: string; retryable: boolean } {
  const say = (message: AwsMessage) => render(wordsMessage(message), catalog);
  return {
    name: explained.name,
    title: say(explained.title),
    detail: `${say(explained.detail)}${say({ id: 'aws.sep' })}${say(explained.said)}`,
    todo: say(explained.todo),
    retryable: explained.retryable,
  };
}
