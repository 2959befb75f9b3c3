import type { Proof, Rule } from './legacy';
import { caseProof, endpointRegion, graphqlError, stepPath } from './support';

// AWS's SigV4 texts for a credential scope naming another region or service.
const WRONG_SCOPE = /^Credential should be scoped to (a valid region|correct service)/;

/**
 * AppSync refused the signature because its credential scope names another region (or service) than the API's:
 * the app config gives the API the wrong region, or a custom domain hides it. AWS's message and the recorded scope
 * decide.
 */
export const wrongSigningScope: Rule = {
  id: 'wrong-signing-scope',
  evaluate({ case: c, steps: { graphql } }) {
    const scopeError = graphqlError(graphql, WRONG_SCOPE);
    if (!graphql || !scopeError) return null;
    const scope = graphql.signingScope;
    // The API's region: its AWS endpoint names it; else the target's, unless that is the refused one; else the pool's.
    const poolRegion = c.target.userPoolId.split('_')[0] ?? c.target.region;
    const region =
      endpointRegion(c.target.graphqlEndpoint) ?? (c.target.region !== scope?.region ? c.target.region : poolRegion);
    const byService = scopeError.match[1] === 'correct service';
    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, graphql), 'errors', scopeError.index, 'message'], 'AppSync answered'),
    ];
    if (scope) proofs.push(caseProof(c, [...stepPath(c, graphql), 'signingScope'], 'The request was signed for'));
    const attempts = graphql.calls.filter((call) => call.service === 'appsync').length;
    const signedFor = scope ? `${scope.region}/${scope.service}` : 'another scope';
    return {
      cause: 'wrong-signing-scope',
      brokenLink: 'appsync-authorized',
      confidence: 'proven',
      headline: byService
        ? `The request was signed for the service ${scope?.service ?? '?'}, not appsync.`
        : `The request was signed for ${scope?.region ?? 'another region'}, but the API is in ${region}.`,
      explanation:
        `AppSync checks the SigV4 credential scope before anything else and refused ${signedFor} (403 InvalidSignatureException: ${scopeError.message.trim()}).` +
        (attempts > 1 ? ` Amplify retried ${attempts - 1} more time(s) and then surfaced a generic error.` : '') +
        ' Amplify signs AppSync requests for the region of the app config’s API section (amplify_outputs.json `data.aws_region`, aws-exports `aws_appsync_region`).',
      proofs,
      fix: {
        summary: `Sign for service "appsync" in ${region}: set the API's region in the app config to ${region}.`,
        policy: { data: { aws_region: region } },
      },
      misleading:
        'Amplify reports this as "Unknown error" after retrying; the wire shows AppSync\'s InvalidSignatureException.',
      customerMessage: {
        en: `AppSync refuses the request's signature: it was signed for ${signedFor}, but the API is in ${region} ("${scopeError.message.trim()}"). Please set the API region in the app's configuration (amplify_outputs.json data.aws_region) to ${region}.`,
        ja: `リクエストの署名が ${signedFor} 向けですが、API は ${region} にあるため、AppSync が署名を拒否しています（"${scopeError.message.trim()}"）。アプリの設定（amplify_outputs.json の data.aws_region）の API リージョンを ${region} にしてください。`,
      },
    };
  },
};
