import { assumedRoleArn, matchingStsRecord } from '../evidence';
import type { Proof, Rule } from './legacy';
import { caseProof, refused, stepPath } from './support';

// Cognito identity's answer to a call without Logins when the pool does not allow guests.
const NO_GUESTS = 'Unauthenticated access is not supported for this identity pool';

/**
 * The user signed in, but the credentials were fetched without the ID token: guest (unauthenticated) credentials,
 * for the unauthenticated role, which AppSync refused; or, with guests off, Cognito refused the call outright.
 */
export const guestCredentialsUsed: Rule = {
  id: 'guest-credentials-used',
  evaluate({ case: c, steps: { signIn, credentials, graphql } }) {
    if (signIn?.outcome !== 'ok' || !credentials) return null;
    const pool = c.identityPool;
    if (credentials.outcome === 'error') {
      if (!credentials.error?.message.includes(NO_GUESTS)) return null;
      return finding(true, [
        caseProof(c, [...stepPath(c, credentials), 'error', 'message'], 'The identity pool answered'),
      ]);
    }
    const record = matchingStsRecord(c, credentials.accessKeyId);
    const role = record ? assumedRoleArn(record) : undefined;
    const unauthRole = pool?.roles.unauthenticated;
    const byRole = role !== undefined && role === unauthRole;
    if (!(credentials.guest || byRole) || !refused(graphql)) return null;
    const proofs: Proof[] = [];
    if (credentials.guest)
      proofs.push(caseProof(c, [...stepPath(c, credentials), 'guest'], 'Guest credentials (no Logins sent)'));
    if (record && role)
      proofs.push(caseProof(c, ['records', c.records.indexOf(record), 'requestParameters', 'roleArn'], 'STS assumed'));
    if (byRole)
      proofs.push(
        caseProof(c, ['identityPool', 'roles', 'unauthenticated'], "The identity pool's unauthenticated role"),
      );
    if (graphql) proofs.push(caseProof(c, [...stepPath(c, graphql), 'status'], 'AppSync answered'));
    return finding(false, proofs, role ?? unauthRole);

    function finding(refusedByPool: boolean, proofs: Proof[], guestRole?: string) {
      const roleName = guestRole ?? "the pool's unauthenticated role";
      return {
        cause: 'guest-credentials-used' as const,
        brokenLink: 'credentials' as const,
        confidence: 'proven' as const,
        headline: refusedByPool
          ? 'The app asked for credentials without its ID token, and the identity pool does not allow guests.'
          : `The request was signed with guest credentials (${roleName}), not the signed-in user's.`,
        explanation: refusedByPool
          ? `The user signed in, but GetId / GetCredentialsForIdentity carried no Logins, so Cognito treated the call as a guest's and refused it (${NO_GUESTS}).`
          : `The user signed in, but the credentials were fetched without the ID token in Logins, so the identity pool issued guest credentials for ${roleName}, which may not call this API. AppSync refused the request (HTTP ${graphql?.status ?? '—'}).`,
        proofs,
        fix: {
          summary:
            'Fetch credentials after sign-in completes, with the ID token attached (Amplify v6: `fetchAuthSession()` once `signIn` has finished; custom code: `Logins: { "cognito-idp.<region>.amazonaws.com/<userPoolId>": idToken }`). Allow guest access only if guests are meant to call the API.',
        },
        misleading: refusedByPool
          ? undefined
          : "Amplify's recovery suggestion (about authMode) does not apply: the request was signed, with the wrong (guest) identity.",
        customerMessage: {
          en: refusedByPool
            ? `The app requests identity pool credentials without the signed-in user's ID token, so the identity pool treats it as a guest ("${NO_GUESTS}"). Please request credentials only after sign-in, with the ID token attached (fetchAuthSession after signIn).`
            : `The AppSync request was signed with guest credentials (${roleName}) although the user had signed in: the app requested credentials without the ID token. Please request credentials after sign-in, with the ID token attached (fetchAuthSession after signIn).`,
          ja: refusedByPool
            ? `アプリがサインイン済みユーザーの ID トークンなしで ID プールの認証情報を要求しているため、ゲストとして扱われています（"${NO_GUESTS}"）。サインイン完了後に ID トークンを付けて認証情報を取得してください（signIn の後に fetchAuthSession）。`
            : `ユーザーはサインイン済みですが、AppSync へのリクエストはゲストの認証情報（${roleName}）で署名されていました。アプリが ID トークンなしで認証情報を取得しています。サインイン完了後に ID トークンを付けて認証情報を取得してください（signIn の後に fetchAuthSession）。`,
        },
      };
    }
  },
};
