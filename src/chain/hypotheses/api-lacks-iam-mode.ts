import { msg } from '../messages/catalog';
import type { Assessment, Finding, Hypothesis, Proof } from '../verdict';
import { appsyncMessage, caseProof, noModeFits, signedWithIam, stepPath, unanswered } from './support';

// Errors AppSync raises only while verifying a SigV4 signature, i.e. in an AWS_IAM mode (amplify-js #2422, #11480,
// #3447; aws-mobile-appsync-sdk-js #702): a 400 BadRequestException "Signature expired" counts too.
const SIGNATURE_CHECK = /Signature|ExpiredToken|UnrecognizedClient|InvalidClientTokenId/;
const NO_HEADER = /^Valid authorization header not provided/;

/**
 * An IAM-signed request that AppSync could not read as IAM: it answered with one of its "no mode of this API reads
 * this header" texts ("Unable to parse JWT token." when the API has a token mode), so AWS_IAM is not one of the API's
 * modes. Any sign that AppSync evaluated IAM (a 200, a signature check, IAM's own refusal) rules it out.
 */
export const apiLacksIamMode: Hypothesis = {
  id: 'api-lacks-iam-mode',
  assess(facts) {
    const stopped = unanswered(facts);
    const { case: c, steps } = facts;
    const { credentials, graphql } = steps;
    if (stopped || !graphql)
      return { status: 'ruled-out', ...(stopped ?? { reason: msg('appsync-stage.ruled-out.no-request'), proofs: [] }) };
    const at = (path: (string | number)[], label: Proof['label']) =>
      caseProof(c, [...stepPath(c, graphql), ...path], label);
    if (graphql.authMode !== 'iam')
      return {
        status: 'ruled-out',
        reason: msg('appsync-stage.ruled-out.not-iam', { mode: graphql.authMode }),
        proofs: [at(['authMode'], msg('appsync-stage.proof.call-mode'))],
      };
    const status = graphql.status !== undefined ? [at(['status'], msg('proof.appsync-status'))] : [];
    if (graphql.status === 200)
      return { status: 'ruled-out', reason: msg('api-lacks-iam-mode.ruled-out.accepted'), proofs: status };

    const errorType = graphql.errorType ?? graphql.errors[0]?.errorType ?? '';
    const errorTypeProof = graphql.errorType
      ? [at(['errorType'], msg('appsync-stage.proof.error-type'))]
      : graphql.errors[0]?.errorType
        ? [at(['errors', 0, 'errorType'], msg('appsync-stage.proof.error-type'))]
        : [];
    if (
      SIGNATURE_CHECK.test(errorType) ||
      (errorType === 'BadRequestException' && graphql.errors.some((e) => /Signature/.test(e.message)))
    )
      return {
        status: 'ruled-out',
        reason: msg('api-lacks-iam-mode.ruled-out.signature', { errorType }),
        proofs: [...status, ...errorTypeProof],
      };

    const apiId = c.target.apiId ?? '';
    const unread = noModeFits(graphql);
    if (unread) {
      const proofs: Proof[] = [];
      if (graphql.signingScope) proofs.push(at(['signingScope'], msg('appsync-stage.proof.scope')));
      if (graphql.signedWithAccessKeyId)
        proofs.push(at(['signedWithAccessKeyId'], msg('appsync-stage.proof.signed-with')));
      if (credentials?.outcome === 'ok' && credentials.accessKeyId)
        proofs.push(caseProof(c, [...stepPath(c, credentials), 'accessKeyId'], msg('appsync-stage.proof.credentials')));
      proofs.push(...status, at(['errors', unread.index, 'message'], msg('appsync-stage.proof.message')));
      const { message } = unread;
      // "Valid authorization header not provided." is also AppSync's answer when the header never arrived (a proxy
      // or custom domain that drops it, amplify-js #4373): only the API's modes tell that from a missing IAM mode.
      if (signedWithIam(graphql) && NO_HEADER.test(message))
        return {
          status: 'consistent',
          reason: msg('api-lacks-iam-mode.consistent.no-header', { message }),
          proofs,
          decidedBy: {
            kind: 'api-auth-modes',
            how: msg('need.api-auth-modes.how', { apiId: apiId || '<API_ID>' }),
            ask: msg('need.api-auth-modes.ask'),
          },
          finding: finding(
            msg('api-lacks-iam-mode.explanation', { message }),
            msg('api-lacks-iam-mode.customer.unproven', { apiId }),
          ),
        };
      if (signedWithIam(graphql))
        return {
          status: 'confirmed',
          reason: msg('api-lacks-iam-mode.confirmed', { message }),
          proofs,
          finding: finding(
            msg('api-lacks-iam-mode.explanation', { message }),
            msg('api-lacks-iam-mode.customer', { apiId, message }),
          ),
        };
      // The case names IAM (an offline case takes the app config's mode) but does not show the signature.
      return {
        status: 'consistent',
        reason: msg('api-lacks-iam-mode.consistent.unsigned', { message }),
        proofs,
        decidedBy: { kind: 'app-call-code', how: msg('need.app-call-code.how'), ask: msg('need.app-call-code.ask') },
        finding: finding(
          msg('api-lacks-iam-mode.explanation.unsigned', { message }),
          msg('api-lacks-iam-mode.customer.unproven', { apiId }),
        ),
      };
    }

    if (graphql.status === 401 && errorType === 'UnauthorizedException') return refusedWithoutModeText();
    return {
      status: 'ruled-out',
      reason: msg('api-lacks-iam-mode.ruled-out.other-answer', {
        status: graphql.status === undefined ? '' : String(graphql.status),
        errorType,
      }),
      proofs: [...status, ...errorTypeProof],
    };

    /** A 401 UnauthorizedException: IAM's refusal, unless Amplify hid the text that would tell. */
    function refusedWithoutModeText(): Assessment {
      const text = appsyncMessage(graphql);
      if (text)
        return {
          status: 'ruled-out',
          reason: msg('api-lacks-iam-mode.ruled-out.iam-refusal', { message: text.message }),
          proofs: [...status, at(['errors', text.index, 'message'], msg('appsync-stage.proof.message'))],
        };
      // Amplify-generated configs (amplify_outputs.json, aws-exports.js) are written from the deployed API's modes.
      if (c.target.authMode === 'iam')
        return {
          status: 'ruled-out',
          reason: msg('api-lacks-iam-mode.ruled-out.config'),
          proofs: [caseProof(c, ['target', 'authMode'], msg('appsync-stage.proof.config-mode'))],
        };
      return {
        status: 'consistent',
        reason: msg('api-lacks-iam-mode.consistent.rewritten'),
        proofs: [...status, ...errorTypeProof],
        decidedBy: {
          kind: 'api-auth-modes',
          how: msg('need.api-auth-modes.how', { apiId: apiId || '<API_ID>' }),
          ask: msg('need.api-auth-modes.ask'),
        },
        finding: finding(
          msg('api-lacks-iam-mode.explanation.rewritten'),
          msg('api-lacks-iam-mode.customer.unproven', { apiId }),
        ),
      };
    }
  },
};

function finding(explanation: Finding['explanation'], customerMessage: Finding['customerMessage']): Finding {
  return {
    brokenLink: 'appsync-authorized',
    headline: msg('api-lacks-iam-mode.headline'),
    explanation,
    fix: {
      summary: msg('api-lacks-iam-mode.fix'),
      policy: { additionalAuthenticationProviders: [{ authenticationType: 'AWS_IAM' }] },
    },
    misleading: msg('api-lacks-iam-mode.misleading'),
    customerMessage,
  };
}
