import { describe, expect, it } from 'vitest';
import type { Case, GraphqlStep } from '../case';
import { deriveFacts } from '../facts';
import {
  ACCESS_KEY_ID,
  makeCase,
  makeCredentials,
  makeSignIn,
  makeStsRecord,
  makeUnauthorized,
} from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { ja } from '../messages/ja';
import { credentialsNotRecognized } from './credentials-not-recognized';

const assess = (c: Case) => credentialsNotRecognized.assess(deriveFacts(c));
const TEXT = 'The security token included in the request is invalid.';
// AppSync's body for an unknown key (aws-amplify/amplify-cli #3380), as the run records it.
const unrecognized = (overrides: Partial<GraphqlStep> = {}) =>
  makeUnauthorized({
    errorType: 'UnrecognizedClientException',
    errors: [{ errorType: 'UnrecognizedClientException', message: TEXT }],
    error: { name: 'UnrecognizedClientException', message: TEXT },
    signingScope: { date: '20261124', region: 'us-east-1', service: 'appsync' },
    ...overrides,
  });
const runCase = (graphql: GraphqlStep, records = [makeStsRecord()]) =>
  makeCase({ steps: [makeSignIn(), makeCredentials(), graphql], records });

describe('credentials-not-recognized', () => {
  it('is proven when temporary credentials signed the request without their session token', () => {
    const c = runCase(unrecognized({ securityTokenSent: false }));
    expect(assess(c).status).toBe('confirmed');
    const verdict = explain(c);
    expect(verdict).toMatchObject({ cause: 'credentials-not-recognized', confidence: 'proven' });
    expect(verdict.candidates.map((x) => x.id)).toEqual(['credentials-not-recognized']);
    expect(verdict.headline).toContain('without the credentials’ session token');
    expect(verdict.fix.summary).toContain('session token');
    expect(verdict.proofs.map((p) => p.pointer)).toContain('/steps/2/securityTokenSent');
    expectProofsResolve(c, verdict);
  });

  it('is proven when the request was signed with another key than the identity pool issued', () => {
    const c = runCase(unrecognized({ securityTokenSent: true, signedWithAccessKeyId: 'ASIAOTHERENVKEY00009' }));
    const a = assess(c);
    expect(a.status).toBe('confirmed');
    expect(render(a.reason, en)).toContain('ASIAOTHERENVKEY00009');
    const verdict = explain(c);
    expect(verdict).toMatchObject({ cause: 'credentials-not-recognized', confidence: 'proven' });
    expect(verdict.brokenLink).toBe('request-signed-with-key');
    expect(verdict.links.find((l) => l.id === 'request-signed-with-key')?.status).toBe('broken');
  });

  it('stays open, asking for the request’s headers, when the issued key and a token were sent', () => {
    const c = runCase(unrecognized({ securityTokenSent: true }));
    const a = assess(c);
    expect(a.status).toBe('consistent');
    if (a.status !== 'consistent') return;
    expect(render(a.reason, en)).toContain('CloudTrail shows STS issued that key');
    expect(a.proofs.map((p) => p.pointer)).toContain('/records/0/responseElements/credentials/accessKeyId');
    const verdict = explain(c);
    expect(verdict).toMatchObject({ cause: 'credentials-not-recognized', confidence: 'likely' });
    expect(verdict.next?.how).toContain('x-amz-security-token');
  });

  it('stays open on a pasted error that does not show the request (and is still a finding, not inconclusive)', () => {
    const c = makeCase({
      steps: [unrecognized({ signedWithAccessKeyId: undefined, signingScope: undefined })],
      records: [],
    });
    expect(assess(c).status).toBe('consistent');
    const verdict = explain(c);
    expect(verdict.cause).toBe('credentials-not-recognized');
    expect(verdict.confidence).toBe('likely');
  });

  it('is ruled out by any other answer from AppSync', () => {
    for (const graphql of [
      makeUnauthorized(),
      unrecognized({ status: 200, errorType: undefined, errors: [], outcome: 'ok' }),
    ]) {
      const a = assess(runCase(graphql));
      expect(a.status).toBe('ruled-out');
    }
    expect(explain(runCase(makeUnauthorized())).cause).not.toBe('credentials-not-recognized');
  });

  it('asks for the STS record of the key when a key and its token were sent but nothing shows who issued it', () => {
    const c = makeCase({ steps: [unrecognized({ securityTokenSent: true })], records: [] });
    const a = assess(c);
    expect(a.status).toBe('consistent');
    if (a.status === 'consistent') expect(a.decidedBy.kind).toBe('sts-record');
    // With the record, the request's headers are what is left to see.
    const recorded = assess(makeCase({ steps: [unrecognized({ securityTokenSent: true })] }));
    if (recorded.status === 'consistent') expect(recorded.decidedBy.kind).toBe('app-call-code');
    else throw new Error('expected consistent');
  });

  it('does not take a long-term key without a token for a dropped session token', () => {
    const c = runCase(unrecognized({ securityTokenSent: false, signedWithAccessKeyId: 'AKIAEXAMPLELONGTERM1' }));
    // The issued key differs, so that decides; without a credentials step it would stay open.
    expect(assess(c).status).toBe('confirmed');
    const alone = makeCase({
      steps: [unrecognized({ securityTokenSent: false, signedWithAccessKeyId: 'AKIAEXAMPLELONGTERM1' })],
      records: [],
    });
    expect(assess(alone).status).toBe('consistent');
  });

  it('words its finding in Japanese too', () => {
    const c = runCase(unrecognized({ securityTokenSent: false }));
    const a = assess(c);
    if (a.status !== 'confirmed') throw new Error('expected confirmed');
    expect(render(a.finding.headline, ja)).toContain('セッショントークン');
    expect(render(a.finding.customerMessage, ja)).toContain('いただけますでしょうか');
    expect(ACCESS_KEY_ID.startsWith('ASIA')).toBe(true);
  });
});
