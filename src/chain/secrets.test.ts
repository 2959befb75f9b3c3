import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECRET_MARKER, scrubText, scrubValue } from './secrets';

// Fake secrets only: AWS's documentation example keys and made-up token bodies.
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SESSION_TOKEN = `IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQDfake${'FAKEtokenBODY0123+/'.repeat(8)}`;
const SHORT_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLEshort';
const JWT_HEADER = 'eyJraWQiOiJFWEFNUExFa2lkIiwiYWxnIjoiUlMyNTYifQ'; // {"kid":"EXAMPLEkid","alg":"RS256"}
const JWT_PAYLOAD = 'eyJzdWIiOiIwZjBlMGQwYy0xMTExLTIyMjItMzMzMy00NDQ0NTU1NTY2NjYiLCJ0b2tlbl91c2UiOiJhY2Nlc3MifQ';
const JWT_SIGNATURE = 'RkFLRXNpZ25hdHVyZUZBS0VzaWduYXR1cmVGQUtFc2lnbmF0dXJl';
const JWT = `${JWT_HEADER}.${JWT_PAYLOAD}.${JWT_SIGNATURE}`;
// Cognito refresh tokens are JWEs, {"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"} then four more parts: "Amazon
// Cognito refresh tokens are encrypted" (Cognito Developer Guide, "Understanding user pool JSON web tokens");
// awslabs/aws-jwt-verify#59 ("Cognito Refresh Tokens are in fact encrypted JWTs").
const JWE_KEY = 'RkFLRWVuY3J5cHRlZGtleUZBS0VlbmNyeXB0ZWRrZXlGQUtFZW5jcnlwdGVka2V5';
const JWE_BODY = 'RkFLRWNpcGhlcnRleHRGQUtFY2lwaGVydGV4dEZBS0VjaXBoZXJ0ZXh0';
const REFRESH_TOKEN = `eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.${JWE_KEY}.RkFLRWl2RkFLRWl2.${JWE_BODY}.RkFLRXRhZ0ZBS0V0YWc`;
const SIGNATURE = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
const CREDENTIAL = 'Credential=AKIAIOSFODNN7EXAMPLE/20261124/us-east-1/appsync/aws4_request';
const FIELD_ARN = 'arn:aws:appsync:us-east-1:111122223333:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z/types/Query/fields/listNotes';
const PAYLOAD_HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const SECRETS = [SECRET_KEY, SESSION_TOKEN, SHORT_TOKEN, JWT_PAYLOAD, JWT_SIGNATURE, JWE_KEY, JWE_BODY, SIGNATURE];
const expectClean = (text: string) => {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
};

