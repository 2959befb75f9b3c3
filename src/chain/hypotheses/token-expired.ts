import { claimTime } from '../token';
import type { Proof, Rule } from './legacy';
import { caseProof, duration, stepPath, utc } from './support';

// Cognito identity's text: "Invalid login token. Token expired: <a> >= <b>" (AWS has printed both orders).
const EXPIRED = /Token expired: (\d+) >= (\d+)/;

/**
 * The identity pool refused the ID token as expired: the token the app presented was already past its `exp`
 * when credentials were requested. Decided by Cognito's message; the token's `exp` on the timeline shows by how much.
 */
export const tokenExpired: Rule = {
  id: 'token-expired',
  evaluate({ case: c, steps: { signIn, credentials } }) {
    const message = credentials?.outcome === 'error' ? credentials.error?.message : undefined;
    if (!credentials || !message || !/Invalid login token\. Token expired/.test(message)) return null;
    const exp = claimTime(signIn?.idToken, 'exp');
    const iat = claimTime(signIn?.idToken, 'iat');
    // The number that is not the token's exp is the identity pool's clock.
    const numbers = (EXPIRED.exec(message) ?? []).slice(1).map(Number);
    const expSeconds = exp ? exp.getTime() / 1000 : undefined;
    const serverNow = numbers.find((n) => n !== expSeconds);
    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, credentials), 'error', 'message'], 'The identity pool answered'),
    ];
    if (signIn?.idToken && exp)
      proofs.push(caseProof(c, [...stepPath(c, signIn), 'idToken', 'claims', 'exp'], 'ID token exp'));
    if (signIn?.idToken && iat)
      proofs.push(caseProof(c, [...stepPath(c, signIn), 'idToken', 'claims', 'iat'], 'ID token iat'));
    proofs.push(caseProof(c, [...stepPath(c, credentials), 'at'], 'Credentials requested at'));
    const late = exp && serverNow !== undefined ? ` (${duration(serverNow - exp.getTime() / 1000)} earlier)` : '';
    return {
      cause: 'token-expired',
      brokenLink: 'credentials',
      confidence: 'proven',
      headline: `The ID token had already expired${late} when the identity pool received it.`,
      explanation:
        `The identity pool refused the login token (${message}), so no credentials were issued and AppSync was never called. ` +
        (exp
          ? `The token expired at ${utc(exp)}${iat ? ` (issued ${utc(iat)})` : ''}; credentials were requested at ${utc(credentials.at)}${serverNow !== undefined ? `, ${utc(serverNow * 1000)} by the identity pool's clock` : ''}. `
          : '') +
        'The app sent a stale token instead of refreshing the session first.',
      proofs,
      fix: {
        summary:
          'Refresh the session before asking for credentials: take the tokens from `fetchAuthSession()` (Amplify refreshes them with the refresh token) instead of a cached ID token, or call `fetchAuthSession({ forceRefresh: true })`.',
      },
      customerMessage: {
        en: `The identity pool refuses the ID token because it has expired ("${message}"). Please make the app refresh the session (fetchAuthSession) before it requests credentials, instead of reusing a stored ID token.`,
        ja: `ID トークンの有効期限が切れているため、ID プールが拒否しています（"${message}"）。保存済みの ID トークンを再利用せず、認証情報を取得する前にアプリでセッションを更新（fetchAuthSession）してください。`,
      },
    };
  },
};
