import { claimString } from '../token';
import type { Proof, Rule } from './legacy';
import { caseProof, stepPath } from './support';

// Cognito identity's answer at GetId when the token's issuer and audience are not a provider of the pool.
const UNSUPPORTED = 'Token is not from a supported provider of this identity pool';

/**
 * The identity pool refused the ID token because its user pool / app client pair is not one of the pool's Cognito
 * providers. AWS's message decides; the pool's provider list (DescribeIdentityPool), when readable, shows which half
 * is missing.
 */
export const providerNotConfigured: Rule = {
  id: 'provider-not-configured',
  evaluate({ case: c, steps: { signIn, credentials } }) {
    if (credentials?.outcome !== 'error' || !credentials.error?.message.includes(UNSUPPORTED)) return null;
    const iss = claimString(signIn?.idToken, 'iss');
    const aud = claimString(signIn?.idToken, 'aud');
    const providerName =
      iss?.replace(/^https:\/\//, '') ?? `cognito-idp.${c.target.region}.amazonaws.com/${c.target.userPoolId}`;
    const clientId = aud ?? c.target.userPoolClientId;
    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, credentials), 'error', 'message'], 'The identity pool answered'),
    ];
    if (signIn?.idToken && iss)
      proofs.push(caseProof(c, [...stepPath(c, signIn), 'idToken', 'claims', 'iss'], 'ID token issuer'));
    if (signIn?.idToken && aud)
      proofs.push(caseProof(c, [...stepPath(c, signIn), 'idToken', 'claims', 'aud'], 'ID token audience (app client)'));
    const providers = c.identityPool?.providers;
    const sameIssuer = providers?.findIndex((p) => p.providerName === providerName) ?? -1;
    if (providers) proofs.push(caseProof(c, ['identityPool', 'providers'], "The identity pool's Cognito providers"));
    const listed = sameIssuer >= 0 ? providers?.[sameIssuer] : undefined;
    const what = !providers
      ? `Its Cognito providers must include ${providerName} with app client ${clientId}.`
      : listed
        ? `The pool lists the user pool ${providerName} with app client ${listed.clientId}, not the app's ${clientId}.`
        : `The pool does not list the user pool ${providerName} at all.`;
    return {
      cause: 'provider-not-configured',
      brokenLink: 'token-issuer',
      confidence: 'proven',
      headline: `The identity pool does not accept this app client's tokens: ${providerName} / ${clientId} is not one of its providers.`,
      explanation: `Sign-in worked, but the identity pool refused the ID token (NotAuthorizedException: ${UNSUPPORTED}.), so no credentials were issued and AppSync was never called. ${what}`,
      proofs,
      fix: {
        summary: `Add the user pool ${providerName} with app client ${clientId} to the identity pool's authentication providers (Cognito user pool).`,
        policy: {
          CognitoIdentityProviders: [{ ProviderName: providerName, ClientId: clientId, ServerSideTokenCheck: false }],
        },
      },
      customerMessage: {
        en: `After sign-in, the identity pool ${c.target.identityPoolId} refuses the ID token: "${UNSUPPORTED}." Please add user pool ${providerName} with app client ${clientId} to the identity pool's authentication providers.`,
        ja: `サインイン後、ID プール ${c.target.identityPoolId} が ID トークンを拒否しています（"${UNSUPPORTED}."）。ID プールの認証プロバイダーに、ユーザープール ${providerName} とアプリクライアント ${clientId} を追加してください。`,
      },
    };
  },
};