/** AWS's echo forms, as public issues show them (ids and secrets replaced by fakes). */
const ECHOES: [source: string, text: string, kept: string[]][] = [
  [
    // awslabs/aws-mobile-appsync-sdk-js#561 (2021-04-08): AppSync's subscription handshake echoes the canonical
    // request it expected, session token included, as a BadRequestException.
    'AppSync canonical request echo',
    JSON.stringify({
      errors: [
        {
          errorType: 'BadRequestException',
          message:
            'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n' +
            "The Canonical String for this request should have been\n'POST\n/graphql\n\naccept:*/*\ncontent-type:application/json; charset=UTF-8\n" +
            `host:x7k2mq4n5p6r7s8t9u0v1w2y3z.appsync-api.us-east-1.amazonaws.com\nx-amz-date:20261124T083002Z\nx-amz-security-token:${SESSION_TOKEN}\n\n` +
            `accept;content-type;host;x-amz-date;x-amz-security-token\n${PAYLOAD_HASH}'\n\n` +
            "The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261124T083002Z\n20261124/us-east-1/appsync/aws4_request\n" +
            `${PAYLOAD_HASH}'\n`,
        },
      ],
    }),
    ['x-amz-date:20261124T083002Z', 'accept;content-type;host;x-amz-date;x-amz-security-token', PAYLOAD_HASH],
  ],
  [
    // zino-hofmann/graphql-flutter#639: the same echo from AppSync for a request signed without a session token;
    // aws-amplify/amplify-android#655 shows it with one, short tokens included.
    'AppSync canonical request echo, short token',
    "The Canonical String for this request should have been\n'POST\n/graphql\n\naccept:application/json\n" +
      `host:x7k2mq4n5p6r7s8t9u0v1w2y3z.appsync-api.eu-west-1.amazonaws.com\nx-amz-date:20261124T083002Z\nx-amz-security-token:${SHORT_TOKEN}\n\naccept;host;x-amz-date;x-amz-security-token\nAAAAA'`,
    ['host:x7k2mq4n5p6r7s8t9u0v1w2y3z.appsync-api.eu-west-1.amazonaws.com'],
  ],
  [
    // aws-amplify/amplify-js#2035 and #7906: AppSync's IncompleteSignatureException echoes the user pool JWT sent
    // where SigV4 was expected (aws/chalice#828 shows the whole echo).
    'IncompleteSignatureException echo',
    JSON.stringify({
      errors: [
        {
          errorType: 'IncompleteSignatureException',
          message: `Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${JWT}`,
        },
      ],
    }),
    ["Authorization header requires 'Signature' parameter.", 'IncompleteSignatureException'],
  ],
  [
    // AppSync's HTTP endpoint answers a signature mismatch 403 InvalidSignatureException (aws-amplify/amplify-js
    // #2422) with the same canonical-request echo (awslabs/aws-mobile-appsync-sdk-js #561), as a thrown GraphQL
    // result carries it once Amplify has parsed the body.
    'AppSync 403 InvalidSignatureException echo',
    JSON.stringify({
      errors: [
        {
          errorType: 'InvalidSignatureException',
          message:
            'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n' +
            "The Canonical String for this request should have been\n'POST\n/graphql\n\ncontent-type:application/json; charset=UTF-8\n" +
            `host:x7k2mq4n5p6r7s8t9u0v1w2y3z.appsync-api.us-east-1.amazonaws.com\nx-amz-date:20261124T083002Z\nx-amz-security-token:${SESSION_TOKEN}\nx-amz-user-agent:aws-amplify/6.0.0 api/1 framework/0\n\n` +
            `content-type;host;x-amz-date;x-amz-security-token;x-amz-user-agent\n${PAYLOAD_HASH}'\n\n` +
            "The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261124T083002Z\n20261124/us-east-1/appsync/aws4_request\n" +
            `${PAYLOAD_HASH}'\n`,
        },
      ],
    }),
    ['x-amz-user-agent:aws-amplify/6.0.0 api/1 framework/0', '20261124/us-east-1/appsync/aws4_request'],
  ],
  [
    // JSON 1.1 services repeat the message in an x-amzn-ErrorMessage header (localstack/localstack #3201 quotes a
    // Cognito answer); a header holds one line, so the echoed canonical request arrives joined by spaces.
    'x-amzn-ErrorMessage header, one line',
    `x-amzn-ErrorType: InvalidSignatureException:\nx-amzn-ErrorMessage: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details. The Canonical String for this request should have been 'POST / content-type:application/x-amz-json-1.1 host:cloudtrail.us-east-1.amazonaws.com x-amz-date:20261124T083002Z x-amz-security-token:${SESSION_TOKEN} x-amz-target:CloudTrail_20131101.LookupEvents content-type;host;x-amz-date;x-amz-security-token;x-amz-target ${PAYLOAD_HASH}'`,
    ['x-amz-target:CloudTrail_20131101.LookupEvents', 'x-amzn-ErrorType: InvalidSignatureException:'],
  ],
  [
    // AppSync request-level logs print headers as a Java map, one line per request (AppSync Developer Guide,
    // "CloudWatch logs"; aws-amplify/amplify-js#2422 quotes the Response Headers line).
    'AppSync request header log line',
    `3f1c1e0e-1111-4222-8333-944455556666 Request Headers: {content-type=[application/json], x-amz-security-token=[${SESSION_TOKEN}], authorization=[AWS4-HMAC-SHA256 ${CREDENTIAL}, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=${SIGNATURE}], host=[x7k2mq4n5p6r7s8t9u0v1w2y3z.appsync-api.us-east-1.amazonaws.com]}`,
    ['3f1c1e0e-1111-4222-8333-944455556666 Request Headers: {content-type=[application/json]', CREDENTIAL],
  ],
  [
    // SigV4 Authorization header (AWS General Reference, "Signature Version 4 signing process" example).
    'SigV4 Authorization header',
    `Authorization: AWS4-HMAC-SHA256 ${CREDENTIAL}, SignedHeaders=host;x-amz-date, Signature=${SIGNATURE}`,
    [`Authorization: AWS4-HMAC-SHA256 ${CREDENTIAL}, SignedHeaders=host;x-amz-date, Signature=`],
  ],
  [
    // A presigned URL (SigV4 query-string authentication): token and signature URL-encoded in the query.
    'presigned query string',
    `https://example.amazonaws.com/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261124%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${encodeURIComponent(SESSION_TOKEN)}&X-Amz-Signature=${SIGNATURE}`,
    ['X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261124'],
  ],
  [
    // aws-amplify/amplify-js#11317: Amplify's debug log prints the credentials object it loaded.
    'Amplify credentials debug log',
    `[DEBUG] 01:50.311 Credentials - Load credentials successfully {\n  identityId: 'us-east-1:0f0e0d0c-1111-2222-3333-444455556666',\n  accessKeyId: 'ASIAEXAMPLEKEY000001',\n  secretAccessKey: '${SECRET_KEY}',\n  sessionToken: '${SESSION_TOKEN}'\n}`,
    ["identityId: 'us-east-1:0f0e0d0c-1111-2222-3333-444455556666'", "accessKeyId: 'ASIAEXAMPLEKEY000001'"],
  ],
  [
    // Cognito InitiateAuth response (Cognito API Reference, AuthenticationResult), pasted as text.
    'InitiateAuth AuthenticationResult',
    JSON.stringify({
      AuthenticationResult: {
        AccessToken: JWT,
        ExpiresIn: 3600,
        IdToken: JWT,
        RefreshToken: REFRESH_TOKEN,
        TokenType: 'Bearer',
      },
    }),
    ['"ExpiresIn":3600', '"TokenType":"Bearer"'],
  ],
  [
    // Identity pool GetCredentialsForIdentity response (Cognito Identity API Reference).
    'GetCredentialsForIdentity response',
    JSON.stringify({
      Credentials: {
        AccessKeyId: 'ASIAEXAMPLEKEY000001',
        Expiration: 1795000000,
        SecretKey: SECRET_KEY,
        SessionToken: SESSION_TOKEN,
      },
      IdentityId: 'us-east-1:0f0e0d0c-1111-2222-3333-444455556666',
    }),
    ['"AccessKeyId":"ASIAEXAMPLEKEY000001"', '"IdentityId":"us-east-1:0f0e0d0c-1111-2222-3333-444455556666"'],
  ],
  [
    // STS AssumeRoleWithWebIdentity response, query protocol XML (STS API Reference example).
    'STS XML credentials',
    `<Credentials><SessionToken>${SHORT_TOKEN}</SessionToken><SecretAccessKey>${SECRET_KEY}</SecretAccessKey><Expiration>2026-11-24T09:30:01Z</Expiration><AccessKeyId>ASIAEXAMPLEKEY000001</AccessKeyId></Credentials>`,
    ['<AccessKeyId>ASIAEXAMPLEKEY000001</AccessKeyId>', '<Expiration>2026-11-24T09:30:01Z</Expiration>'],
  ],
  [
    // S3 SignatureDoesNotMatch body (aws-amplify/amplify-js#573).
    'S3 SignatureDoesNotMatch XML',
    `<Error><Code>SignatureDoesNotMatch</Code><AWSAccessKeyId>ASIAEXAMPLEKEY000001</AWSAccessKeyId><SignatureProvided>${SIGNATURE}</SignatureProvided></Error>`,
    ['<AWSAccessKeyId>ASIAEXAMPLEKEY000001</AWSAccessKeyId>'],
  ],
  [
    // USER_SRP_AUTH's RespondToAuthChallenge and USER_PASSWORD_AUTH's InitiateAuth (Cognito API Reference).
    'SRP challenge response and password auth',
    `{"ChallengeName":"PASSWORD_VERIFIER","ChallengeResponses":{"PASSWORD_CLAIM_SIGNATURE":"${JWE_BODY}","PASSWORD_CLAIM_SECRET_BLOCK":"${JWE_KEY}","TIMESTAMP":"Tue Nov 24 08:30:00 UTC 2026","USERNAME":"tester"}} {"AuthParameters":{"USERNAME":"tester","PASSWORD":"${SIGNATURE}"}}`,
    ['"ChallengeName":"PASSWORD_VERIFIER"', '"USERNAME":"tester"'],
  ],
  [
    // aws-amplify/amplify-js#984: a bearer token in the Authorization header.
    'Bearer token',
    `headers: { Authorization: Bearer ${JWT_PAYLOAD}xyz }`,
    ['Authorization: Bearer'],
  ],
];

