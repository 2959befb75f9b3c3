import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAwsError, nextStepKind, type AwsErrorKind, type AwsService, type ErrorStage } from './error-taxonomy';
import { SECRET_MARKER } from './secrets';

const JWT = `eyJraWQiOiJFWEFNUExFa2lkIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiJhYmMifQ.${'RkFLRXNpZw'.repeat(4)}`;
const REQUEST_ID = '2f1c7d0e-8a3b-4c5d-9e6f-0a1b2c3d4e5f';

/** An AWS SDK v3 service error as its clients throw it (name, $fault, $metadata). */
const sdkV3 = (name: string, message: string, httpStatusCode = 400) =>
  Object.assign(new Error(message), {
    name,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode, requestId: REQUEST_ID, attempts: 1, totalRetryDelay: 0 },
  });

describe('classifyAwsError: where the code is read from', () => {
  it('reads every form AWS and Amplify name an error in', () => {
    const forms: [form: string, thrown: unknown][] = [
      ['SDK v3 name', sdkV3('NotAuthorizedException', 'x')],
      // AWS SDK for JavaScript v2 puts the name in `code` and the status in `statusCode`.
      ['SDK v2 code', Object.assign(new Error('x'), { code: 'NotAuthorizedException', statusCode: 400 })],
      // JSON 1.1 body: `__type` may carry the model namespace (smithy awsJson1_1 error serialization).
      ['JSON 1.1 __type', { __type: 'com.amazonaws.cognito.identity.model#NotAuthorizedException', message: 'x' }],
      // `x-amzn-ErrorType: NotAuthorizedException:http://internal.amazon.com/coral/...` (AppSync, API Gateway).
      [
        'x-amzn-ErrorType header',
        {
          status: 400,
          headers: new Headers({ 'x-amzn-ErrorType': 'NotAuthorizedException:http://internal.amazon.com/coral/x/' }),
        },
      ],
      ['header map', { headers: { 'X-Amzn-ErrorType': 'NotAuthorizedException:https://example/' } }],
      // AppSync's GraphQL body: `errors[].errorType`.
      ['AppSync errorType', { data: null, errors: [{ errorType: 'NotAuthorizedException', message: 'x' }] }],
      // Query protocol (STS, IAM) body, as the XML reads into JSON.
      ['query protocol Error.Code', { Error: { Code: 'NotAuthorizedException', Message: 'x' } }],
      // Amplify v6 wraps the service error: `AuthError { name: 'Unknown', underlyingError }`.
      [
        'Amplify underlyingError',
        { name: 'Unknown', message: 'y', underlyingError: sdkV3('NotAuthorizedException', 'x') },
      ],
    ];
    for (const [form, thrown] of forms) expect(classifyAwsError(thrown).code, form).toBe('NotAuthorizedException');
  });

  it('reads Amplify’s thrown GraphQL result: the type from the original error, the status and request id', () => {
    const classified = classifyAwsError({
      data: {},
      errors: [
        {
          message: 'Unauthorized',
          recoverySuggestion: 'Set the "authMode" in generateClient({ authMode: \'...\' })',
          originalError: {
            name: 'UnauthorizedException',
            message: 'Unknown error',
            $metadata: { httpStatusCode: 401, requestId: REQUEST_ID },
          },
        },
      ],
    });
    expect(classified).toMatchObject({
      service: 'appsync',
      stage: 'graphql',
      code: 'UnauthorizedException',
      status: 401,
      requestId: REQUEST_ID,
      message: 'Unauthorized',
      kind: 'access-denied',
    });
    expect(classified.recoverySuggestion).toMatch(/authMode/);
  });

  it('keeps a Node network cause apart from the code', () => {
    const node = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4510'), { code: 'ECONNREFUSED' }),
    });
    expect(classifyAwsError(node)).toMatchObject({ code: 'TypeError', cause: 'ECONNREFUSED', kind: 'network' });
  });
});

