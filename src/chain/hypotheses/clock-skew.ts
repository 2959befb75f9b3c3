import type { GraphqlStep } from '../case';
import { msg } from '../messages/catalog';
import type { Hypothesis, Proof } from '../verdict';
import { signedRequest } from './chain-reach';
import { appsyncCall, caseProof, graphqlError, stepPath } from './support';

// AWS's SigV4 texts when X-Amz-Date is more than 5 minutes from its clock.
const SIGNATURE_TIME = /^Signature (expired|not yet current)/;
const MAX_SKEW_SECONDS = 300;
const EXPIRED_TOKEN = /security token included in the request is expired/i;

/** AppSync said the credentials had expired (the symptom clock skew shares with credentials-expired). */
export function saysExpired(graphql: GraphqlStep): boolean {
  return (
    graphql.errorType === 'ExpiredTokenException' ||
    appsyncCall(graphql, 'ExpiredTokenException') >= 0 ||
    graphqlError(graphql, EXPIRED_TOKEN) !== undefined
  );
}

/**
 * The browser's clock is more than 5 minutes off AppSync's: AppSync answered "Signature expired" / "not yet
 * current", or its Date header is that far from the signing time. It comes before credentials-expired in the chain
 * and decides between them: a skewed clock makes valid credentials look expired once Amplify corrects its clock and
 * retries, so an ExpiredTokenException without a measured clock stays open to both.
 */
export const clockSkew: Hypothesis = {
  id: 'clock-skew',
  assess(facts) {
    const {
      case: c,
      steps: { credentials },
    } = facts;
    const sent = signedRequest(facts);
    if (sent.ruledOut) return sent.ruledOut;
    const { graphql } = sent;
    const signature = graphqlError(graphql, SIGNATURE_TIME);
    const skew = graphql.clockSkewSeconds;
    const skewed = skew !== undefined && Math.abs(skew) > MAX_SKEW_SECONDS;
    const skewProof = () =>
      skew !== undefined
        ? [caseProof(c, [...stepPath(c, graphql), 'clockSkewSeconds'], msg('clock-skew.proof.skew'))]
        : [];
    const expiration = credentials?.expiration;
    const expiredByBrowser = expiration !== undefined && Date.parse(expiration) <= Date.parse(graphql.at);

    if (!signature && !skewed) {
      if (skew !== undefined)
        return {
          status: 'ruled-out',
          reason: msg('clock-skew.ruled-out.in-sync', { skewSeconds: skew }),
          proofs: skewProof(),
        };
      if (!saysExpired(graphql))
        return {
          status: 'ruled-out',
          reason: msg('clock-skew.ruled-out.time-accepted', {
            ...(graphql.status !== undefined ? { status: graphql.status } : {}),
            ...(graphql.errorType ? { errorType: graphql.errorType } : {}),
          }),
          proofs:
            graphql.status !== undefined
              ? [caseProof(c, [...stepPath(c, graphql), 'status'], msg('clock-skew.proof.answered'))]
              : [],
        };
      if (expiredByBrowser && credentials)
        return {
          status: 'ruled-out',
          reason: msg('clock-skew.ruled-out.expired-by-browser'),
          proofs: [
            caseProof(c, [...stepPath(c, credentials), 'expiration'], msg('clock-skew.proof.expiration')),
            caseProof(c, [...stepPath(c, graphql), 'at'], msg('clock-skew.proof.signed-at')),
          ],
        };
    }

    const proofs: Proof[] = [];
    if (signature)
      proofs.push(
        caseProof(c, [...stepPath(c, graphql), 'errors', signature.index, 'message'], msg('clock-skew.proof.answer')),
      );
    proofs.push(...skewProof());
    const first = graphql.calls.findIndex((call) => call.service === 'appsync' && call.serverDate);
    if (first >= 0)
      proofs.push(
        caseProof(c, [...stepPath(c, graphql), 'calls', first, 'serverDate'], msg('clock-skew.proof.server-date')),
      );
    const expiredAfterRetry = appsyncCall(graphql, 'ExpiredTokenException');
    if (expiredAfterRetry >= 0)
      proofs.push(
        caseProof(
          c,
          [...stepPath(c, graphql), 'calls', expiredAfterRetry, 'errorType'],
          msg('clock-skew.proof.after-retry'),
        ),
      );
    const skewParam = skew !== undefined ? { skewSeconds: skew } : {};
    const message = signature?.message;
    const finding = {
      brokenLink: 'appsync-authorized' as const,
      headline:
        signature || skewed
          ? msg('clock-skew.headline', skewParam)
          : msg('clock-skew.headline.expired-token', { ...(expiration ? { expiration } : {}) }),
      explanation:
        signature || skewed
          ? msg('clock-skew.explanation', {
              ...(message ? { message } : {}),
              retried: expiredAfterRetry >= 0,
              ...(expiration ? { expiration } : {}),
            })
          : msg('clock-skew.explanation.expired-token', { ...(expiration ? { expiration } : {}) }),
      fix: { summary: msg('clock-skew.fix') },
      misleading: msg('clock-skew.misleading'),
      customerMessage:
        signature || skewed
          ? msg('clock-skew.customer', { ...skewParam, ...(message ? { message } : {}) })
          : msg('clock-skew.customer.expired-token'),
    };
    if (signature || skewed)
      return {
        status: 'confirmed',
        reason: message
          ? msg('clock-skew.confirmed.message', { message })
          : msg('clock-skew.confirmed.skew', { skewSeconds: skew ?? 0 }),
        proofs,
        finding,
      };
    // ExpiredTokenException and no measured clock. When the browser's clock holds the credentials valid, it disagrees
    // with AWS's: that points to a skew. With no expiration in the evidence, nothing does.
    return {
      status: 'consistent',
      ...(expiration ? {} : { speculative: true as const }),
      reason: msg('clock-skew.consistent', { ...(expiration ? { expiration } : {}) }),
      proofs: [
        ...proofs,
        ...(credentials && expiration
          ? [caseProof(c, [...stepPath(c, credentials), 'expiration'], msg('clock-skew.proof.expiration'))]
          : []),
        caseProof(c, [...stepPath(c, graphql), 'at'], msg('clock-skew.proof.signed-at')),
      ],
      finding,
      decidedBy: { kind: 'device-clock', how: msg('need.device-clock.how'), ask: msg('need.device-clock.ask') },
    };
  },
};
