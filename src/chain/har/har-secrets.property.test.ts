import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seedOutputs from '../fixtures/app-config/seed-amplify-outputs.json';
import {
  HAR_T0,
  fakeJwt,
  idTokenFor,
  makeHar,
  noise,
  seedCalls,
  type FixtureCall,
  type Flavour,
} from '../fixtures/har';
import { buildHarCase } from './build-har-case';

const appConfig = JSON.stringify(seedOutputs);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const chars = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));

/** Secrets as AWS and Cognito shape them: a secret access key, a session token, a JWT (whose signature counts). */
const secretKey = chars(B64, 40, 40).map((k) => `Ab${k.slice(2)}`); // mixed case, as AWS issues them
const sessionToken = chars(B64, 100, 300).map((t) => `IQoJb3JpZ2luX2Vj${t}`);
const jwt = fc
  .tuple(chars('abcdefghijklmnop0123456789', 8, 20), chars(`${B64.slice(0, 62)}-_`, 43, 86))
  .map(([sub, signature]) => fakeJwt({ sub, token_use: 'id', iat: 1 }, signature));
const secret = fc.oneof(secretKey, sessionToken, jwt);
/** An opaque value in a place that is never read (cookies, unrelated traffic): any string of 12+ characters. */
const opaque = chars(`${B64}-_.~`, 16, 64).map((s) => `opaque${s}`);

interface Planted {
  secrets: string[];
  calls: FixtureCall[];
}

// How texts delimit a value, `=` included (`k=<key>=x`).
const SEP = fc.constantFrom(' ', '"', ': ', ', ', '\n', '=');

/**
 * Plants secrets in every header (request and response, AWS and not), body (request and response, JSON and
 * text), cookie and query field of a HAR around the seed chain, including the fields the case keeps (error messages,
 * request ids, the query, the username, token claims).
 */
const planted: fc.Arbitrary<Planted> = fc
  .record({
    s: fc.array(secret, { minLength: 12, maxLength: 12 }),
    o: fc.array(opaque, { minLength: 4, maxLength: 4 }),
    sep: SEP,
  })
  .map(({ s, o, sep }) => {
    const [a, b, c, d, e, f, g, h, i, j, k, l] = s as [string, ...string[]] & string[];
    const [p, q, r, t] = o as [string, string, string, string];
    const with_ = (text: string, value: string | undefined) => `${text}${sep}${value ?? ''}${sep}end`;
    const calls = seedCalls().map((call) => {
      const planted: FixtureCall = {
        ...call,
        requestHeaders: {
          ...call.requestHeaders,
          cookie: `session=${p}; other=${a}`,
          'x-api-key': b ?? '',
          'x-custom-token': with_('t', c),
          'x-amz-security-token': d ?? '',
        },
        responseHeaders: {
          ...call.responseHeaders,
          'set-cookie': `id=${q}; Secure`,
          'x-amzn-requestid': with_('req', e),
          'x-amzn-errortype': with_('UnauthorizedException', f),
          'x-amzn-errormessage': with_('m', g),
        },
        cookies: [
          { name: 'session', value: r },
          { name: 'token', value: h ?? '' },
        ],
        query: [{ name: 'X-Amz-Security-Token', value: i ?? '' }],
        url: `${call.url}?X-Amz-Signature=${t}&token=${encodeURIComponent(j ?? '')}`,
      };
      if (call.requestBody?.startsWith('{')) {
        const body = JSON.parse(call.requestBody) as Record<string, unknown>;
        body.AuthParameters = { ...(body.AuthParameters as object), USERNAME: with_('user', k), PASSWORD: a };
        if (typeof body.query === 'string') body.query = `${body.query}\n# ${with_('comment', l)}`;
        body.variables = { input: { note: c, token: e } };
        planted.requestBody = JSON.stringify(body);
      }
      if (call.responseBody?.startsWith('{')) {
        const body = JSON.parse(call.responseBody) as Record<string, unknown>;
        const auth = body.AuthenticationResult as Record<string, unknown> | undefined;
        if (auth) auth.IdToken = idTokenFor('sub-1', HAR_T0 / 1000 + 1, { 'custom:note': with_('n', f), signature: g });
        if (Array.isArray(body.errors))
          body.errors = [{ errorType: with_('Unauthorized', h), message: with_('denied', i) }];
        body.message = with_('message', j);
        body.__type = with_('NotAuthorizedException', k);
        planted.responseBody = JSON.stringify(body);
      } else planted.responseBody = with_('text', l);
      return planted;
    });
    return {
      secrets: [...s, ...o],
      calls: [...noise(5, 0, p), ...calls, ...noise(5, 4, a)],
    };
  });

describe('no secret of a HAR reaches its case', () => {
  it(
    'secrets planted in every header, body, cookie and query field, in every export flavour',
    () => {
      fc.assert(
        fc.property(
          planted,
          fc.constantFrom<Flavour>('chrome', 'firefox', 'safari'),
          fc.boolean(),
          (input, flavour, sanitized) => {
            const result = buildHarCase(makeHar(flavour, input.calls, { sanitized }), appConfig);
            const text = JSON.stringify(result);
            for (const value of input.secrets) {
              expect(text).not.toContain(value);
              // A JWT's signature alone would be enough to replay it.
              const signature = value.startsWith('eyJ') ? value.split('.')[2] : undefined;
              if (signature) expect(text).not.toContain(signature);
            }
            // The planting did not break the reading: the chain is still read (the test can fail on a leak).
            expect(result.ok).toBe(true);
          },
        ),
        { numRuns: 60, seed: 20261124 },
      );
    },
    // ~2 s on an idle machine; the shared 2-core machine can be 10× slower.
    120_000,
  );
});