describe('classifyAwsError: kinds', () => {
  const table: [thrown: unknown, kind: AwsErrorKind, retryable: boolean][] = [
    [new TypeError('Failed to fetch'), 'network', true],
    [{ name: 'NetworkError', message: 'A network error has occurred.' }, 'network', true],
    [{ name: 'AbortError', message: 'The operation was aborted.' }, 'timeout', true],
    [sdkV3('ThrottlingException', 'Rate exceeded'), 'throttled', true],
    [sdkV3('Unknown', 'Rate exceeded'), 'throttled', true],
    [sdkV3('TooManyRequestsException', 'Too many requests'), 'throttled', true],
    [sdkV3('SomethingElse', 'x', 429), 'throttled', true],
    [sdkV3('LimitExceededException', 'Attempt limit exceeded, please try after some time.'), 'throttled', true],
    [
      sdkV3('AccessDeniedException', 'User: x is not authorized to perform: cloudtrail:LookupEvents'),
      'access-denied',
      false,
    ],
    [sdkV3('AccessDenied', 'Access denied', 403), 'access-denied', false],
    [sdkV3('UnauthorizedOperation', 'x'), 'access-denied', false],
    [
      sdkV3('UnrecognizedClientException', 'The security token included in the request is invalid.'),
      'invalid-credentials',
      false,
    ],
    [
      sdkV3('InvalidClientTokenId', 'The security token included in the request is invalid.', 403),
      'invalid-credentials',
      false,
    ],
    [
      sdkV3('InvalidSignatureException', 'The request signature we calculated does not match'),
      'invalid-credentials',
      false,
    ],
    [sdkV3('SignatureDoesNotMatch', 'x', 403), 'invalid-credentials', false],
    [
      sdkV3('ExpiredTokenException', 'The security token included in the request is expired'),
      'expired-credentials',
      false,
    ],
    [sdkV3('ExpiredToken', 'x', 403), 'expired-credentials', false],
    [sdkV3('ResourceNotFoundException', 'The specified log group does not exist.'), 'not-found', false],
    [sdkV3('NoSuchEntity', 'The role with name x cannot be found.', 404), 'not-found', false],
    [sdkV3('InvalidParameterException', '1 validation error detected'), 'validation', false],
    [sdkV3('ValidationException', 'x'), 'validation', false],
    [sdkV3('InternalErrorException', 'oops', 500), 'server', true],
    [sdkV3('ServiceUnavailable', 'x', 503), 'server', true],
    [sdkV3('NotAuthorizedException', 'Incorrect username or password.'), 'auth-refused', false],
    [sdkV3('UserNotFoundException', 'User does not exist.'), 'auth-refused', false],
    [
      sdkV3('IncompleteSignatureException', "Authorization header requires 'Credential' parameter."),
      'auth-refused',
      false,
    ],
    [sdkV3('WeirdException', 'Something odd happened.'), 'unknown', false],
    ['a string was thrown', 'unknown', false],
  ];
  it.each(table)('%# is %s', (thrown, kind, retryable) => {
    expect(classifyAwsError(thrown)).toMatchObject({ kind, retryable });
  });

  it('counts a Cognito identity NotAuthorizedException as a denial when looking up evidence', () => {
    const denied = sdkV3('NotAuthorizedException', 'Access to Identity is forbidden');
    expect(classifyAwsError(denied, { service: 'cognito-identity', stage: 'lookup' }).kind).toBe('access-denied');
    expect(classifyAwsError(denied, { service: 'cognito-identity' }).kind).toBe('auth-refused');
    const iam = sdkV3('NotAuthorizedException', 'User: x is not authorized to perform: cognito-identity:GetId');
    expect(classifyAwsError(iam).kind).toBe('access-denied');
  });

  it('reads AppSync’s UnauthorizedException by its message', () => {
    const appsync = (message: string) =>
      classifyAwsError({ errors: [{ errorType: 'UnauthorizedException', message }] });
    expect(appsync('You are not authorized to make this call.')).toMatchObject({ kind: 'access-denied' });
    // IAM's refusal as AWS words it (aws-amplify/amplify-cli #6595, #13712).
    expect(appsync('Permission denied')).toMatchObject({ kind: 'access-denied' });
    // A user pool JWT sent to an IAM-only API (aws-amplify/amplify-js #2035, #7906): the token echoed is scrubbed.
    const incomplete = classifyAwsError({
      errors: [
        {
          errorType: 'IncompleteSignatureException',
          message:
            "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. " +
            "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either " +
            "a 'X-Amz-Date' or a 'Date' header. Authorization=eyJraWQiOiJrIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiJzIn0.c2lnbmF0dXJlMTIzNDU2Nzg5MA",
        },
      ],
    });
    expect(incomplete).toMatchObject({ kind: 'auth-refused', reason: 'unsigned' });
    expect(incomplete.message).not.toContain('c2lnbmF0dXJlMTIzNDU2Nzg5MA');
    // A stale signature on AppSync's HTTP endpoint: 400 BadRequestException (aws-amplify/amplify-js #11480).
    expect(
      classifyAwsError({
        errors: [
          {
            errorType: 'BadRequestException',
            message:
              'Signature expired: 20230609T101500Z is now earlier than 20230609T102155Z (20230609T102655Z - 5 min.)',
          },
        ],
      }),
    ).toMatchObject({ kind: 'invalid-credentials', reason: 'clock-skew' });
    expect(appsync('Not Authorized to access listNotes on type Query')).toMatchObject({ reason: 'field-refused' });
    expect(appsync('The security token included in the request is expired')).toMatchObject({
      kind: 'expired-credentials',
    });
    expect(appsync('Valid authorization header not provided.')).toMatchObject({ reason: 'unsigned' });
    // aws-mobile-appsync-sdk-js#561: a signature mismatch reported as BadRequestException.
    expect(
      classifyAwsError({
        errors: [{ errorType: 'BadRequestException', message: 'The request signature we calculated does not match' }],
      }).kind,
    ).toBe('invalid-credentials');
  });
});

