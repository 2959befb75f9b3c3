import { CASE_VERSION } from '../case';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCase, makeCredentials, makeDeniedCase, makeSignIn, makeStsRecord } from '../fixtures/cases';
import { DEFAULT_REDACTION, redact } from './redact';
import { TARGET_LINK_LENGTH, decodeShareLink, encodePayload, encodeShareLink } from './share-link';

const PREFIX = 'https://authtrace.example/#/share/'.length;

/** Incompressible text (a fixed pseudo-random sequence), so size tests are not defeated by deflate. */
function noise(length: number, seed: number): string {
  let state = seed + 1;
  return Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return String.fromCharCode(33 + (state % 90));
  }).join('');
}

describe('share links', () => {
  it('round-trips a redacted case', async () => {
    const c = redact(makeDeniedCase(undefined));
    const { payload } = await encodeShareLink(c, PREFIX);
    const decoded = decodeShareLink(payload);
    expect(decoded).toEqual({ ok: true, case: c });
    expect(payload.startsWith('1.')).toBe(true);
  });

  it('shortens a long case, dropping raw record fields before anything the proofs use', async () => {
    const records = Array.from({ length: 4 }, (_, i) =>
      makeStsRecord({
        eventID: `e-${i}`,
        accessKeyId: i === 0 ? 'ASIAEXAMPLEKEY000001' : `ASIAOTHER${i}`,
        additionalEventData: { padding: noise(1500, i) },
      }),
    );
    const { payload, dropped, shared } = await encodeShareLink(makeCase({ records }), PREFIX);
    expect(PREFIX + payload.length).toBeLessThanOrEqual(TARGET_LINK_LENGTH);
    expect(dropped[0]).toBe('records');
    expect(shared.records[0]).toMatchObject({
      eventID: 'e-0',
      responseElements: { credentials: { accessKeyId: 'ASIAEXAMPLEKEY000001' } },
    });
  });

  it.each([
    ['', 'no evidence'],
    ['hello', 'not an Authtrace share link'],
    ['2.abc', 'another version'],
    ['1.<script>', 'damaged'],
    ['1.AAAA', 'damaged or incomplete'],
    [`1.${'A'.repeat(300_000)}`, 'too long'],
  ])('explains a bad link %#', (payload, message) => {
    const decoded = decodeShareLink(payload);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toContain(message);
  });

  it('explains a truncated link and an altered one', async () => {
    const { payload } = await encodeShareLink(makeCase(), PREFIX);
    const truncated = decodeShareLink(payload.slice(0, payload.length - 20));
    expect(truncated.ok).toBe(false);
    const valid = await encodePayload({ ...makeCase(), version: 7 } as unknown as ReturnType<typeof makeCase>);
    const altered = decodeShareLink(valid);
    expect(altered).toMatchObject({ ok: false, error: expect.stringContaining('made by a newer Authtrace') });
  });

  it('refuses a small link that inflates into too much evidence', async () => {
    const bomb = await encodePayload({ ...makeCase(), createdAt: 'x'.repeat(3_000_000) } as ReturnType<
      typeof makeCase
    >);
    expect(bomb.length).toBeLessThan(20_000);
    expect(decodeShareLink(bomb)).toMatchObject({ ok: false, error: expect.stringContaining('more evidence than') });
  });

  // ~3.5 s on a busy 2-core machine; a hang fails on the timeout.
  it('never throws and never hangs on 100,000 mutated or random links', { timeout: 30_000 }, async () => {
    const seed = (await encodeShareLink(redact(makeDeniedCase(undefined)), PREFIX)).payload;
    const mutated = fc
      .tuple(fc.nat({ max: seed.length - 1 }), fc.nat({ max: seed.length }), fc.string({ maxLength: 8 }))
      .map(([start, length, insert]) => seed.slice(0, start) + insert + seed.slice(start + length));
    const alphabet = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF-_.'.split('')), maxLength: 200 });
    fc.assert(
      fc.property(
        fc.oneof(
          mutated,
          alphabet,
          fc.string({ maxLength: 300 }),
          alphabet.map((s) => `1.${s}`),
        ),
        (link) => {
          const decoded = decodeShareLink(link);
          return decoded.ok ? decoded.case.version === CASE_VERSION : decoded.error.length > 0;
        },
      ),
      { numRuns: 100_000, seed: 42 },
    );
  });
});

