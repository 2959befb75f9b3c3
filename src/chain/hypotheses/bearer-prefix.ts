import { msg } from '../messages/catalog';
import type { Assessment, Hypothesis, Proof } from '../verdict';
import { caseProof, noModeFits, stepPath, unanswered } from './support';

/**
 * The app sent its user pool (or OIDC) token to AppSync as `Authorization: Bearer <token>`; AppSync takes the bare
 * token and answers 401 UnauthorizedException "Unable to parse JWT token." (aws/aws-appsync-community #198, #96) or
 * "Valid authorization header not provided." (aws-amplify/amplify-js #8892: an axios interceptor adding `Bearer `).
 * The AWS Knowledge Center article on AppSync unauthorized errors lists it. Decided by the header's scheme, which the
 * run records (never the token); without it, the same answers fit a token for a mode the API lacks.
 */
export const bearerPrefix: Hypothesis = {
  id: 'bearer-prefix',
  assess(facts): Assessment {
    const {
      case: c,
      steps: { graphql },
    } = facts;
    const stopped = unanswered(facts);
    if (stopped || !graphql)
      return { status: 'ruled-out', ...(stopped ?? { reason: msg('appsync-stage.ruled-out.no-request'), proofs: [] }) };
    const scheme = graphql.authorizationScheme;
    const schemeProof = scheme
      ? [caseProof(c, [...stepPath(c, graphql), 'authorizationScheme'], msg('bearer-prefix.proof.scheme'))]
      : [];
    if (graphql.authMode === 'iam' && scheme !== 'Bearer')
      return {
        status: 'ruled-out',
        reason: msg('bearer-prefix.ruled-out.iam'),
        proofs: [caseProof(c, [...stepPath(c, graphql), 'authMode'], msg('appsync-stage.proof.call-mode'))],
      };
    const unread = noModeFits(graphql);
    if (graphql.status !== 401 || !unread)
      return {
        status: 'ruled-out',
        reason: msg('bearer-prefix.ruled-out.answer'),
        proofs:
          graphql.status !== undefined
            ? [caseProof(c, [...stepPath(c, graphql), 'status'], msg('proof.appsync-status'))]
            : [],
      };
    if (scheme && scheme !== 'Bearer')
      return { status: 'ruled-out', reason: msg('bearer-prefix.ruled-out.scheme', { scheme }), proofs: schemeProof };
    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, graphql), 'status'], msg('proof.appsync-status')),
      caseProof(c, [...stepPath(c, graphql), 'errors', unread.index, 'message'], msg('appsync-stage.proof.message')),
      ...schemeProof,
    ];
    const finding = {
      brokenLink: 'appsync-authorized' as const,
      headline: msg('bearer-prefix.headline'),
      explanation: msg('bearer-prefix.explanation', { message: unread.message }),
      fix: { summary: msg('bearer-prefix.fix') },
      customerMessage: msg('bearer-prefix.customer', { message: unread.message }),
    };
    if (scheme === 'Bearer') return { status: 'confirmed', reason: msg('bearer-prefix.confirmed'), proofs, finding };
    return {
      status: 'consistent',
      reason: msg('bearer-prefix.consistent', { message: unread.message }),
      proofs,
      finding,
      decidedBy: { kind: 'app-call-code', how: msg('need.app-call-code.how'), ask: msg('need.app-call-code.ask') },
    };
  },
};
