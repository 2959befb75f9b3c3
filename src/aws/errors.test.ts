import { AccessDeniedException, CloudTrailServiceException } from '@aws-sdk/client-cloudtrail';
import { AmplifyError } from '@aws-amplify/core/internals/utils';
import { AuthError } from 'aws-amplify/auth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awsEn } from '@/chain/messages/aws-en';
import { awsJa } from '@/chain/messages/aws-ja';
import { render, wordsMessage } from '@/chain/messages/catalog';
import { en } from '@/chain/messages/en';
import { ja } from '@/chain/messages/ja';
import {
  explainAwsError,
  explanationMessages,
  IAM_FROM_A_BROWSER,
  renderExplanation,
  sanitizeAwsMessage,
  type ErrorContext,
} from './errors';

// As the CLI prints it, and as the engineer's page shows it in each language.
const EN = { ...en, ...awsEn };
const JA = { ...ja, ...awsJa };
const explain = (error: unknown, context: ErrorContext) => renderExplanation(explainAwsError(error, context), EN);

const META = {
  httpStatusCode: 400,
  requestId: '2f1c7d0e-8a3b-4c5d-9e6f-0a1b2c3d4e5f',
  attempts: 1,
  totalRetryDelay: 0,
};

/** An AWS SDK v3 service error as the clients throw it. */
function sdkError(name: string, message: string, httpStatusCode = 400) {
  return new CloudTrailServiceException({ name, message, $fault: 'client', $metadata: { ...META, httpStatusCode } });
}

/** An Amplify v6 AuthError as `signIn` / `fetchAuthSession` throw it (the Cognito error's name and message). */
const authError = (name: string, message: string) =>
  new AuthError({ name, message, recoverySuggestion: 'Amplify’s own hint.' });

const cognito: ErrorContext = { service: 'cognito-idp', action: 'InitiateAuth' };
const identity: ErrorContext = { service: 'cognito-identity', action: 'GetCredentialsForIdentity' };
const cloudtrail: ErrorContext = { service: 'cloudtrail', action: 'cloudtrail:LookupEvents' };

describe('explainAwsError: sign-in', () => {
  it('tells a wrong password from an expired token and from guest access', () => {
    expect(explain(authError('NotAuthorizedException', 'Incorrect username or password.'), cognito)).toMatchObject({
      name: 'NotAuthorizedException',
      title: 'Wrong username or password',
      detail: expect.stringContaining('("NotAuthorizedException: Incorrect username or password.")'),
      retryable: false,
    });
    expect(
      explain(
        sdkError('NotAuthorizedException', 'Invalid login token. Token expired: 1718000000 >= 1717996400'),
        identity,
      ).title,
    ).toBe('The ID token has expired');
    expect(
      explain(
        sdkError('NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.'),
        identity,
      ).title,
    ).toBe('The identity pool got no sign-in');
    expect(
      explain(sdkError('NotAuthorizedException', "Invalid login token. Issuer doesn't match providerName"), identity)
        .title,
    ).toBe('The identity pool rejected the ID token');
    expect(explain(authError('NotAuthorizedException', 'Password attempts exceeded'), cognito).title).toMatch(
      /locked out/,
    );
  });

  it('explains user state errors', () => {
    expect(explain(authError('UserNotFoundException', 'User does not exist.'), cognito).title).toBe(
      'The test user does not exist',
    );
    expect(explain(authError('UserNotConfirmedException', 'User is not confirmed.'), cognito).todo).toMatch(
      /admin-confirm-sign-up/,
    );
    expect(
      explain(authError('PasswordResetRequiredException', 'Password reset required for the user'), cognito).todo,
    ).toMatch(/admin-set-user-password/);
  });

  it('names the sign-in flow the app client does not allow', () => {
    const password = explain(
      authError('InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client'),
      cognito,
    );
    expect(password.title).toBe('The app client does not allow USER_PASSWORD_AUTH');
    expect(password.todo).toMatch(/ALLOW_USER_PASSWORD_AUTH/);
    expect(
      explain(sdkError('InvalidParameterException', 'USER_SRP_AUTH is not enabled for the client.'), cognito).todo,
    ).toMatch(/ALLOW_USER_SRP_AUTH/);
    expect(explain(sdkError('InvalidParameterException', '1 validation error detected'), cognito).title).toBe(
      'AWS rejected a parameter',
    );
  });

  it('says which resource is missing, per service', () => {
    expect(
      explain(
        authError('ResourceNotFoundException', 'User pool client 4fq3hj2mskv9c1b8l0u7d6e5ta does not exist.'),
        cognito,
      ).todo,
    ).toMatch(/app client id/);
    expect(
      explain(sdkError('ResourceNotFoundException', "IdentityPool 'us-east-1:5b0c3f7e' not found."), identity).title,
    ).toBe('The identity pool does not exist');
    expect(
      explain(sdkError('ResourceNotFoundException', 'The specified log group does not exist.'), {
        service: 'logs',
      }).todo,
    ).toMatch(/logging/);
  });

  it('explains the identity pool role trust failure', () => {
    const explained = explain(
      sdkError(
        'InvalidIdentityPoolConfigurationException',
        'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
      ),
      identity,
    );
    expect(explained.title).toBe('The identity pool cannot assume its role');
    expect(explained.todo).toMatch(/sts:AssumeRoleWithWebIdentity/);
  });
});

