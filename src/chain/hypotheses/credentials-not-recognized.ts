import type { Case, GraphqlStep } from '../case';
import { matchingStsRecord } from '../evidence';
import { msg } from '../messages/catalog';
import { recordProof } from '../proof';
import type { EvidenceNeed, Finding, Hypothesis, Proof } from '../verdict';
import { signedRequest } from './chain-reach';
import { caseProof, graphqlError, stepPath } from './support';

// AWS's answer to a SigV4 request whose access key (with its session token) it does not know: AppSync's body
// `errorType: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.'`
// (aws-amplify/amplify-cli #3380; aws-amplify/amplify-js #3447; getcrft/appsync-gateway #5); the query protocol
// (STS, IAM) names it `InvalidClientTokenId`.
const UNKNOWN_KEY = /^(UnrecognizedClientException|InvalidClientTokenId)$/;
const UNKNOWN_TEXT = /security token included in the request is invalid/i;

type Cause = 'token-missing' | 'other-key' | 'unknown';

/**
 * AppSync refused the signing key as unknown where the request was sent: the chain ran, and its answer is the
 * finding. Confirmed when the case shows why: temporary credentials signed without their session token (SigV4 needs
 * `X-Amz-Security-Token` with credentials from STS: AWS's SigV4 test suite, post-sts-token), or a request signed with
 * another key than the identity pool issued. Otherwise the request's headers decide (the token altered on the way,
 * keys of another account or environment, an endpoint in another partition).
 */
export const credentialsNotRecognized: Hypothesis = {
  id: 'credentials-not-recognized',
  assess(facts) {
    const {
      case: c,
      steps: { credentials },
    } = facts;
    const sent = signedRequest(facts);
    if (sent.ruledOut) return sent.ruledOut;
    const { graphql } = sent;
    const at = (path: (string | number)[], label: Proof['label']) =>
      caseProof(c, [...stepPath(c, graphql), ...path], label);

    const errorIndex = graphql.errors.findIndex((e) => UNKNOWN_KEY.test(e.errorType ?? ''));
    const call = graphql.calls.findIndex((x) => x.service === 'appsync' && UNKNOWN_KEY.test(x.errorType ?? ''));
    const text = graphqlError(graphql, UNKNOWN_TEXT);
    const typed = UNKNOWN_KEY.test(graphql.errorType ?? '');
    if (!typed && errorIndex < 0 && call < 0 && !text)
      return {
        status: 'ruled-out',
        reason: msg('credentials-not-recognized.ruled-out.recognized', {
          ...(graphql.status !== undefined ? { status: graphql.status } : {}),
          ...(graphql.errorType ? { errorType: graphql.errorType } : {}),
        }),
        proofs: graphql.status !== undefined ? [at(['status'], msg('credentials-not-recognized.proof.answered'))] : [],
      };

    const proofs: Proof[] = [];
    if (typed) proofs.push(at(['errorType'], msg('credentials-not-recognized.proof.answer')));
    else if (call >= 0) proofs.push(at(['calls', call, 'errorType'], msg('credentials-not-recognized.proof.answer')));
    else if (errorIndex >= 0)
      proofs.push(at(['errors', errorIndex, 'errorType'], msg('credentials-not-recognized.proof.answer')));
    if (text) proofs.push(at(['errors', text.index, 'message'], msg('credentials-not-recognized.proof.message')));

    const signed = graphql.signedWithAccessKeyId;
    const issued = credentials?.outcome === 'ok' ? credentials.accessKeyId : undefined;
    if (signed) proofs.push(at(['signedWithAccessKeyId'], msg('credentials-not-recognized.proof.signed-with')));
    if (issued && credentials)
      proofs.push(
        caseProof(c, [...stepPath(c, credentials), 'accessKeyId'], msg('credentials-not-recognized.proof.issued')),
      );
    if (graphql.securityTokenSent !== undefined)
      proofs.push(at(['securityTokenSent'], msg('credentials-not-recognized.proof.token-sent')));
    const record = matchingStsRecord(c, signed);
    if (record)
      proofs.push(
        recordProof(
          c,
          record,
          ['responseElements', 'credentials', 'accessKeyId'],
          msg('credentials-not-recognized.proof.sts-record'),
          signed,
        ),
      );

    // Temporary keys (`ASIA…`) are STS's; a key the identity pool issued in this run is one too.
    const temporary = Boolean(signed && (signed.startsWith('ASIA') || signed === issued));
    const cause: Cause =
      graphql.securityTokenSent === false && temporary
        ? 'token-missing'
        : signed && issued && signed !== issued
          ? 'other-key'
          : 'unknown';
    const found = finding(c, graphql, cause, text?.message ?? '');
    if (cause === 'token-missing')
      return {
        status: 'confirmed',
        reason: msg('credentials-not-recognized.confirmed.token-missing'),
        proofs,
        finding: found,
      };
    if (cause === 'other-key')
      return {
        status: 'confirmed',
        reason: msg('credentials-not-recognized.confirmed.other-key', { signed: signed ?? '', issued: issued ?? '' }),
        proofs,
        finding: found,
      };
    const seen = graphql.securityTokenSent === true && signed !== undefined;
    // A key and its token were sent, but nothing shows this account issued the key: its STS record decides that.
    const unissued = seen && !issued && !record;
    return {
      status: 'consistent',
      reason: seen
        ? msg('credentials-not-recognized.consistent.token-sent', { recorded: record ? 'yes' : 'no' })
        : msg('credentials-not-recognized.consistent.unseen'),
      proofs,
      finding: found,
      decidedBy: unissued
        ? { kind: 'sts-record', how: msg('need.sts-record.how'), ask: msg('need.sts-record.ask') }
        : REQUEST_HEADERS,
    };
  },
};

/** The request as the app sent it decides: which key signed it, whether its session token went with it, and where. */
const REQUEST_HEADERS: EvidenceNeed = {
  kind: 'app-call-code',
  how: msg('credentials-not-recognized.need.how'),
  ask: msg('credentials-not-recognized.need.ask'),
};

function finding(c: Case, graphql: GraphqlStep, cause: Cause, message: string): Finding {
  const host = hostOf(c.target.graphqlEndpoint);
  const region = graphql.signingScope?.region ?? c.target.region;
  return {
    brokenLink: cause === 'other-key' ? 'request-signed-with-key' : 'appsync-authorized',
    headline: msg(`credentials-not-recognized.headline.${cause}`),
    explanation: msg('credentials-not-recognized.explanation', { cause, host, region, message }),
    fix: { summary: msg(`credentials-not-recognized.fix.${cause}`) },
    misleading: msg('credentials-not-recognized.misleading'),
    customerMessage: msg('credentials-not-recognized.customer', { cause, host }),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
