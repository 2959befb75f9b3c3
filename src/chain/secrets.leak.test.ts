import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case, Lookup } from './case';
import { diagnose } from './diagnose';
import { caseToMarkdown } from './export/markdown';
import record from './fixtures/aws/assume-role-with-web-identity.cognito.json';
import seedOutputs from './fixtures/app-config/seed-amplify-outputs.json';
import {
  FIELD_ARN,
  T0,
  allowOn,
  iso,
  makeCredentials,
  makeDeniedCase,
  makeSignIn,
  makeStsRecord,
  makeUnauthorized,
} from './fixtures/cases';
import { buildOfflineCase } from './offline/build-case';
import { redact } from './share/redact';
import { decodeShareLink, encodeShareLink } from './share/share-link';
import { buildTimeline } from './timeline';

/**
 * No secret shape planted anywhere in a case reaches what leaves the browser: the redacted case, a share link as
 * the customer decodes it, the Markdown and JSON exports; and none planted in a pasted piece enters an offline case.
 */

/** A secret shape as it appears in text, and the parts of it that must never come out. */
interface Planted {
  text: string;
  cores: string[];
}

const chars = (alphabet: string, minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CREDENTIAL = 'Credential=AKIAIOSFODNN7EXAMPLE/20261124/us-east-1/appsync/aws4_request';

// AWS secret access keys are 40 random base64 characters (IAM User Guide, "Managing access keys").
const secretKey = chars(BASE64, 40, 40)
  .filter((key) => (/[A-Z]/.test(key) && /[a-z]/.test(key)) || /[+/]/.test(key))
  .chain((key) =>
    fc.constantFrom<Planted>(
      { text: key, cores: [key] },
      { text: `SecretAccessKey=${key}`, cores: [key] },
      { text: `"SecretKey":"${key}"`, cores: [key] },
    ),
  );
// STS session tokens: hundreds of base64 characters starting IQoJb3JpZ2luX2Vj.
const sessionToken = chars(BASE64, 100, 400).chain((body) => {
  const token = `IQoJb3JpZ2luX2Vj${body}`;
  return fc.constantFrom<Planted>(
    { text: token, cores: [body] },
    { text: `"sessionToken": "${token}=="`, cores: [body] },
    { text: `X-Amz-Security-Token=${encodeURIComponent(token)}&X-Amz-Date=20261124T083002Z`, cores: [body] },
  );
});
// The token AppSync echoes in a canonical request (aws-mobile-appsync-sdk-js#561) or logs as a header line.
const echoedToken = chars(BASE64, 16, 120).chain((token) =>
  fc.constantFrom<Planted>(
    {
      text: `The Canonical String for this request should have been\n'POST\n/graphql\n\nhost:x7k2mq4n5p6r7s8t9u0v1w2y3z.appsync-api.us-east-1.amazonaws.com\nx-amz-date:20261124T083002Z\nx-amz-security-token:${token}\n\nhost;x-amz-date;x-amz-security-token\nabc'`,
      cores: [token],
    },
    { text: `Request Headers: {x-amz-security-token=[${token}], host=[example]}`, cores: [token] },
  ),
);
const jwt = fc
  .tuple(chars(BASE64URL, 10, 40), chars(BASE64URL, 20, 300), chars(BASE64URL, 20, 342))
  .chain(([header, payload, signature]) => {
    const token = `eyJ${header}.eyJ${payload}.${signature}`;
    const cores = [payload, signature];
    return fc.constantFrom<Planted>(
      { text: token, cores },
      // aws-amplify/amplify-js#2035, #7906: IncompleteSignatureException echoes `Authorization=<JWT>`.
      { text: `Authorization header requires 'Signature' parameter. Authorization=${token}`, cores },
      { text: `Authorization: Bearer ${token}`, cores },
      { text: `{"IdToken":"${token}","TokenType":"Bearer"}`, cores },
    );
  });
// Cognito refresh tokens: five-part JWEs, the encrypted key part possibly empty (awslabs/aws-jwt-verify#59).
const refreshToken = fc
  .tuple(fc.oneof(fc.constant(''), chars(BASE64URL, 20, 342)), chars(BASE64URL, 20, 500))
  .map(([key, ciphertext]): Planted => ({
    text: `eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.${key}.RkFLRWl2RkFLRWl2.${ciphertext}.RkFLRXRhZ0ZBS0V0YWc`,
    cores: key ? [key, ciphertext] : [ciphertext],
  }));
const signature = chars('0123456789abcdef', 64, 64).chain((hex) =>
  fc.constantFrom<Planted>(
    {
      text: `Authorization: AWS4-HMAC-SHA256 ${CREDENTIAL}, SignedHeaders=host;x-amz-date, Signature=${hex}`,
      cores: [hex],
    },
    { text: `authorization=[AWS4-HMAC-SHA256 ${CREDENTIAL}, SignedHeaders=host, Signature=${hex}]`, cores: [hex] },
  ),
);
const password = chars(`${BASE64URL} !#$%*+./:=?@^~,;{}[]()`, 8, 30).map((body): Planted => {
  const secret = `Pw${body}9`;
  return { text: `{"username":"tester","password":"${secret}"}`, cores: [secret] };
});
// An opaque OAuth access token sent as a bearer token (aws-amplify/amplify-js#984: `Authorization: Bearer token`).
const bearer = chars(`${BASE64URL}.~+/`, 20, 80).map((token): Planted => ({
  text: `Authorization: Bearer ${token}`,
  cores: [token],
}));
const SHAPES = { secretKey, sessionToken, echoedToken, jwt, refreshToken, bearer, signature, password };
const shape = fc.oneof(...Object.values(SHAPES));
const planted = fc
  .tuple(fc.string({ maxLength: 30 }), shape, fc.string({ maxLength: 30 }))
  .map(([before, secret, after]) => ({ text: `${before} ${secret.text} ${after}`, cores: secret.cores }));

/** Every string in a value, keys included. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsOf(item, out);
    }
  return out;
}

function expectNoLeak(where: string, value: unknown, cores: string[]): void {
  // One assertion per output: an expect per string costs more than everything else the property does.
  const leaks = stringsOf(value).filter((text) => cores.some((core) => text.includes(core)));
  expect(leaks, `${where} leaks ${cores.join(', ')}`).toEqual([]);
}

const call = (service: string, operation: string, at: string) => ({
  service,
  operation,
  at,
  durationMs: 50,
  status: 400,
  requestId: '3f1c1e0e-1111-4222-8333-944455556666',
  errorType: 'NotAuthorizedException',
  errorMessage: 'Incorrect username or password.',
  serverDate: 'Tue, 24 Nov 2026 08:30:02 GMT',
});
const lookup: Lookup = {
  source: 'iam',
  ask: 'role-policies',
  subject: 'authtrace-demo-authenticated',
  query: { RoleName: 'authtrace-demo-authenticated' },
  calls: 1,
  outcome: 'denied',
  error: { name: 'AccessDenied', message: 'User is not authorized to perform: iam:ListRolePolicies' },
  cli: 'aws iam list-role-policies --role-name authtrace-demo-authenticated',
  at: iso(5),
};
const failure = { name: 'NotAuthorizedException', message: 'refused', recoverySuggestion: 'retry' };

// Values no text rule would recognise: only their key names say they are secrets.
const OPAQUE = { sessionToken: 'opaque session token', secretAccessKey: 'opaque secret key' };

/** The seed case with every kind of evidence present and every free-text field filled. */
function richCase(): Case {
  return makeDeniedCase([{ name: 'inline', kind: 'inline', document: allowOn(FIELD_ARN) }], {
    steps: [
      makeSignIn({ username: 'tester', error: failure, calls: [call('cognito-idp', 'InitiateAuth', iso(0))] }),
      makeCredentials({ error: failure, calls: [call('cognito-identity', 'GetId', iso(1))] }),
      makeUnauthorized({ calls: [call('appsync', 'GraphQL', iso(2))] }),
    ],
    records: [
      makeStsRecord({
        errorMessage: 'denied',
        additionalEventData: { note: 'x' },
        responseElements: { credentials: { accessKeyId: 'ASIAEXAMPLEKEY000001', ...OPAQUE } },
      }),
    ],
    logs: [
      { timestamp: T0 + 2000, message: 'req-1 Response Headers: {x-amzn-ErrorType=UnauthorizedException}' },
      { timestamp: T0 + 2001, message: '{"logType":"RequestSummary","requestId":"req-1","statusCode":401}' },
    ],
    lookups: [lookup],
  });
}

// Fields the schema or the limits constrain (times, enums, ids with a pattern, field names that make ARNs): a planted
// text there is not a case any more.
const CONSTRAINED = new Set(
  'typeName fieldName apiId ask at createdAt eventTime expiration kind outcome flow authMode source version region userPoolId userPoolClientId identityPoolId graphqlEndpoint accountId'.split(
    ' ',
  ),
);

/**
 * A copy of `value` with `text` in every unconstrained string field, each behind its own number: redact masks a
 * username or an email by value everywhere, and the same text in every field would be masked away with it.
 */
function plantEverywhere(value: unknown, text: string): unknown {
  let fields = 0;
  const plant = (node: unknown, key: string): unknown => {
    if (typeof node === 'string') return CONSTRAINED.has(key) || key in OPAQUE ? node : `#${(fields += 1)} ${text}`;
    if (Array.isArray(node)) return node.map((item: unknown) => plant(item, key));
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).map(([k, item]) => [k, plant(item, k)]));
  };
  return plant(value, '');
}