describe('explainAwsError: read-only credentials', () => {
  it('names the denied action and the policy to add', () => {
    const error = new AccessDeniedException({
      $metadata: META,
      message:
        'User: arn:aws:iam::111122223333:user/support is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action',
    });
    const explained = explain(error, cloudtrail);
    expect(explained.title).toBe('The read-only credentials may not call cloudtrail:LookupEvents');
    expect(explained.todo).toBe(
      'Add {"Effect": "Allow", "Action": "cloudtrail:LookupEvents", "Resource": "*"} to that principal’s policy (or attach AWSCloudTrail_ReadOnlyAccess).',
    );
  });

  it('takes the action from the context when the message does not name it', () => {
    const explained = explain(sdkError('AccessDenied', 'Access denied', 403), {
      service: 'iam',
      action: 'GetRolePolicy',
    });
    expect(explained.title).toMatch(/iam:GetRolePolicy/);
    expect(explained.todo).toMatch(/IAMReadOnlyAccess.*paste the role policy/);
  });

  it('tells wrong keys, expired keys and a wrong secret apart', () => {
    expect(
      explain(
        sdkError('UnrecognizedClientException', 'The security token included in the request is invalid.'),
        cloudtrail,
      ).title,
    ).toBe('AWS does not recognise the read-only access key');
    expect(
      explain(sdkError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403), {
        service: 'sts',
      }).todo,
    ).toMatch(/export-credentials/);
    const expired = explain(
      sdkError('ExpiredTokenException', 'The security token included in the request is expired'),
      cloudtrail,
    );
    expect(expired.title).toBe('The read-only credentials have expired');
    expect(expired.todo).toMatch(/aws configure export-credentials/);
    expect(
      explain(sdkError('ExpiredToken', 'The security token included in the request is expired', 403), {
        service: 'appsync',
      }).todo,
    ).toBe('Rerun the chain to get fresh credentials.');
    expect(
      explain(
        sdkError(
          'InvalidSignatureException',
          'The request signature we calculated does not match the signature you provided.',
        ),
        cloudtrail,
      ).title,
    ).toMatch(/secret access key is wrong/);
    expect(
      explain(
        sdkError(
          'InvalidSignatureException',
          'Signature expired: 20240611T101500Z is now earlier than 20240611T102500Z (20240611T103000Z - 15 min.)',
        ),
        cloudtrail,
      ).title,
    ).toBe('This computer’s clock is off');
  });

  it('never echoes the canonical request, tokens or keys an error message carries', () => {
    const message =
      'The request signature we calculated does not match the signature you provided. The Canonical String for this request should have been\n' +
      "'POST\n/\n\nhost:sts.amazonaws.com\nx-amz-security-token:IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD\n'";
    const explained = explain(sdkError('SignatureDoesNotMatch', message, 403), { service: 'sts' });
    expect(JSON.stringify(explained)).not.toMatch(/IQoJb3JpZ2luX2Vj|Canonical/);
  });

  it('backs off on throttling, whatever the service calls it', () => {
    expect(explain(sdkError('ThrottlingException', 'Rate exceeded'), cloudtrail)).toMatchObject({
      retryable: true,
      detail: expect.stringMatching(/2 calls a second/),
    });
    expect(explain(authError('TooManyRequestsException', 'Too many requests'), cognito).retryable).toBe(true);
    expect(explain(sdkError('Unknown', 'Rate exceeded'), { service: 'iam' }).retryable).toBe(true);
    expect(
      explain(sdkError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'), cognito)
        .retryable,
    ).toBe(true);
  });
});

