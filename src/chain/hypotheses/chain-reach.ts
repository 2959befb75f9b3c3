import type { CredentialsStep, GraphqlStep } from '../case';
import type { Facts } from '../facts';
import { msg, type Message } from '../messages/catalog';
import type { Assessment, EvidenceNeed, Proof } from '../verdict';
import { caseProof, stepPath } from './support';

type RuledOut = Extract<Assessment, { status: 'ruled-out' }>;

/**
 * How far the chain got, for the hypotheses of the identity pool and of the signature. A mode whose symptom is at a
 * step the chain never reached is ruled out by where it stopped, which the verdict says; nothing collected at all
 * (`none`) rules every mode out too, so that the verdict asks for the run instead of naming a cause.
 */

/** AppSync answered the request (a status, an error type or errors) or a call to it was recorded. */
export function requestSent(graphql: GraphqlStep | undefined): boolean {
  if (!graphql) return false;
  return (
    graphql.status !== undefined ||
    graphql.errorType !== undefined ||
    graphql.errors.length > 0 ||
    graphql.calls.some((call) => call.service === 'appsync')
  );
}

/** Ruled out for a mode at the identity pool when the evidence does not reach it; undefined when it does. */
export function poolNotAsked({ case: c, steps: { signIn, credentials, graphql } }: Facts): RuledOut | undefined {
  if (credentials || (graphql?.authMode === 'iam' && requestSent(graphql))) return undefined;
  if (signIn?.outcome === 'error')
    return {
      status: 'ruled-out',
      reason: msg('chain.pool-not-asked', { stop: 'sign-in' }),
      proofs: errorProofs(c, signIn),
    };
  return { status: 'ruled-out', reason: msg('chain.pool-not-asked', { stop: 'none' }), proofs: [] };
}

/**
 * The identity pool's refusal a mode of the credentials step judges; or why that mode is ruled out: the evidence does
 * not reach the pool, or the pool issued credentials (`issued` says so in the mode's words, with what shows it).
 */
export function poolRefusal(
  facts: Facts,
  issued: Message,
): { credentials: CredentialsStep; ruledOut?: undefined } | { ruledOut: RuledOut } {
  const notAsked = poolNotAsked(facts);
  if (notAsked) return { ruledOut: notAsked };
  const { credentials } = facts.steps;
  if (credentials?.outcome !== 'error')
    return { ruledOut: { status: 'ruled-out', reason: issued, proofs: issuedProofs(facts) } };
  return { credentials };
}

/** Ruled out for a mode at the AppSync request when no request was sent; undefined when one was. */
function requestNotSent({ case: c, steps: { signIn, credentials, graphql } }: Facts): RuledOut | undefined {
  if (requestSent(graphql)) return undefined;
  const [stop, step] =
    graphql?.outcome === 'error'
      ? (['graphql', graphql] as const)
      : credentials?.outcome === 'error'
        ? (['credentials', credentials] as const)
        : signIn?.outcome === 'error'
          ? (['sign-in', signIn] as const)
          : (['none', undefined] as const);
  return {
    status: 'ruled-out',
    reason: msg('chain.request-not-sent', { stop }),
    proofs: step ? errorProofs(c, step) : [],
  };
}

/** Ruled out for a mode of SigV4 signing when the call used another auth mode (no identity pool credentials). */
function notSignedWithIam({ case: c, steps: { graphql } }: Facts): RuledOut | undefined {
  if (!graphql || graphql.authMode === 'iam') return undefined;
  return {
    status: 'ruled-out',
    reason: msg('chain.not-iam', { authMode: graphql.authMode }),
    proofs: [caseProof(c, [...stepPath(c, graphql), 'authMode'], msg('chain.proof.auth-mode'))],
  };
}

/** The AppSync request, sent and SigV4-signed with identity pool credentials; or why a mode of it is ruled out. */
export function signedRequest(facts: Facts): { graphql: GraphqlStep; ruledOut?: undefined } | { ruledOut: RuledOut } {
  const ruledOut = requestNotSent(facts) ?? notSignedWithIam(facts);
  const { graphql } = facts.steps;
  return ruledOut || !graphql ? { ruledOut: ruledOut ?? notReached() } : { graphql };
}