describe('no secret leaves the browser', () => {
  // 2–5 s for 300 runs on a busy 2-core machine (load average 7–9): the timeout leaves at least 6× headroom.
  it('from any field of any evidence kind, through redact, share links and exports', { timeout: 30_000 }, async () => {
    const base = richCase();
    await fc.assert(
      fc.asyncProperty(planted, async ({ text, cores: shapeCores }) => {
        const cores = [...shapeCores, ...Object.values(OPAQUE)];
        const leaky = plantEverywhere(base, text) as Case;
        const redacted = redact(leaky);
        expectNoLeak('redact', redacted, cores);
        const { payload } = await encodeShareLink(redacted, 0, Number.MAX_SAFE_INTEGER);
        const decoded = decodeShareLink(payload);
        if (!decoded.ok) throw new Error(decoded.error);
        expectNoLeak('share link', decoded.case, cores);
        const verdict = diagnose(redacted);
        const markdown = caseToMarkdown(
          redacted,
          verdict,
          buildTimeline(redacted, verdict.links),
          'https://x/#/share/1.x',
        );
        expectNoLeak('Markdown export', markdown, cores);
        expectNoLeak('JSON export', JSON.stringify(redacted, null, 2), cores);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  const appConfig = JSON.stringify(seedOutputs);
  const { _source: _, ...documented } = record;
  const requestId = '3f1c1e0e-1111-4222-8333-944455556666';

  // 0.6–3 s for 800 runs on the same machine: the timeout leaves at least 5× headroom.
  it('from any pasted piece into an offline case', { timeout: 15_000 }, () => {
    const pieces = (text: string) =>
      fc.constantFrom(
        { appError: `NotAuthorizedException: ${text}` },
        { appError: JSON.stringify({ __type: 'NotAuthorizedException', message: text }) },
        {
          appError: JSON.stringify({
            data: {},
            errors: [
              {
                message: text,
                recoverySuggestion: text,
                originalError: { name: 'UnauthorizedException', message: text },
              },
            ],
          }),
        },
        {
          cloudTrail: JSON.stringify({
            ...documented,
            errorMessage: text,
            userAgent: text,
            additionalEventData: { x: text },
          }),
        },
        { logLines: `${requestId} GraphQL Query: query { listNotes { id } }, Operation: null\n${requestId} ${text}` },
        {
          cloudTrail: JSON.stringify(documented),
          policy: JSON.stringify({
            Statement: [
              { Sid: 'A', Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:x': text } } },
            ],
          }),
        },
        { query: `query { listNotes(filter: ${JSON.stringify(text)}) { id } }` },
        // Forms read loosely (src/chain/forms): console prints, console-copied log rows, HTTP dumps.
        { appError: `{ errors: [ { message: ${JSON.stringify(text)}, recoverySuggestion: '${text}' } ] }` },
        { appError: `UnauthorizedException: ${text}\n    at f (x.js:1:2) {\n  extra: '${text}'\n}` },
        { appError: `HTTP/1.1 401 Unauthorized\nx-amzn-ErrorType: UnauthorizedException\n\n${text}` },
        { logLines: `2026-11-24T08:30:02.120Z\t${requestId} ${text}\n2026-11-24T08:30:02.121Z\t${text}` },
        { logLines: JSON.stringify({ events: [{ timestamp: 1795509002120, message: text }] }) },
        { role: `{ Roles: { authenticated: '${text}' } }` },
      );
    fc.assert(
      fc.property(
        planted.chain(({ text, cores }) => pieces(text).map((piece) => ({ piece, cores }))),
        ({ piece, cores }) => {
          const built = buildOfflineCase({ appConfig, ...piece }, new Date('2026-11-24T09:00:00Z'));
          expectNoLeak('offline case', built, cores);
        },
      ),
      { numRuns: 800, seed: 7 },
    );
  });
});