describe('explainAwsError: AppSync', () => {
  it('reads the GraphQL result Amplify throws and tells schema rules from IAM denial', () => {
    const schema = {
      data: null,
      errors: [
        { errorType: 'Unauthorized', message: 'Not Authorized to access listNotes on type Query', path: ['listNotes'] },
      ],
    };
    expect(explain(schema, { service: 'appsync' })).toMatchObject({
      name: 'Unauthorized',
      title: 'AppSync refused Query.listNotes',
    });
    const iam = {
      data: {},
      errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }],
    };
    expect(explain(iam, { service: 'appsync' }).detail).toMatch(/appsync:GraphQL/);
  });

  it('explains the echoes AppSync sends back without repeating the token they carry', () => {
    const jwt = `eyJraWQiOiJFWEFNUExFa2lkIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiJhYmMifQ.${'RkFLRXNpZw'.repeat(4)}`;
    // aws-amplify/amplify-js#2035: a user pool JWT sent where SigV4 was expected.
    const unsigned = explain(
      {
        errors: [
          {
            errorType: 'IncompleteSignatureException',
            message: `Authorization header requires 'Credential' parameter. Authorization=${jwt}`,
          },
        ],
      },
      { service: 'appsync' },
    );
    expect(unsigned.title).toBe('The request reached AppSync unsigned');
    expect(JSON.stringify(unsigned)).not.toContain(jwt.split('.')[2]);
    // awslabs/aws-mobile-appsync-sdk-js#561: a signature mismatch as BadRequestException, session token echoed.
    const mismatch = explain(
      {
        errors: [
          {
            errorType: 'BadRequestException',
            message:
              "The request signature we calculated does not match the signature you provided.\n\nThe Canonical String for this request should have been\n'POST\n/graphql\n\nx-amz-security-token:IQoJb3JpZ2luX2VjEXAMPLE'",
          },
        ],
      },
      { service: 'appsync' },
    );
    expect(mismatch.title).toBe('AWS rejected the request signature');
    expect(JSON.stringify(mismatch)).not.toMatch(/IQoJb3JpZ2luX2Vj/);
  });
});

describe('explainAwsError: network', () => {
  it('names the endpoint, without its credentials or query, and says to start the sandbox', () => {
    const explained = explain(new TypeError('Failed to fetch'), {
      service: 'appsync',
      endpoint: 'http://user:hunter2@127.0.0.1:4510/graphql?X-Amz-Security-Token=abc',
    });
    expect(explained).toMatchObject({
      name: 'TypeError',
      title: 'Could not reach AppSync at http://127.0.0.1:4510/graphql',
      retryable: true,
    });
    expect(explained.todo).toMatch(/npm run sandbox/);
    expect(JSON.stringify(explained)).not.toMatch(/hunter2|X-Amz/);
  });

  it('reads Node’s fetch failed and Amplify’s NetworkError', () => {
    const node = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4510'), { code: 'ECONNREFUSED' }),
    });
    expect(explain(node, { service: 'cognito-idp', endpoint: 'http://127.0.0.1:4510' }).detail).toMatch(/ECONNREFUSED/);
    const amplify = new AmplifyError({
      name: 'NetworkError',
      message: 'A network error has occurred.',
      underlyingError: new TypeError('Failed to fetch'),
    });
    expect(explain(amplify, identity)).toMatchObject({
      title: 'Could not reach the Cognito identity pool',
      retryable: true,
    });
  });

  it('says IAM cannot be read from a browser without the relay, and offers the CLI path', () => {
    for (const endpoint of [undefined, 'http://127.0.0.1:4510']) {
      const { todo } = explain(new TypeError('Failed to fetch'), {
        service: 'iam',
        ...(endpoint ? { endpoint } : {}),
      });
      expect(todo).toMatch(/IAM cannot be read from a browser.*CORS.*npm run serve/);
      expect(todo).toContain('npm run check --');
    }
  });

  it('suspects CORS for other read-only services called from the browser', () => {
    expect(explain(new TypeError('Failed to fetch'), { service: 'cloudtrail' }).todo).toMatch(/CORS/);
  });
});