describe('redact', () => {
  const c = makeCase({
    steps: [
      makeSignIn({
        username: 'tester@example.com',
        idToken: {
          header: { alg: 'RS256' },
          claims: {
            ...makeSignIn().idToken?.claims,
            email: 'tester@example.com',
            sub: 'sub-123',
            'cognito:username': 'tester@example.com',
          },
        },
      }),
      makeCredentials(),
    ],
  });

  it('masks email and username by default, the same value by the same placeholder', () => {
    const text = JSON.stringify(redact(c, DEFAULT_REDACTION));
    expect(text).not.toContain('tester@example.com');
    expect(text).toContain('<email-1>');
    expect(text).toContain('sub-123');
  });

  it('masks identity id and account id on request, consistently across steps and records', () => {
    const out = redact(c, { ...DEFAULT_REDACTION, identityId: true, accountId: true, sub: true });
    const text = JSON.stringify(out);
    expect(text).not.toMatch(/111122223333|0f0e0d0c|sub-123/);
    expect(out.records[0]?.recipientAccountId).toBe('<account-1>');
  });

  it('drops secrets and token-shaped strings wherever they hide', () => {
    const jwt = `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhYmMifQ.${'s'.repeat(40)}`;
    const leaky = {
      ...c,
      lookups: [
        {
          source: 'cloudtrail',
          ask: 'other',
          subject: jwt,
          query: { sessionToken: 'IQoJsecret', SecretAccessKey: 'x' },
          calls: 1,
          outcome: 'found',
          cli: '',
          at: c.createdAt,
        },
      ],
    } as typeof c;
    const text = JSON.stringify(redact(leaky));
    expect(text).not.toContain(jwt);
    expect(text).not.toContain('IQoJsecret');
    expect(text).not.toMatch(/SecretAccessKey/);
  });

  it('masks a thousand identity and account ids, each by its own placeholder wherever it appears', () => {
    const records = Array.from({ length: 1000 }, (_, i) =>
      makeStsRecord({
        eventID: `e-${i}`,
        recipientAccountId: String(100_000_000_000 + i),
        userIdentity: { type: 'WebIdentityUser', userName: `us-east-1:id-${i}` },
        errorMessage: `us-east-1:id-${i} in ${100_000_000_000 + i}`,
      }),
    );
    const out = redact(makeCase({ records }), { ...DEFAULT_REDACTION, identityId: true, accountId: true });
    const text = JSON.stringify(out.records);
    expect(text).not.toMatch(/us-east-1:id-|1000000000\d\d/);
    expect(out.records[999]).toMatchObject({
      recipientAccountId: '<account-1000>',
      errorMessage: '<identity-1001> in <account-1000>',
    });
  });
});

describe('encodeShareLink never makes a link the decoder refuses', () => {
  // A role with many long statements: within every count limit, but more JSON than a link carries, and nothing the
  // shortening drops (policies are what the customer's fix is about).
  const bigPolicy = (statements: number, sidLength: number) => ({
    Version: '2012-10-17',
    Statement: Array.from({ length: statements }, (_, i) => ({
      Sid: noise(sidLength, i),
      Effect: 'Allow',
      Action: 'appsync:GraphQL',
      Resource: `arn:aws:appsync:us-east-1:444455556666:apis/x${i}/*`,
    })),
  });

  it('refuses, with a sentence and no payload, a case still over 2 MB once shortened', async () => {
    const c = redact(makeDeniedCase([{ name: 'big', kind: 'inline', document: bigPolicy(1_500, 1_400) }]));
    const share = await encodeShareLink(c, PREFIX);
    expect(share.payload).toBe('');
    expect(share.refused?.id).toBe('share.refused.too-large');
    expect(share.dropped).toEqual(['records', 'calls', 'claims']);
    // What the link would have been is indeed refused by the decoder.
    expect(decodeShareLink(await encodePayload(c)).ok).toBe(false);
  }, 60_000);

  it('refuses a case the decoder would refuse for another reason (a time the timeline cannot draw)', async () => {
    const c = redact(
      makeDeniedCase(undefined, { records: [makeStsRecord({ eventTime: 'the day before yesterday' })] }),
    );
    expect(decodeShareLink(await encodePayload(c)).ok).toBe(false);
    const share = await encodeShareLink(c, PREFIX);
    expect(share).toMatchObject({ payload: '', refused: { id: 'share.refused.unreadable' } });
  });

  it('every link it makes opens: big cases under the cap, and random sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 2_000 }), async (n, sid) => {
        const c = redact(makeDeniedCase([{ name: 'p', kind: 'inline', document: bigPolicy(n, sid) }]));
        const share = await encodeShareLink(c, PREFIX);
        if (share.refused) {
          // Refused by the cap it is over, with the figure that is over it (never a size under its own limit).
          expect(share.payload).toBe('');
          const { id, params } = share.refused as { id: string; params: Record<string, number> };
          if (id === 'share.refused.too-large') expect(params.megabytes).toBeGreaterThan(params.limitMegabytes ?? 0);
          else {
            expect(id).toBe('share.refused.too-long');
            expect(params.characters).toBeGreaterThan(params.limitCharacters ?? 0);
          }
        } else expect(decodeShareLink(share.payload).ok).toBe(true);
      }),
      // 146 statements with Sids of ~2,000 characters: a link over 200,000 characters under 2 MB of JSON.
      { numRuns: 25, examples: [[146, 1_993]] },
    );
  }, 120_000);
});
