import type { Proof, Rule } from './legacy';
import { caseProof, graphqlError, stepPath } from './support';

// AppSync's answers when no mode of the API fits the request's authorization: a SigV4 header read as a JWT, or none.
const NOT_READ = /^(Unable to parse JWT token|Valid authorization header not provided)/;

/**
 * A SigV4-signed request was answered 401 with AppSync's "cannot read this authorization" texts: the API has no
 * AWS_IAM mode, so it tried the header as a token. The API's modes (GetGraphqlApi) would prove it.
 */
export const apiLacksIamMode: Rule = {
  id: 'api-lacks-iam-mode',
  evaluate({ case: c, steps: { credentials, graphql } }) {
    if (!graphql || graphql.authMode !== 'iam' || graphql.status !== 401) return null;
    const notRead = graphqlError(graphql, NOT_READ);
    if (!notRead) return null;
    const proofs: Proof[] = [];
    if (graphql.signingScope)
      proofs.push(caseProof(c, [...stepPath(c, graphql), 'signingScope'], 'The request was SigV4-signed for'));
    if (credentials?.outcome === 'ok' && credentials.accessKeyId)
      proofs.push(caseProof(c, [...stepPath(c, credentials), 'accessKeyId'], 'with identity pool credentials'));
    proofs.push(caseProof(c, [...stepPath(c, graphql), 'status'], 'AppSync answered'));
    proofs.push(caseProof(c, [...stepPath(c, graphql), 'errors', notRead.index, 'message'], 'with'));
    const apiId = c.target.apiId ?? '<API_ID>';
    return {
      cause: 'api-lacks-iam-mode',
      brokenLink: 'appsync-authorized',
      confidence: 'likely',
      headline: 'The API does not accept IAM-signed requests: it has no AWS_IAM authorization mode.',
      explanation:
        `The request was signed with the identity pool's credentials, and AppSync answered 401 "${notRead.message}" without evaluating IAM: ` +
        'it read the Authorization header as a token, which is what it does when AWS_IAM is neither its default nor an additional mode.',
      proofs,
      fix: {
        summary:
          'Add AWS_IAM to the API as an additional authorization mode (or make it the default), and mark the types and fields the app reads with @aws_iam (Amplify Gen 2: allow.authenticated("identityPool")).',
        policy: { additionalAuthenticationProviders: [{ authenticationType: 'AWS_IAM' }] },
      },
      missing: `The API's authorization modes (aws appsync get-graphql-api --api-id ${apiId}: authenticationType and additionalAuthenticationProviders) would prove it.`,
      alternatives: ['auth-mode-mismatch'],
      misleading:
        "Amplify's recovery suggestion (about authMode) points the right way only if the app is not meant to use IAM.",
      customerMessage: {
        en: `AppSync does not accept the app's IAM-signed request ("${notRead.message}"), which happens when AWS_IAM is not one of the API's authorization modes. Please add AWS_IAM to the API ${apiId} as an additional authorization mode, or send us its authorization settings (aws appsync get-graphql-api).`,
        ja: `AppSync がアプリの IAM 署名付きリクエストを受け付けていません（"${notRead.message}"）。API の認可モードに AWS_IAM が含まれていない場合に起こります。API ${apiId} に AWS_IAM を追加の認可モードとして設定していただくか、認可設定（aws appsync get-graphql-api の出力）をお送りください。`,
      },
    };
  },
};
