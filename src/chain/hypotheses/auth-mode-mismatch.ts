import type { Proof, Rule } from './legacy';
import { caseProof, refused, stepPath } from './support';

const NO_CREDENTIALS = /No credentials|NoCredentials|credentials.*(not|un)available/i;

/**
 * The GraphQL call used another auth mode than the one the app and the API's rule expect: a user pool or API key
 * call where the config says IAM, refused by AppSync; or an IAM call that failed before any request for lack of
 * credentials.
 */
export const authModeMismatch: Rule = {
  id: 'auth-mode-mismatch',
  evaluate({ case: c, steps: { graphql } }) {
    if (!graphql) return null;
    const sent = graphql.calls.some((call) => call.service === 'appsync');
    const noCredentials =
      !sent &&
      graphql.authMode === 'iam' &&
      graphql.error !== undefined &&
      NO_CREDENTIALS.test(`${graphql.error.name} ${graphql.error.message}`);
    const otherMode = graphql.authMode !== 'iam' && refused(graphql);
    if (!noCredentials && !otherMode) return null;
    const expected = c.target.authMode;
    const differs = expected !== graphql.authMode;
    const proofs: Proof[] = [
      caseProof(c, ['target', 'authMode'], 'The app config’s auth mode'),
      caseProof(c, [...stepPath(c, graphql), 'authMode'], 'The call used'),
    ];
    if (noCredentials)
      proofs.push(caseProof(c, [...stepPath(c, graphql), 'error', 'message'], 'Amplify threw before sending'));
    else {
      proofs.push(caseProof(c, [...stepPath(c, graphql), 'status'], 'AppSync answered'));
      if (graphql.errors[0]) proofs.push(caseProof(c, [...stepPath(c, graphql), 'errors', 0, 'message'], 'with'));
    }
    const use = noCredentials ? 'iam' : graphql.authMode;
    const want = noCredentials ? 'a mode the client has credentials for' : differs ? expected : 'iam';
    return {
      cause: 'auth-mode-mismatch',
      brokenLink: 'appsync-authorized',
      confidence: differs || noCredentials ? 'proven' : 'likely',
      headline: noCredentials
        ? 'The call asked for IAM, but the client had no identity pool credentials: nothing was sent.'
        : `The call used authMode ${use}, but the API's rule for it expects ${want}.`,
      explanation: noCredentials
        ? `Amplify threw "${graphql.error?.message ?? ''}" before any request: authMode iam needs identity pool credentials (an identity pool in the config and a session).`
        : `The app config's mode is ${expected}; this call overrode it with ${use}${graphql.errors[0] ? ` and AppSync answered "${graphql.errors[0].message}"` : ''}. The mode a call uses must be one the API has and the field's directive allows.`,
      proofs,
      fix: {
        summary: noCredentials
          ? 'Configure the identity pool (Auth.Cognito.identityPoolId) and sign in before calling with authMode iam, or call with the mode the rule allows.'
          : `Call with authMode '${want}' (Amplify: client.graphql({ ..., authMode: '${want}' }) or the client's default), or add ${use} to the API and the field's auth rule if that is intended.`,
      },
      ...(differs || noCredentials
        ? {}
        : {
            missing:
              "The API's authorization modes and the field's directives (aws appsync get-graphql-api, the schema) would decide.",
          }),
      customerMessage: {
        en: noCredentials
          ? 'The app calls AppSync with IAM authorization but has no identity pool credentials, so no request is sent. Please configure the identity pool and sign in before the call, or use the authorization mode the API expects.'
          : `The app's GraphQL call uses the ${use} authorization mode, but the API expects ${want} for it, so AppSync refuses the call. Please call with authMode '${want}', or send us the API's authorization settings.`,
        ja: noCredentials
          ? 'アプリは IAM 認可で AppSync を呼び出していますが、ID プールの認証情報がないためリクエストが送信されていません。呼び出し前に ID プールを設定してサインインするか、API が想定する認可モードを使用してください。'
          : `アプリの GraphQL 呼び出しは ${use} 認可モードを使用していますが、API はこの呼び出しに ${want} を想定しているため、AppSync が拒否しています。authMode '${want}' で呼び出していただくか、API の認可設定をお送りください。`,
      },
    };
  },
};