describe('classifyAwsError: reasons and stages', () => {
  it('tells the Cognito refusals apart and places them in the chain', () => {
    const cases: [name: string, message: string, reason: string, stage: ErrorStage, service?: AwsService][] = [
      ['NotAuthorizedException', 'Incorrect username or password.', 'wrong-password', 'sign-in'],
      ['NotAuthorizedException', 'Password attempts exceeded', 'locked-out', 'sign-in'],
      ['NotAuthorizedException', 'User is disabled.', 'user-disabled', 'sign-in'],
      ['UserNotConfirmedException', 'User is not confirmed.', 'user-not-confirmed', 'sign-in'],
      ['PasswordResetRequiredException', 'Password reset required for the user', 'password-reset-required', 'sign-in'],
      [
        'NotAuthorizedException',
        'Unauthenticated access is not supported for this identity pool.',
        'guest-access',
        'credentials',
      ],
      [
        'NotAuthorizedException',
        'Token is not from a supported provider of this identity pool.',
        'provider-mismatch',
        'credentials',
      ],
      [
        'NotAuthorizedException',
        'Invalid login token. Token expired: 1718000000 >= 1717996400',
        'token-expired',
        'credentials',
      ],
      [
        'InvalidIdentityPoolConfigurationException',
        'Invalid identity pool configuration.',
        'role-trust',
        'credentials',
      ],
      [
        'InvalidParameterException',
        'USER_PASSWORD_AUTH flow not enabled for this client',
        'flow-not-enabled',
        'sign-in',
        'cognito-idp',
      ],
      [
        'InvalidSignatureException',
        'Signature expired: 20261124T081500Z is now earlier',
        'clock-skew',
        'graphql',
        'appsync',
      ],
    ];
    for (const [name, message, reason, stage, service] of cases)
      expect(classifyAwsError({ name, message }, { service }), message).toMatchObject({ reason, stage });
  });

  it('places an error its name does not place by its message', () => {
    expect(classifyAwsError({ name: 'Error', message: 'Incorrect username or password.' }).stage).toBe('sign-in');
    expect(classifyAwsError(new Error('Unauthenticated access is not supported for this identity pool.')).stage).toBe(
      'credentials',
    );
    // Cognito identity's texts for the app's own mistakes (aws-amplify/amplify-js #14117, #5696, #2443; aws/amazon-freertos #1829).
    for (const [name, message] of [
      ['ResourceNotFoundException', "IdentityPool 'us-east-1:5b0c3f7e-8d2a-4e19-9a6b-1c2d3e4f5a6b' not found."],
      ['NotAuthorizedException', "Access to Identity 'us-east-1:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' is forbidden."],
      [
        'NotAuthorizedException',
        "Logins don't match. Please include at least one valid login for this identity or identity pool.",
      ],
      [
        'ValidationException',
        "1 validation error detected: Value 'x' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+",
      ],
    ] as const)
      expect(classifyAwsError({ name, message }).stage, message).toBe('credentials');
  });

  it('takes the stage from the context, then from the service', () => {
    const error = sdkV3('AccessDeniedException', 'x');
    expect(classifyAwsError(error, { service: 'iam' }).stage).toBe('lookup');
    expect(classifyAwsError(error, { service: 'appsync', stage: 'credentials' }).stage).toBe('credentials');
    expect(classifyAwsError(error).stage).toBeUndefined();
    expect(classifyAwsError(error).service).toBe('unknown');
  });
});

