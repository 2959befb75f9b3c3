import type { GraphqlStep } from '../case';
import { msg } from '../messages/catalog';
import type { Finding, Hypothesis, Proof } from '../verdict';
import {
  answeredByAppSync,
  appsyncMessage,
  caseProof,
  noModeFits,
  signedWithIam,
  stepPath,
  unanswered,
} from './support';

// What Amplify throws when an IAM call finds no identity pool credentials: nothing is sent.
const NO_CREDENTIALS = /No credentials|NoCredentials|credentials.*(not|un)available/i;

/** AppSync refused a call: 401/403, an authorization error type, or field errors of type Unauthorized inside a 200. */
function refusedCall(graphql: GraphqlStep): boolean {
  const types = [graphql.errorType, ...graphql.errors.map((e) => e.errorType)];
  return (
    graphql.status === 401 ||
    graphql.status === 403 ||
    types.some((t) => t?.startsWith('Unauthorized') || t === 'IncompleteSignatureException')
  );
}

/**
 * The GraphQL call used another auth mode than the one the app config (and the API's rule) expects: a user pool,
 * API key, OIDC or Lambda call refused by AppSync, or an IAM call that Amplify could not make for lack of
 * credentials. An IAM-signed call is the IAM-specific modes' question (api-lacks-iam-mode, the policy modes,
 * field-lacks-iam-directive), so this hypothesis steps aside for it.
 */
export const authModeMismatch: Hypothesis = {
  id: 'auth-mode-mismatch',
  assess(facts) {
    const { case: c, steps } = facts;
    const { credentials, graphql } = steps;
    const modes = (g: GraphqlStep): Proof[] => [
      caseProof(c, ['target', 'authMode'], msg('appsync-stage.proof.config-mode')),
      caseProof(c, [...stepPath(c, g), 'authMode'], msg('appsync-stage.proof.call-mode')),
    ];

    // An IAM call Amplify could not sign: it threw before sending anything.
    if (graphql?.authMode === 'iam' && graphql.error && !answeredByAppSync(graphql)) {
      const { message } = graphql.error;
      if (NO_CREDENTIALS.test(`${graphql.error.name} ${message}`)) {
        if (credentials?.outcome === 'error')
          return {
            status: 'ruled-out',
            reason: msg('auth-mode-mismatch.ruled-out.credentials-failed'),
            proofs: credentials.error
              ? [caseProof(c, [...stepPath(c, credentials), 'error', 'name'], msg('appsync-stage.proof.error'))]
              : [],
          };
        const proofs = [
          ...modes(graphql),
          caseProof(c, [...stepPath(c, graphql), 'error', 'message'], msg('appsync-stage.proof.error')),
        ];
        const finding: Finding = {
          brokenLink,
          headline: msg('auth-mode-mismatch.headline.no-credentials'),
          explanation: msg('auth-mode-mismatch.explanation.no-credentials', { message }),
          fix: { summary: msg('auth-mode-mismatch.fix.no-credentials') },
          customerMessage: msg('auth-mode-mismatch.customer.no-credentials'),
        };
        // Without the identity pool's call in the evidence, a pool that refused (and an Amplify that swallowed its
        // error: v5's GraphQLAPI turns every credentials failure into "No credentials") fits as well.
        if (!credentials)
          return {
            status: 'consistent',
            reason: msg('auth-mode-mismatch.consistent.no-credentials', { message }),
            proofs,
            decidedBy: {
              kind: 'run-chain',
              how: msg('need.credentials-call.how'),
              ask: msg('need.credentials-call.ask'),
            },
            finding,
          };
        return {
          status: 'confirmed',
          reason: msg('auth-mode-mismatch.confirmed.no-credentials', { message }),
          proofs,
          finding,
        };
      }
    }
    const stopped = unanswered(facts);
    if (stopped || !graphql)
      return { status: 'ruled-out', ...(stopped ?? { reason: msg('appsync-stage.ruled-out.no-request'), proofs: [] }) };

    const status =
      graphql.status !== undefined
        ? [caseProof(c, [...stepPath(c, graphql), 'status'], msg('proof.appsync-status'))]
        : [];
    const text = appsyncMessage(graphql);
    const textProof = text
      ? [caseProof(c, [...stepPath(c, graphql), 'errors', text.index, 'message'], msg('appsync-stage.proof.message'))]
      : [];
    const message = text?.message ?? '';

    if (graphql.authMode === 'iam') {
      // AppSync could not read the call, and the case does not show it was signed: which mode it used is open.
      const unread = noModeFits(graphql);
      if (unread && !signedWithIam(graphql))
        return {
          status: 'consistent',
          reason: msg('auth-mode-mismatch.consistent.unread', { message: unread.message }),
          proofs: [...modes(graphql), ...status, ...textProof],
          decidedBy: { kind: 'app-call-code', how: msg('need.app-call-code.how'), ask: msg('need.app-call-code.ask') },
          finding: unreadCall({ message: unread.message }),
        };
      return {
        status: 'ruled-out',
        reason: msg('auth-mode-mismatch.ruled-out.iam-signed'),
        proofs: [caseProof(c, [...stepPath(c, graphql), 'authMode'], msg('appsync-stage.proof.call-mode'))],
      };
    }

    const used = graphql.authMode;
    if (!refusedCall(graphql))
      return {
        status: 'ruled-out',
        reason: msg('auth-mode-mismatch.ruled-out.accepted', { mode: used }),
        proofs: status,
      };
    // AppSync read the token and found it expired (sandbox request-auth.ts): it has the mode.
    if (/^Token has expired/.test(message))
      return { status: 'ruled-out', reason: msg('auth-mode-mismatch.ruled-out.token-expired'), proofs: textProof };

    // AppSync could not read a token sent as "Bearer <token>" (bearer-prefix): the refusal is the prefix's.
    if (graphql.authorizationScheme === 'Bearer' && noModeFits(graphql))
      return {
        status: 'ruled-out',
        reason: msg('auth-mode-mismatch.ruled-out.bearer'),
        proofs: [caseProof(c, [...stepPath(c, graphql), 'authorizationScheme'], msg('bearer-prefix.proof.scheme'))],
      };
    const expected = c.target.authMode;
    const proofs = [...modes(graphql), ...status, ...textProof];
    if (used !== expected)
      return {
        status: 'confirmed',
        reason: msg('auth-mode-mismatch.confirmed.other-mode', { used, expected, message }),
        proofs,
        finding: otherMode({ used, want: expected, expected, message }),
      };
    return {
      status: 'consistent',
      reason: msg('auth-mode-mismatch.consistent.same-mode', { mode: used, message }),
      proofs,
      decidedBy: {
        kind: 'api-auth-modes',
        how: msg('need.api-auth-modes.how', { apiId: c.target.apiId ?? '<API_ID>' }),
        ask: msg('need.api-auth-modes.ask'),
      },
      finding: sameMode({ mode: used, message }),
    };
  },
};

