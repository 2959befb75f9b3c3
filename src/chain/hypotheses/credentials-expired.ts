import { msg } from '../messages/catalog';
import type { Hypothesis, Proof } from '../verdict';
import { signedRequest } from './chain-reach';
import { clockSkew, saysExpired } from './clock-skew';
import { appsyncCall, caseProof, graphqlError, stepPath } from './support';

const EXPIRED_TEXT = /security token included in the request is expired/i;

/**
 * AppSync refused the signed request because the identity pool credentials had expired (ExpiredTokenException).
 * Clock skew comes first in the chain and reads the same answer: when the clock is proven off, this mode points at
 * it and steps aside; it is proven when the browser's own clock shows the credentials expired before the request,
 * or the clock was measured in sync; otherwise both stay open until the device clock is known.
 */
export const credentialsExpired: Hypothesis = {
  id: 'credentials-expired',
  assess(facts) {
    const {
      case: c,
      steps: { credentials },
    } = facts;
    const sent = signedRequest(facts);
    if (sent.ruledOut) return sent.ruledOut;
    const { graphql } = sent;
    if (!saysExpired(graphql))
      return {
        status: 'ruled-out',
        reason: msg('credentials-expired.ruled-out.not-expired', {
          ...(graphql.status !== undefined ? { status: graphql.status } : {}),
          ...(graphql.errorType ? { errorType: graphql.errorType } : {}),
        }),
        proofs:
          graphql.status !== undefined
            ? [caseProof(c, [...stepPath(c, graphql), 'status'], msg('credentials-expired.proof.answered'))]
            : [],
      };
    const skew = clockSkew.assess(facts);
    if (skew.status === 'confirmed')
      return { status: 'ruled-out', reason: msg('credentials-expired.ruled-out.clock-skew'), proofs: skew.proofs };

    const expiration = credentials?.expiration;
    const lateSeconds = expiration ? (Date.parse(graphql.at) - Date.parse(expiration)) / 1000 : undefined;
    const expiredBefore = lateSeconds !== undefined && lateSeconds >= 0;
    const measured = graphql.clockSkewSeconds;
    const text = graphqlError(graphql, EXPIRED_TEXT);
    const call = appsyncCall(graphql, 'ExpiredTokenException');
    const proofs: Proof[] = [];
    if (call >= 0)
      proofs.push(
        caseProof(c, [...stepPath(c, graphql), 'calls', call, 'errorType'], msg('credentials-expired.proof.answer')),
      );
    else if (graphql.errorType === 'ExpiredTokenException')
      proofs.push(caseProof(c, [...stepPath(c, graphql), 'errorType'], msg('credentials-expired.proof.answer')));
    if (text)
      proofs.push(
        caseProof(
          c,
          [...stepPath(c, graphql), 'errors', text.index, 'message'],
          msg('credentials-expired.proof.message'),
        ),
      );
    if (credentials && expiration)
      proofs.push(
        caseProof(c, [...stepPath(c, credentials), 'expiration'], msg('credentials-expired.proof.expiration')),
      );
    proofs.push(caseProof(c, [...stepPath(c, graphql), 'at'], msg('credentials-expired.proof.signed-at')));
    if (measured !== undefined)
      proofs.push(caseProof(c, [...stepPath(c, graphql), 'clockSkewSeconds'], msg('credentials-expired.proof.skew')));

    const finding = {
      brokenLink: 'credentials-valid-at-request' as const,
      headline: expiredBefore
        ? msg('credentials-expired.headline.late', { lateSeconds })
        : msg('credentials-expired.headline.said'),
      explanation: msg('credentials-expired.explanation', {
        signedAt: graphql.at,
        ...(expiration ? { expiration } : {}),
      }),
      fix: { summary: msg('credentials-expired.fix') },
      misleading: msg('credentials-expired.misleading'),
      customerMessage: msg('credentials-expired.customer', { ...(expiration ? { expiration } : {}) }),
    };
    if (expiredBefore)
      return {
        status: 'confirmed',
        reason: msg('credentials-expired.confirmed.by-browser', { lateSeconds }),
        proofs,
        finding,
      };
    if (measured !== undefined)
      return {
        status: 'confirmed',
        reason: msg('credentials-expired.confirmed.clock-in-sync', { skewSeconds: measured }),
        proofs,
        finding,
      };
    return {
      status: 'consistent',
      reason: msg('credentials-expired.consistent', { ...(expiration ? { expiration } : {}) }),
      proofs,
      finding,
      decidedBy: { kind: 'device-clock', how: msg('need.device-clock.how'), ask: msg('need.device-clock.ask') },
    };
  },
};
