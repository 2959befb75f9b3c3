import { describe, expect, it } from 'vitest';
import seedOutputs from '../fixtures/app-config/seed-amplify-outputs.json';
import { TARGET } from '../fixtures/cases';
import {
  DENIED,
  GRAPHQL_URL,
  HAR_T0,
  IDENTITY_HOST,
  SEED,
  credentialsCalls,
  fakeJwt,
  graphqlCall,
  idTokenFor,
  makeHar,
  noise,
  seedCalls,
  signInCalls,
  type Flavour,
} from '../fixtures/har';
import stsRecord from '../fixtures/aws/assume-role-with-web-identity.cognito.json';
import { diagnose } from '../diagnose';
import { chainSteps } from '../evidence';
import { buildHarCase } from './build-har-case';
import { MAX_HAR_CHARS } from './har-file';

const appConfig = JSON.stringify(seedOutputs);
const at = (seconds: number) => new Date(HAR_T0 + seconds * 1000).toISOString();

function built(har: string, config?: string) {
  const result = buildHarCase(har, config, new Date(HAR_T0 + 60_000));
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** Secrets the seed chain moved: none may be in a case. */
const SEED_SECRETS = [
  SEED.secretKey,
  SEED.sessionToken,
  SEED.refreshToken,
  'c2lnbmF0dXJlLW9mLXRoZS10b2tlbi1BQkNERUZHSElKS0xNTk9Q', // the tokens' signature
  '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7', // the request's SigV4 signature
  'UGFzc3dvcmRDbGFpbVNpZ25hdHVyZUFCQ0RFRkdISUpL', // the SRP password claim signature
  'U2VjcmV0QmxvY2s',
  'Zm9vYmFyYmF6cXV4c2VjcmV0Y29va2ll', // the cookies of the unrelated traffic
];

describe.each<Flavour>(['chrome', 'firefox', 'safari'])('a %s HAR of the seed chain', (flavour) => {
  for (const sanitized of [false, true]) {
    it(`${sanitized ? 'sanitized' : 'full'}: the three steps at their real times, the verdict, no secret`, () => {
      const har = makeHar(flavour, [...noise(40, 0), ...seedCalls(), ...noise(40, 4)], { sanitized });
      const { case: c, notes } = built(har, appConfig);
      const { signIn, credentials, graphql } = chainSteps(c);
      expect(signIn).toMatchObject({
        outcome: 'ok',
        at: at(1),
        flow: 'USER_SRP_AUTH',
        username: `${SEED.sub}@example.com`,
      });
      expect(signIn?.calls.map((call) => call.operation)).toEqual(['InitiateAuth', 'RespondToAuthChallenge']);
      expect(signIn?.idToken?.claims).toMatchObject({ sub: SEED.sub, aud: TARGET.userPoolClientId });
      expect(credentials).toMatchObject({
        outcome: 'ok',
        at: at(2),
        identityId: SEED.identityId,
        accessKeyId: SEED.accessKeyId,
        expiration: at(3602),
      });
      expect(graphql).toMatchObject({
        outcome: 'error',
        at: at(3),
        durationMs: 180,
        status: 401,
        errorType: 'UnauthorizedException',
        requestId: 'c7ad9f36-c0e5-4580-bf1a-a4af0e869d69',
        fields: [{ typeName: 'Query', fieldName: 'listNotes' }],
        authMode: 'iam',
        clockSkewSeconds: 0,
        errors: [{ errorType: 'UnauthorizedException', message: 'Permission denied' }],
      });
      if (sanitized) {
        expect(graphql?.signedWithAccessKeyId).toBeUndefined();
        expect(notes.join('\n')).toMatch(/no Authorization header/);
      } else {
        expect(graphql?.signedWithAccessKeyId).toBe(SEED.accessKeyId);
        expect(graphql?.signingScope).toEqual({ date: '20261124', region: 'us-east-1', service: 'appsync' });
      }
      expect(diagnose(c).cause).toBe('role-policy-resource-mismatch');
      // With the STS record of those credentials: the full HAR shows the request signed with them; without the
      // Authorization header the record proves the credentials were issued, not what signed the request.
      const record = { ...stsRecord, responseElements: { credentials: { accessKeyId: SEED.accessKeyId } } };
      const withRecord = diagnose({ ...c, records: [record] });
      expect(withRecord.explanation).toMatchObject({ params: { recorded: sanitized ? 'issued' : 'yes' } });
      const text = JSON.stringify({ c, notes });
      for (const secret of SEED_SECRETS) expect(text).not.toContain(secret);
    });
  }
});

describe('choosing the chain', () => {
  it('several users and identities, retries, hundreds of unrelated entries: the chain of the failing request', () => {
    const other = { accessKeyId: 'ASIAOTHERKEY00000002', secretKey: 'x'.repeat(40), sessionToken: 'y'.repeat(120) };
    const otherId = idTokenFor('b2b2b2b2-0000-4000-8000-00000000bbbb', HAR_T0 / 1000 + 10);
    const har = makeHar('chrome', [
      ...noise(300, 0),
      ...seedCalls(),
      // A second user signs in later and succeeds; the seed user's request (retried) is the one that failed.
      ...signInCalls(10, 'b2b2b2b2-0000-4000-8000-00000000bbbb', {
        id: otherId,
        access: fakeJwt({ sub: 'b' }),
        refresh: 'r'.repeat(30),
      }),
      ...credentialsCalls(11, 'us-east-1:99999999-1111-2222-3333-444455556666', otherId, other),
      graphqlCall(12, other, { status: 200, body: { data: { listNotes: [] } } }),
      graphqlCall(13, SEED, { ...DENIED, requestId: 'retry-1' }),
      graphqlCall(14, SEED, { ...DENIED, requestId: 'retry-2' }),
      ...noise(200, 15),
    ]);
    const { case: c, notes } = built(har, appConfig);
    const { signIn, credentials, graphql } = chainSteps(c);
    expect(credentials?.identityId).toBe(SEED.identityId);
    expect(signIn?.idToken?.claims.sub).toBe(SEED.sub);
    expect(graphql).toMatchObject({ requestId: 'retry-2', signedWithAccessKeyId: SEED.accessKeyId, at: at(3) });
    expect(graphql?.calls.map((call) => call.requestId)).toEqual([
      'c7ad9f36-c0e5-4580-bf1a-a4af0e869d69',
      'retry-1',
      'retry-2',
    ]);
    expect(notes.join('\n')).toMatch(
      /2 identities of 2 users; the chain shown is the one that led to the AppSync request at 08:30:14 UTC \(identity us-east-1:0f0e0d0c/,
    );
    expect(notes.join('\n')).toMatch(/sent 3 times/);
  });

  it('the identity pool refused: the chain ends at the credentials step with AWS’s error', () => {
    const id = idTokenFor(SEED.sub, HAR_T0 / 1000 + 1);
    const refused = {
      at: 2,
      url: IDENTITY_HOST,
      requestHeaders: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityService.GetId',
      },
      requestBody: JSON.stringify({
        IdentityPoolId: TARGET.identityPoolId,
        Logins: { 'cognito-idp.us-east-1.amazonaws.com/us-east-1_other': id },
      }),
      status: 400,
      responseHeaders: { 'x-amzn-errortype': 'NotAuthorizedException:', 'x-amzn-requestid': 'req-getid' },
      // Cognito identity's message for a token of a user pool that is not a provider (FAILURE-MODES.md).
      responseBody: JSON.stringify({
        __type: 'NotAuthorizedException',
        message: 'Token is not from a supported provider of this identity pool.',
      }),
    };
    const har = makeHar('firefox', [
      ...signInCalls(1, SEED.sub, { id, access: fakeJwt({ sub: SEED.sub }), refresh: SEED.refreshToken }),
      refused,
    ]);
    const { case: c } = built(har, appConfig);
    const { credentials, graphql } = chainSteps(c);
    expect(graphql).toBeUndefined();
    expect(credentials).toMatchObject({
      outcome: 'error',
      error: {
        name: 'NotAuthorizedException',
        message: 'Token is not from a supported provider of this identity pool.',
      },
    });
    expect(diagnose(c).cause).toBe('provider-not-configured');
  });

  it('the basic flow: STS AssumeRoleWithWebIdentity issues the credentials (XML), its secrets unread', () => {
    const id = idTokenFor(SEED.sub, HAR_T0 / 1000 + 1);
    // After the example of the STS API Reference, AssumeRoleWithWebIdentity (ids, keys and token replaced).
    const xml = `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>${SEED.identityId}</SubjectFromWebIdentityToken>
    <Audience>${TARGET.identityPoolId}</Audience>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::111122223333:assumed-role/authtrace-demo-authenticated/CognitoIdentityCredentials</Arn>
      <AssumedRoleId>AROACLKWSDQRAOEXAMPLE:CognitoIdentityCredentials</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <SessionToken>${SEED.sessionToken}</SessionToken>
      <SecretAccessKey>${SEED.secretKey}</SecretAccessKey>
      <Expiration>2026-11-24T09:30:02Z</Expiration>
      <AccessKeyId>${SEED.accessKeyId}</AccessKeyId>
    </Credentials>
    <Provider>cognito-identity.amazonaws.com</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>ad4156e9-bce1-11e2-82e6-6b6efEXAMPLE</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;
    const sts = {
      at: 2.2,
      url: 'https://sts.amazonaws.com/',
      requestBody: `Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2Fauthtrace-demo-authenticated&RoleSessionName=CognitoIdentityCredentials&WebIdentityToken=${id}`,
      requestMime: 'application/x-www-form-urlencoded',
      status: 200,
      responseBody: xml,
      responseMime: 'text/xml',
    };
    const har = makeHar('safari', [
      ...signInCalls(1, SEED.sub, { id, access: fakeJwt({ sub: SEED.sub }), refresh: SEED.refreshToken }),
      sts,
      graphqlCall(3, SEED, DENIED),
    ]);
    const { case: c } = built(har, appConfig);
    expect(chainSteps(c).credentials).toMatchObject({
      outcome: 'ok',
      accessKeyId: SEED.accessKeyId,
      identityId: SEED.identityId,
      expiration: '2026-11-24T09:30:02.000Z',
    });
    expect(JSON.stringify(c)).not.toContain(SEED.secretKey);
    expect(JSON.stringify(c)).not.toContain(SEED.sessionToken);
  });

  it('without a config, the target is what the calls show', () => {
    const { case: c, notes } = built(makeHar('chrome', seedCalls()));
    expect(c.target).toEqual({ ...TARGET, graphqlEndpoint: GRAPHQL_URL, authMode: 'iam' });
    expect(notes.join('\n')).toMatch(/No app config was given/);
  });
});

describe('bad HAR files get a clear message', () => {
  const error = (text: string) => {
    const result = buildHarCase(text);
    if (result.ok) throw new Error('accepted');
    return result.error;
  };
  it.each([
    ['not JSON', 'GET / HTTP/1.1', /not a HAR file \(it does not start with "\{"\)/],
    ['truncated', makeHar('chrome', seedCalls()).slice(0, 5000), /ends too early \(truncated JSON\)/],
    ['JSON, not a HAR', '{"Records": []}', /has a "log" object with "entries"/],
    ['another version', '{"log": {"version": "2.0", "entries": []}}', /version 2\.0; Authtrace reads HAR 1\.1 to 1\.3/],
    ['no AWS call', makeHar('firefox', noise(30, 0)), /30 requests, none to Cognito or AppSync/],
    [
      'no target without a config',
      makeHar('chrome', [graphqlCall(3, SEED, DENIED)]),
      /does not show the user pool id .* add the app's config/,
    ],
  ])('%s', (_, text, message) => {
    expect(error(text)).toMatch(message);
  });

  it('huge: refused by size before parsing', () => {
    expect(error(`{"log":${' '.repeat(MAX_HAR_CHARS)}}`)).toMatch(/Authtrace reads up to 64 MB/);
  });

  it('a JSON error never quotes the text (a secret may be in it)', () => {
    const message = error(`{"log": {"entries": [${SEED.secretKey}]}}`);
    expect(message).not.toContain(SEED.secretKey);
    expect(message).toMatch(/not valid JSON/);
  });
});

describe('a HAR of a request signed without its session token', () => {
  const UNRECOGNIZED = {
    status: 401,
    errorType: 'UnrecognizedClientException',
    body: {
      errors: [
        { errorType: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' },
      ],
    },
  };

  it('reads that the header was missing and proves credentials-not-recognized', () => {
    const calls = seedCalls();
    const request = graphqlCall(3, SEED, UNRECOGNIZED);
    const { 'x-amz-security-token': _dropped, ...headers } = request.requestHeaders ?? {};
    calls[calls.length - 1] = { ...request, requestHeaders: headers };
    const result = built(makeHar('chrome', calls), appConfig);
    const graphql = chainSteps(result.case).graphql;
    expect(graphql?.securityTokenSent).toBe(false);
    expect(diagnose(result.case)).toMatchObject({ cause: 'credentials-not-recognized', confidence: 'proven' });
    // With the header there, the same answer stays open: what the app sent decides.
    const withToken = built(makeHar('chrome', [...seedCalls().slice(0, -1), request]), appConfig);
    expect(chainSteps(withToken.case).graphql?.securityTokenSent).toBe(true);
    expect(diagnose(withToken.case)).toMatchObject({ cause: 'credentials-not-recognized', confidence: 'likely' });
  });

  it('says nothing of the header when a sanitized export dropped the Authorization it belongs to', () => {
    const calls = [...seedCalls().slice(0, -1), graphqlCall(3, SEED, UNRECOGNIZED)];
    const result = built(makeHar('chrome', calls, { sanitized: true }), appConfig);
    expect(chainSteps(result.case).graphql?.securityTokenSent).toBeUndefined();
  });
});