const brokenLink = 'appsync-authorized' as const;

function otherMode(p: { used: string; want: string; expected: string; message: string }): Finding {
  return {
    brokenLink,
    headline: msg('auth-mode-mismatch.headline.other-mode', { used: p.used, want: p.want }),
    explanation: msg('auth-mode-mismatch.explanation.other-mode', {
      expected: p.expected,
      used: p.used,
      message: p.message,
    }),
    fix: { summary: msg('auth-mode-mismatch.fix.other-mode', { want: p.want, used: p.used }) },
    customerMessage: msg('auth-mode-mismatch.customer.other-mode', { used: p.used, want: p.want }),
  };
}

function sameMode(p: { mode: string; message: string }): Finding {
  return {
    brokenLink,
    headline: msg('auth-mode-mismatch.headline.same-mode', { mode: p.mode }),
    explanation: msg('auth-mode-mismatch.explanation.same-mode', p),
    fix: { summary: msg('auth-mode-mismatch.fix.same-mode', { mode: p.mode }) },
    customerMessage: msg('auth-mode-mismatch.customer.same-mode', { mode: p.mode }),
  };
}

function unreadCall(p: { message: string }): Finding {
  return {
    brokenLink,
    headline: msg('auth-mode-mismatch.headline.unread'),
    explanation: msg('auth-mode-mismatch.explanation.unread', p),
    fix: { summary: msg('auth-mode-mismatch.fix.unread') },
    customerMessage: msg('auth-mode-mismatch.customer.unread', p),
  };
}