describe('explainAwsError: anything else', () => {
  it('keeps the original name and message, and Amplify’s suggestion', () => {
    const explained = explain(authError('WeirdException', 'Something odd happened.'), cognito);
    expect(explained).toMatchObject({
      name: 'WeirdException',
      title: 'The Cognito user pool answered WeirdException',
      // Amplify's words, quoted as evidence.
      todo: '"Amplify’s own hint."',
      retryable: false,
    });
    expect(explained.detail).toMatch(/WeirdException: Something odd happened\./);
    expect(explain(sdkError('InternalErrorException', 'oops', 500), identity).retryable).toBe(true);
  });

  it('never throws, whatever was thrown', { timeout: 15_000 }, () => {
    const hostile = {
      get name(): string {
        throw new Error('no');
      },
    };
    expect(explain(hostile, cognito).name).toBe('Error');
    fc.assert(
      fc.property(fc.anything(), (thrown) => typeof explain(thrown, cloudtrail).title === 'string'),
      { numRuns: 300 },
    );
  });
});

describe('explanations in the page’s language', () => {
  // One error of each kind and reason the taxonomy knows, as the SDK, Amplify, AppSync or fetch throws it.
  const ERRORS: unknown[] = [
    authError('NotAuthorizedException', 'Incorrect username or password.'),
    authError('NotAuthorizedException', 'Password attempts exceeded'),
    authError('NotAuthorizedException', 'User is disabled.'),
    authError('NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.'),
    authError('NotAuthorizedException', 'Token is not from a supported provider of this identity pool.'),
    authError('NotAuthorizedException', 'Invalid login token. Token expired: 1700000000 >= 1690000000'),
    authError('UserNotFoundException', 'User does not exist.'),
    authError('UserNotConfirmedException', 'User is not confirmed.'),
    authError('PasswordResetRequiredException', 'Password reset required for the user'),
    authError('UserUnAuthenticatedException', 'User needs to be authenticated to call this API.'),
    authError('WeirdException', 'Something odd happened.'),
    new AuthError({ name: 'WeirdException', message: 'No hint.' }),
    sdkError('InvalidParameterException', 'USER_SRP_AUTH is not enabled for the client.'),
    sdkError('InvalidParameterException', '1 validation error detected'),
    sdkError('ResourceNotFoundException', 'User pool client 123 does not exist.'),
    sdkError('InvalidIdentityPoolConfigurationException', 'Invalid identity pool configuration.'),
    new AccessDeniedException({
      $metadata: META,
      message: 'User: arn:aws:iam::111122223333:user/support is not authorized to perform: cloudtrail:LookupEvents',
    }),
    sdkError('AccessDenied', 'Access denied', 403),
    sdkError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403),
    sdkError('ExpiredToken', 'The security token included in the request is expired', 403),
    sdkError('SignatureDoesNotMatch', 'The request signature we calculated does not match.', 403),
    sdkError('InvalidSignatureException', 'Signature expired: 20240101T000000Z is now earlier than …', 403),
    sdkError('ThrottlingException', 'Rate exceeded'),
    sdkError('InternalErrorException', 'oops', 500),
    { errors: [{ errorType: 'Unauthorized', message: 'Not Authorized to access listNotes on type Query' }] },
    { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] },
    { errors: [{ errorType: 'IncompleteSignatureException', message: "Authorization header requires 'Credential'." }] },
    new TypeError('Failed to fetch'),
    new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    }),
    Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
    {},
  ];
  const CONTEXTS: ErrorContext[] = (
    ['cognito-idp', 'cognito-identity', 'appsync', 'cloudtrail', 'logs', 'iam', 'sts'] as const
  ).flatMap((service) => [
    { service },
    { service, endpoint: 'http://127.0.0.1:4510/x' },
    { service, endpoint: 'https://proxy.example.com/aws' },
  ]);
  const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

  it('renders every explanation in Japanese: whole, in Japanese, with AWS’s words quoted as 「」', () => {
    const seen = new Set<string>();
    for (const error of ERRORS)
      for (const context of CONTEXTS) {
        const explained = explainAwsError(error, context);
        for (const message of [explained.title, explained.detail, explained.said, explained.todo]) seen.add(message.id);
        const inJa = renderExplanation(explained, JA);
        const inEn = renderExplanation(explained, EN);
        for (const field of ['title', 'detail', 'todo'] as const) {
          expect(inJa[field], `${explained.name} ${context.service} ${field}`).toMatch(JAPANESE);
          expect(inJa[field]).not.toMatch(/undefined|null|NaN|\baws\.[a-z-]+\.|\[object/);
          expect(inJa[field]).not.toBe(inEn[field]);
        }
        expect(inJa.detail).toMatch(/（「.+」）$/);
      }
    // Every explanation the catalog has is reached by one of these errors (the separator and the fallbacks aside).
    const unreached = Object.keys(awsEn).filter((id) => !seen.has(id) && !/^aws\.(endpoint|credentials)\./.test(id));
    expect(unreached.sort()).toEqual(
      [
        'aws.refused.detail',
        'aws.refused.title',
        'aws.refused.todo',
        'aws.sep',
        'aws.sign-in-incomplete.detail',
        'aws.sign-in-incomplete.title',
        'aws.sign-in-incomplete.todo',
      ].sort(),
    );
  });

  it('renders every aws.* id in both languages, with and without its optional parameters', () => {
    const full = {
      service: 'cloudtrail',
      endpoint: 'https://proxy.example.com/aws',
      cause: 'ECONNREFUSED',
      flow: 'USER_SRP_AUTH',
      type: 'Query',
      field: 'listNotes',
      action: 'cloudtrail:LookupEvents',
      managed: 'AWSCloudTrail_ReadOnlyAccess',
      iam: true,
      code: 'WeirdException',
      message: 'AccessDenied: no',
      url: 'idp.example.com',
      origin: 'http://idp.example.com',
      password: true,
      at: '2001-01-01T00:00:00Z',
    };
    for (const params of [
      full,
      {
        service: 'iam',
        flow: 'CUSTOM_AUTH',
        type: 'T',
        field: 'f',
        code: 'X',
        message: 'm',
        iam: false,
        url: 'not a url',
        origin: 'http://10.0.0.1',
        password: false,
        at: 'soon',
      },
    ])
      for (const id of Object.keys(awsEn).filter((id) => id !== 'aws.sep')) {
        const message = wordsMessage<typeof awsEn>({ id, params } as never);
        const [inEn, inJa] = [render(message, EN), render(message, JA)];
        expect(inEn, id).not.toMatch(/undefined|\[object/);
        expect(inJa, id).not.toMatch(/undefined|\[object/);
        expect(inJa, id).not.toBe(id);
        if (!/^aws\.(said|other\.todo\.suggested)$/.test(id)) expect(inJa, id).toMatch(JAPANESE);
      }
  });

  it('keeps what to do as message ids (the page renders them), English for the CLI', () => {
    const explained = explainAwsError(new TypeError('Failed to fetch'), { service: 'iam' });
    expect(explained.todo).toEqual(IAM_FROM_A_BROWSER);
    const [detail, said, todo] = explanationMessages(explained).map((message) => render(message, JA));
    expect(detail).toMatch(/^リクエストに応答がありませんでした/);
    expect(said).toBe('（「TypeError: Failed to fetch」）');
    expect(todo).toMatch(/^IAM は CORS に対応していない/);
    expect(render(wordsMessage(explained.title), EN)).toBe('Could not reach IAM');
  });

  it('quotes AWS’s words in Japanese, whatever they say', { timeout: 15_000 }, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { detail } = renderExplanation(explainAwsError(sdkError('AccessDenied', text, 403), cloudtrail), JA);
        return detail.startsWith('読み取り専用の認証情報のプリンシパル') && /（「.*」）$/.test(detail);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sanitizeAwsMessage', () => {
  it('masks tokens and secret keys but keeps ARNs readable', () => {
    const arn = 'arn:aws:appsync:us-east-1:111122223333:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z/types/Query/fields/listNotes';
    const out = sanitizeAwsMessage(
      `key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY token eyJraWQiOiJ.eyJzdWIiOiI.c2ln on ${arn}`,
    );
    expect(out).toBe(`key [secret removed] token [secret removed] on ${arn}`);
  });
});
