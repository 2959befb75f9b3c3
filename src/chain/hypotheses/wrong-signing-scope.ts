import { msg } from '../messages/catalog';
import type { Hypothesis, Proof } from '../verdict';
import { signedRequest } from './chain-reach';
import { caseProof, endpointRegion, graphqlError, stepPath } from './support';

// AWS's SigV4 texts for a credential scope naming another region or service.
const WRONG_SCOPE = /^Credential should be scoped to (a valid region|correct service)/;

/**
 * AppSync refused the signature because its credential scope names another region (or service) than the API's:
 * the app config gives the API the wrong region, or a custom domain hides it. AWS's message decides; any other
 * answer from AppSync (data, an IAM decision, another signature error) rules it out.
 */
export const wrongSigningScope: Hypothesis = {
  id: 'wrong-signing-scope',
  assess(facts) {
    const { case: c } = facts;
    const sent = signedRequest(facts);
    if (sent.ruledOut) return sent.ruledOut;
    const { graphql } = sent;
    const scope = graphql.signingScope;
    const scopeError = graphqlError(graphql, WRONG_SCOPE);
    if (!scopeError) {
      const proofs: Proof[] = [];
      if (graphql.status !== undefined)
        proofs.push(caseProof(c, [...stepPath(c, graphql), 'status'], msg('wrong-signing-scope.proof.answered')));
      if (scope)
        proofs.push(caseProof(c, [...stepPath(c, graphql), 'signingScope'], msg('wrong-signing-scope.proof.scope')));
      return {
        status: 'ruled-out',
        reason: msg('wrong-signing-scope.ruled-out.scope-accepted', {
          ...(graphql.status !== undefined ? { status: graphql.status } : {}),
          ...(graphql.errorType ? { errorType: graphql.errorType } : {}),
        }),
        proofs,
      };
    }
    // The API's region: its AWS endpoint names it; else the target's, unless that is the refused one; else the pool's.
    const poolRegion = c.target.userPoolId.split('_')[0] ?? c.target.region;
    const region =
      endpointRegion(c.target.graphqlEndpoint) ?? (c.target.region !== scope?.region ? c.target.region : poolRegion);
    const byService = scopeError.match[1] === 'correct service';
    const message = scopeError.message.trim();
    const proofs: Proof[] = [
      caseProof(
        c,
        [...stepPath(c, graphql), 'errors', scopeError.index, 'message'],
        msg('wrong-signing-scope.proof.answer'),
      ),
    ];
    if (scope)
      proofs.push(caseProof(c, [...stepPath(c, graphql), 'signingScope'], msg('wrong-signing-scope.proof.scope')));
    const retries = Math.max(0, graphql.calls.filter((call) => call.service === 'appsync').length - 1);
    const signedFor = scope ? `${scope.region}/${scope.service}` : '';
    return {
      status: 'confirmed',
      reason: msg('wrong-signing-scope.confirmed', { message }),
      proofs,
      finding: {
        brokenLink: 'appsync-authorized',
        headline: byService
          ? msg('wrong-signing-scope.headline.service', { service: scope?.service ?? '?' })
          : msg('wrong-signing-scope.headline.region', { signedRegion: scope?.region ?? '', region }),
        explanation: msg('wrong-signing-scope.explanation', { signedFor, message, retries }),
        fix: { summary: msg('wrong-signing-scope.fix', { region }), policy: { data: { aws_region: region } } },
        misleading: msg('wrong-signing-scope.misleading'),
        customerMessage: msg('wrong-signing-scope.customer', { signedFor, region, message }),
      },
    };
  },
};
