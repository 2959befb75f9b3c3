import type { Case, GraphqlStep } from '../case';
import type { Facts } from '../facts';
import { msg } from '../messages/catalog';
import { pointer, resolvePointer } from '../proof';
import type { Proof } from '../verdict';

/** A proof for any path in the case; its value is read from the case, so it always resolves to what it shows. */
export function caseProof<L>(
  c: Case,
  path: (string | number)[],
  label: L,
): { label: L; pointer: string; value: string } {
  const ptr = pointer(...path);
  const value = resolvePointer(c, ptr);
  return { label, pointer: ptr, value: typeof value === 'object' ? JSON.stringify(value) : String(value) };
}

/** Path of a step in the case, for `caseProof`. */
export function stepPath(c: Case, step: Case['steps'][number]): (string | number)[] {
  return ['steps', c.steps.indexOf(step)];
}

/** The first GraphQL error (AppSync's `errors`) whose message matches, with its index. */
export function graphqlError(
  graphql: GraphqlStep | undefined,
  pattern: RegExp,
): { index: number; message: string; match: RegExpMatchArray } | undefined {
  if (!graphql) return undefined;
  for (const [index, error] of graphql.errors.entries()) {
    const match = error.message.match(pattern);
    if (match) return { index, message: error.message, match };
  }
  return undefined;
}

/** The first recorded AppSync call with this error type (Amplify may have retried: every attempt is kept). */
export function appsyncCall(graphql: GraphqlStep | undefined, errorType: string): number {
  return graphql ? graphql.calls.findIndex((call) => call.service === 'appsync' && call.errorType === errorType) : -1;
}

// AppSync's answers when no authorization mode of the API reads the request's header, so it never evaluated IAM:
// a SigV4 header on an API with a token mode reads as a broken JWT (aws-amplify/docs #1884, amplify-js #2645, #4553);
// a header no mode fits (amplify-js #4373); a user pool JWT sent to an API whose only mode is AWS_IAM is parsed as a
// broken signature, `IncompleteSignatureException` echoing the token (amplify-js #2035, #7906).
const NO_MODE_FITS =
  /^(Unable to parse JWT token|Valid authorization header not provided)|^Authorization header requires 'Credential' parameter/;

/** The first AppSync error saying that no mode of the API could read the request's authorization. */
export function noModeFits(graphql: GraphqlStep | undefined): ReturnType<typeof graphqlError> {
  return graphqlError(graphql, NO_MODE_FITS);
}

// Amplify v6 replaces the message of every AppSync UnauthorizedException with this word, plus an authMode
// recoverySuggestion (@aws-amplify/api-graphql utils/errors/repackageAuthError): AppSync's own text is then lost.
const AMPLIFY_REWRITE = 'Unauthorized';

/** AppSync's own message (not Amplify's rewrite of it), with its index in `errors`, when the case has it. */
export function appsyncMessage(graphql: GraphqlStep | undefined): { index: number; message: string } | undefined {
  const index = graphql?.errors.findIndex((e) => e.message !== '' && e.message !== AMPLIFY_REWRITE) ?? -1;
  const message = graphql?.errors[index]?.message;
  return message === undefined ? undefined : { index, message };
}

// Names the browser gives failures that happen before (or instead of) an answer from AppSync.
const CLIENT_SIDE = /^(NoCredentials|NetworkError|TypeError|Error)$/;

/** AppSync answered the request: a status, a recorded call, or errors only AppSync writes. False when the app threw first. */
export function answeredByAppSync(graphql: GraphqlStep): boolean {
  return (
    graphql.status !== undefined ||
    graphql.calls.some((call) => call.service === 'appsync') ||
    graphql.errors.some((e) => e.errorType !== undefined && !CLIENT_SIDE.test(e.errorType))
  );
}

/** The case shows the request carried a SigV4 signature (the key or the scope it was signed with). */
export function signedWithIam(graphql: GraphqlStep): boolean {
  return graphql.signedWithAccessKeyId !== undefined || graphql.signingScope !== undefined;
}

/**
 * Why a hypothesis about AppSync's answer has nothing to judge: the chain stopped before the request, the case
 * holds no request, or the app threw before sending it. Undefined when AppSync answered.
 */
export function unanswered({
  case: c,
  steps,
}: Pick<Facts, 'case' | 'steps'>): { reason: Proof['label']; proofs: Proof[] } | undefined {
  const { signIn, credentials, graphql } = steps;
  if (!graphql) {
    const failed = [signIn, credentials].find((step) => step?.outcome === 'error');
    if (failed?.kind === 'sign-in' || failed?.kind === 'credentials')
      return {
        reason: msg('appsync-stage.ruled-out.stopped', { stage: failed.kind }),
        proofs: failed.error
          ? [caseProof(c, [...stepPath(c, failed), 'error', 'name'], msg('appsync-stage.proof.error'))]
          : [],
      };
    return { reason: msg('appsync-stage.ruled-out.no-request'), proofs: [] };
  }
  if (answeredByAppSync(graphql)) return undefined;
  return {
    reason: msg('appsync-stage.ruled-out.not-sent', { name: graphql.error?.name ?? '' }),
    proofs: graphql.error
      ? [caseProof(c, [...stepPath(c, graphql), 'error', 'message'], msg('appsync-stage.proof.error'))]
      : [],
  };
}

/** The region an AppSync endpoint names (`<id>.appsync-api.<region>.amazonaws.com`), when it is AWS's own host. */
export function endpointRegion(endpoint: string): string | undefined {
  return /\.appsync-api\.([a-z0-9-]+)\.amazonaws\.com/.exec(endpoint)?.[1];
}