describe('classifyAwsError: secrets and hostile input', () => {
  it('scrubs the message, the hint and the code it returns', () => {
    // aws-amplify/amplify-js#2035: AppSync's IncompleteSignatureException echoes the JWT sent as Authorization.
    const classified = classifyAwsError({
      errors: [
        {
          errorType: 'IncompleteSignatureException',
          message: `Authorization header requires 'Signature' parameter. Authorization=${JWT}`,
          recoverySuggestion: `Bearer ${JWT}`,
        },
      ],
    });
    expect(JSON.stringify(classified)).not.toContain(JWT.split('.')[2]);
    expect(classified.message).toBe(
      `Authorization header requires 'Signature' parameter. Authorization=${SECRET_MARKER}`,
    );
    expect(classifyAwsError({ name: JWT }).code).toBe(SECRET_MARKER);
  });

  it('never throws, whatever was thrown', { timeout: 15_000 }, () => {
    const hostile = {
      get name(): string {
        throw new Error('no');
      },
      message: 'still read',
    };
    expect(classifyAwsError(hostile)).toMatchObject({ code: 'Error', message: 'still read' });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(classifyAwsError(proxy).kind).toBe('unknown');
    expect(classifyAwsError(Object.create(null)).code).toBe('Error');
    expect(classifyAwsError({ name: 'constructor' })).toMatchObject({ code: 'constructor', kind: 'unknown' });
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true }),
        fc.constantFrom(undefined, 'iam' as const),
        (thrown, service) => {
          const classified = classifyAwsError(thrown, { service });
          return typeof classified.code === 'string' && typeof classified.message === 'string';
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('nextStepKind', () => {
  // The same table as NEXT_STEP in diagnose.ts, over classifications of the step errors it reads.
  const next = (name: string, stage: ErrorStage, message = '') =>
    nextStepKind(classifyAwsError({ name, message }), stage);

  it('mirrors the next-step table for a chain that stopped outside the failure modes', () => {
    expect(next('NetworkError', 'credentials')).toBe('network');
    expect(next('TypeError', 'graphql', 'Load failed')).toBe('network');
    expect(next('TypeError', 'graphql', 'x is undefined')).toBe('network');
    expect(next('NotAuthorizedException', 'sign-in', 'Incorrect username or password.')).toBe('wrong-password');
    expect(next('UserNotFoundException', 'sign-in')).toBe('wrong-password');
    expect(next('NotAuthorizedException', 'credentials')).toBeUndefined();
    expect(next('UserNotConfirmedException', 'sign-in')).toBe('user-not-confirmed');
    expect(next('PasswordResetRequiredException', 'sign-in')).toBe('user-action-required');
    expect(next('SignInIncomplete', 'sign-in')).toBe('user-action-required');
    expect(next('InvalidParameterException', 'sign-in')).toBe('flow-not-enabled');
    expect(next('ResourceNotFoundException', 'credentials')).toBe('resource-not-found');
    expect(next('AccessDeniedException', 'graphql')).toBeUndefined();
  });
});