const notReached = (): RuledOut => ({
  status: 'ruled-out',
  reason: msg('chain.request-not-sent', { stop: 'none' }),
  proofs: [],
});

/** What shows the identity pool issued credentials: the access key it gave, or AppSync answering a signed request. */
export function issuedProofs({ case: c, steps: { credentials, graphql } }: Facts): Proof[] {
  if (credentials?.outcome === 'ok' && credentials.accessKeyId)
    return [caseProof(c, [...stepPath(c, credentials), 'accessKeyId'], msg('chain.proof.credentials-issued'))];
  if (graphql?.status !== undefined)
    return [caseProof(c, [...stepPath(c, graphql), 'status'], msg('chain.proof.signed-request-answered'))];
  return [];
}

/** The identity pool refused with an error that is not this mode's: ruled out, with the error as proof. */
export function otherPoolError({ case: c }: Facts, credentials: CredentialsStep): RuledOut {
  return {
    status: 'ruled-out',
    reason: msg('chain.other-pool-error', { name: credentials.error?.name ?? '' }),
    proofs: errorProofs(c, credentials),
  };
}

function errorProofs(c: Facts['case'], step: Facts['case']['steps'][number]): Proof[] {
  if (!step.error) return [caseProof(c, [...stepPath(c, step), 'outcome'], msg('chain.proof.outcome'))];
  return [
    caseProof(c, [...stepPath(c, step), 'error', 'name'], msg('chain.proof.stopped-with')),
    caseProof(c, [...stepPath(c, step), 'error', 'message'], msg('chain.proof.message')),
  ];
}

// AppSync's answers when the auth *mode* is wrong rather than IAM's decision on a role (as iam-denial.ts reads them).
const NOT_AN_IAM_DECISION = /JWT|authorization header|Valid authorization/i;
// AppSync's field-level refusal inside a 200.
export const FIELD_DENIED = /^Not Authorized to access (\w+) on type (\w+)/;

/**
 * AppSync refused the caller's role: IAM's 401 UnauthorizedException (`iam`), or a field refused inside a 200
 * (`field`: Amplify's generated resolvers admit only the deployed auth/unauth roles). Unlike `facts.iamDenial`, it
 * also reads guest credentials and requests whose credentials step is not in the evidence (pasted errors).
 */
export function roleRefusal(graphql: GraphqlStep): 'iam' | 'field' | undefined {
  const errorType = graphql.errorType ?? graphql.errors[0]?.errorType;
  if (graphql.status === 401 && errorType === 'UnauthorizedException')
    return graphql.errors.some((e) => NOT_AN_IAM_DECISION.test(e.message)) ? undefined : 'iam';
  if (graphql.status === 200 && graphql.errors.some((e) => FIELD_DENIED.test(e.message))) return 'field';
  return undefined;
}

/** Ruled out for a mode about the caller's role when AppSync did not refuse the role. */
export function noRoleRefusal({ case: c }: Facts, graphql: GraphqlStep): RuledOut {
  return {
    status: 'ruled-out',
    reason: msg('chain.no-role-refusal', {
      ...(graphql.status !== undefined ? { status: graphql.status } : {}),
      ...(graphql.errorType ? { errorType: graphql.errorType } : {}),
    }),
    proofs:
      graphql.status !== undefined
        ? [caseProof(c, [...stepPath(c, graphql), 'status'], msg('chain.proof.appsync-answered'))]
        : [],
  };
}

/** The schema decides a field refused inside a 200: a field without @aws_iam, or a resolver that admits other roles. */
export function schemaNeed({ case: c }: Facts, graphql: GraphqlStep): EvidenceNeed {
  const denied = graphql.errors.map((e) => FIELD_DENIED.exec(e.message)).find(Boolean);
  const first = graphql.fields[0];
  const field = denied ? `${denied[2]}.${denied[1]}` : first ? `${first.typeName}.${first.fieldName}` : '';
  const apiId = c.target.apiId ?? '<API_ID>';
  return {
    kind: 'appsync-schema',
    how: msg('need.appsync-schema.how', { apiId, field }),
    ask: msg('need.appsync-schema.ask', { field }),
  };
}
