import type { Proof, Rule } from './legacy';
import { appsyncCall, caseProof, duration, graphqlError, stepPath, utc } from './support';

const EXPIRED_TEXT = /security token included in the request is expired/i;

/**
 * AppSync refused the signed request because the identity pool credentials had expired (ExpiredTokenException).
 * Proven when the credentials' expiration is before the request by the browser's own clock, with no clock skew.
 */
export const credentialsExpired: Rule = {
  id: 'credentials-expired',
  evaluate({ case: c, steps: { credentials, graphql } }) {
    if (!graphql || graphql.authMode !== 'iam' || graphql.outcome !== 'error') return null;
    const text = graphqlError(graphql, EXPIRED_TEXT);
    const call = appsyncCall(graphql, 'ExpiredTokenException');
    if (!text && call < 0 && graphql.errorType !== 'ExpiredTokenException') return null;

    const expiration = credentials?.expiration;
    const expiredBefore = expiration !== undefined && Date.parse(expiration) <= Date.parse(graphql.at);
    const proofs: Proof[] = [];
    if (call >= 0) proofs.push(caseProof(c, [...stepPath(c, graphql), 'calls', call, 'errorType'], 'AppSync answered'));
    if (text) proofs.push(caseProof(c, [...stepPath(c, graphql), 'errors', text.index, 'message'], 'with'));
    if (credentials && expiration)
      proofs.push(caseProof(c, [...stepPath(c, credentials), 'expiration'], 'Credentials expire'));
    proofs.push(caseProof(c, [...stepPath(c, graphql), 'at'], 'Request signed at'));
    const late = expiration ? duration((Date.parse(graphql.at) - Date.parse(expiration)) / 1000) : '';
    return {
      cause: 'credentials-expired',
      brokenLink: 'credentials-valid-at-request',
      confidence: expiredBefore ? 'proven' : 'likely',
      headline: expiredBefore
        ? `The request was signed with credentials that had expired ${late} earlier.`
        : 'AppSync says the credentials that signed the request had expired.',
      explanation:
        `AppSync refused the request with ExpiredTokenException (The security token included in the request is expired). ` +
        (expiration
          ? `The identity pool credentials expired at ${utc(expiration)}; the request was signed at ${utc(graphql.at)}. `
          : '') +
        'Amplify keeps credentials for 50 minutes by its own clock without looking at their expiration; code that keeps them longer, or a shorter lifetime, signs with expired ones.',
      proofs,
      fix: {
        summary:
          'Get credentials right before signing: call `fetchAuthSession()` for each request (or `fetchAuthSession({ forceRefresh: true })` once their expiration has passed) instead of keeping them.',
      },
      ...(expiredBefore
        ? {}
        : {
            missing: "The credentials' expiration time (from the identity pool's answer) would confirm it.",
            alternatives: ['clock-skew' as const],
          }),
      misleading: "Amplify's recovery suggestion (about authMode) does not apply: the credentials had expired.",
      customerMessage: {
        en: `AppSync refuses the request because it was signed with expired credentials ("The security token included in the request is expired"${expiration ? `; they expired at ${utc(expiration)}` : ''}). Please have the app fetch fresh credentials (fetchAuthSession) before each request instead of reusing stored ones.`,
        ja: `期限切れの認証情報で署名されているため、AppSync がリクエストを拒否しています（"The security token included in the request is expired"${expiration ? `、有効期限 ${utc(expiration)}` : ''}）。保存した認証情報を再利用せず、リクエストの前に新しい認証情報を取得（fetchAuthSession）するようにしてください。`,
      },
    };
  },
};