describe('scrubText', () => {
  it.each(ECHOES)('removes every secret from the %s and keeps the evidence around it', (_, text, kept) => {
    const clean = scrubText(text);
    expectClean(clean);
    expect(clean).toContain(SECRET_MARKER);
    for (const piece of kept) expect(clean).toContain(piece);
    expect(scrubText(clean)).toBe(clean);
  });

  it('keeps ids: ARNs, UUIDs, access key ids, identity ids, API ids, request ids, hashes', () => {
    const ids = [
      FIELD_ARN,
      'arn:aws:iam::111122223333:role/AuthtraceDemoAuthenticatedRoleName1', // 40 characters after the last colon
      'arn:aws:sts::111122223333:assumed-role/authtrace-demo-authenticated/CognitoIdentityCredentials',
      'AKIAIOSFODNN7EXAMPLE',
      'ASIAEXAMPLEKEY000001',
      'AROAEXAMPLEROLEID0001:CognitoIdentityCredentials',
      'us-east-1:0f0e0d0c-1111-2222-3333-444455556666',
      'us-east-1_aT7rAcE01',
      '4fq3hj2mskv9c1b8l0u7d6e5ta',
      'x7k2mq4n5p6r7s8t9u0v1w2y3z',
      '3f1c1e0e-1111-4222-8333-944455556666',
      '7c6a1b2c00004000800000000000abcd',
      'da39a3ee5e6b4b0d3255bfef95601890afd80709', // 40 hex characters, unlabelled: a hash, not a key
      PAYLOAD_HASH,
      'https://x7k2mq4n5p6r7s8t9u0v1w2y3z.appsync-api.us-east-1.amazonaws.com/graphql',
    ];
    for (const id of ids) expect(scrubText(`id ${id} end`)).toBe(`id ${id} end`);
  });

  it('removes a 40-character secret key followed by = (a query or header dump: k=<key>=x)', () => {
    const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(scrubText(`x=${key}=end`)).not.toContain(key);
  });

  it('keeps the messages the diagnosis reads', () => {
    for (const message of [
      'Incorrect username or password.',
      'USER_PASSWORD_AUTH flow not enabled for this client',
      'Password did not conform with policy: Password not long enough',
      'Signature expired: 20261124T081500Z is now earlier than 20261124T082500Z (20261124T083000Z - 15 min.)',
      'Not Authorized to access listNotes on type Query',
      "Invalid login token. Issuer doesn't match providerName",
      `User: arn:aws:sts::111122223333:assumed-role/authtrace-demo-authenticated/CognitoIdentityCredentials is not authorized to perform: appsync:GraphQL on resource: ${FIELD_ARN}`,
      'query ListNotes { listNotes { id } }',
    ])
      expect(scrubText(message)).toBe(message);
  });

  it('removes a JWT or JWE whole, even without its signature or with an empty part', () => {
    expect(scrubText(`a ${JWT_HEADER}.${JWT_PAYLOAD} b`)).toBe(`a ${SECRET_MARKER} b`);
    expect(scrubText(`(${JWT}).`)).toBe(`(${SECRET_MARKER}).`);
    expect(scrubText(`t=${REFRESH_TOKEN.replace(JWE_KEY, '')}`)).toBe(`t=${SECRET_MARKER}`);
    expect(scrubText(REFRESH_TOKEN)).toBe(SECRET_MARKER);
  });

  it('removes labelled values in every quoting AWS and SDKs use', () => {
    const cases: [text: string, clean: string][] = [
      ['"password":"hunter 2, with spaces"', `"password":"${SECRET_MARKER}"`],
      ["password: 'hunter2'", `password: '${SECRET_MARKER}'`],
      ['mutation { signUp(password: "hunter2") }', `mutation { signUp(password: "${SECRET_MARKER}") }`],
      ['{\\"SessionToken\\":\\"abc def\\"}', `{\\"SessionToken\\":\\"${SECRET_MARKER}\\"}`],
      ['x-api-key: da2-abcdefghijklmnopqrstuvwxyz', `x-api-key: ${SECRET_MARKER}`],
      ['SECRET_HASH=c2VjcmV0', `SECRET_HASH=${SECRET_MARKER}`],
      // A message cut short, its quote left open: the rest of the text goes.
      ['{"username":"tester","password":"hunter 2 and mo', `{"username":"tester","password":"${SECRET_MARKER}`],
    ];
    for (const [text, clean] of cases) expect(scrubText(text)).toBe(clean);
  });

  it('is idempotent on any text with secrets in it', { timeout: 15_000 }, () => {
    const shape = fc.constantFrom(
      SECRET_KEY,
      SESSION_TOKEN,
      JWT,
      REFRESH_TOKEN,
      `Signature=${SIGNATURE}`,
      '"password":"x"',
      '"password":"unterminated',
      `authorization=[AWS4-HMAC-SHA256 ${CREDENTIAL}, Signature=${SIGNATURE}]`,
      `"Authorization": "AWS4-HMAC-SHA256 ${CREDENTIAL}, Signature=${SIGNATURE}"`,
      `x-amz-security-token=[${SHORT_TOKEN}]`,
      `<SessionToken>${SHORT_TOKEN}</SessionToken>`,
      '[',
      ']',
      '"',
      "'",
      ':',
      '=',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), shape), { maxLength: 8 }), (parts) => {
        const once = scrubText(parts.join(''));
        expect(scrubText(once)).toBe(once);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('scrubValue', () => {
  it('drops secret-named keys at any depth, whatever their case', () => {
    const clean = scrubValue({
      responseElements: { credentials: { accessKeyId: 'ASIAEXAMPLEKEY000001', sessionToken: SESSION_TOKEN } },
      requestParameters: { Password: 'x', SECRET_HASH: 'y', 'X-Amz-Security-Token': SHORT_TOKEN, Session: 'z' },
      list: [{ Authorization: `Bearer ${JWT}`, SecretKey: SECRET_KEY }],
    });
    expect(clean).toEqual({
      responseElements: { credentials: { accessKeyId: 'ASIAEXAMPLEKEY000001' } },
      requestParameters: {},
      list: [{}],
    });
  });

  it('keeps a decoded token under accessToken / idToken but drops a raw one', () => {
    const decoded = { header: { alg: 'RS256' }, claims: { sub: 'abc', token_use: 'access' } };
    expect(scrubValue({ accessToken: decoded, idToken: JWT, IdToken: decoded })).toEqual({
      accessToken: decoded,
      IdToken: decoded,
    });
  });

  it('keeps the provider names of a Logins map and drops the tokens', () => {
    const provider = 'cognito-idp.us-east-1.amazonaws.com/us-east-1_aT7rAcE01';
    expect(scrubValue({ Logins: { [provider]: 'opaque-provider-token' } })).toEqual({
      Logins: { [provider]: SECRET_MARKER },
    });
  });

  it('scrubs every string, keys included, and leaves other values alone', () => {
    expect(scrubValue({ message: `Authorization=${JWT}`, [JWT]: 1, n: 2, b: true, z: null })).toEqual({
      message: `Authorization=${SECRET_MARKER}`,
      [SECRET_MARKER]: 1,
      n: 2,
      b: true,
      z: null,
    });
  });

  it('gives up past 64 levels instead of overflowing the stack, cycles included', () => {
    let deep: unknown = SESSION_TOKEN;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(JSON.stringify(scrubValue(deep))).not.toContain(SESSION_TOKEN);
    const cyclic: Record<string, unknown> = { token: SESSION_TOKEN };
    cyclic.self = cyclic;
    expect(JSON.stringify(scrubValue(cyclic))).toContain(SECRET_MARKER);
  });

  it('keeps a pasted __proto__ key as data', () => {
    const clean = scrubValue(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(Object.keys(clean)).toEqual(['__proto__']);
  });
});
