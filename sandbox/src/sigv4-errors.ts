import { AwsError, type Protocol } from './http.ts';

/** The ways a SigV4 request can fail before any policy is looked at. */
export type SignatureFailure = 'missing' | 'incomplete' | 'unknown-key' | 'expired-token' | 'signature' | 'skew';

type Answer = [status: number, code: string];

/**
 * AWS's status and error name per protocol. JSON services answer 400 for all of these; the query protocol
 * (IAM, STS) answers 403 with its own short names (`InvalidClientTokenId`, `SignatureDoesNotMatch`, `ExpiredToken`).
 * AppSync answers 401 for credentials it cannot accept ("credentials are missing or invalid", AWS knowledge center
 * aws-appsync-graphql-request-unauth-error) and 403 `InvalidSignatureException` for signature problems
 * (aws-amplify/amplify-js#2422 shows `Response Headers: {x-amzn-ErrorType=InvalidSignatureException}` with a 403).
 */
const answers: Record<SignatureFailure, Record<Protocol, Answer>> = {
  missing: {
    json: [400, 'MissingAuthenticationTokenException'],
    query: [403, 'MissingAuthenticationToken'],
    'rest-json': [401, 'UnauthorizedException'],
  },
  incomplete: {
    json: [400, 'IncompleteSignatureException'],
    query: [400, 'IncompleteSignature'],
    'rest-json': [403, 'IncompleteSignatureException'],
  },
  'unknown-key': {
    json: [400, 'UnrecognizedClientException'],
    query: [403, 'InvalidClientTokenId'],
    'rest-json': [401, 'UnrecognizedClientException'],
  },
  'expired-token': {
    json: [400, 'ExpiredTokenException'],
    query: [403, 'ExpiredToken'],
    'rest-json': [401, 'ExpiredTokenException'],
  },
  signature: {
    json: [400, 'InvalidSignatureException'],
    query: [403, 'SignatureDoesNotMatch'],
    'rest-json': [403, 'InvalidSignatureException'],
  },
  // "Signature expired" / "not yet current": JSON services answer 400 InvalidSignatureException (aws/aws-sdk-js #254);
  // AppSync 400 BadRequestException (aws-amplify/amplify-js #11480; Amplify retries it as a clock-skew error,
  // @aws-amplify/core isClockSkewError). The mirror text "not yet current" on AppSync is unconfirmed.
  skew: {
    json: [400, 'InvalidSignatureException'],
    query: [403, 'SignatureDoesNotMatch'],
    'rest-json': [400, 'BadRequestException'],
  },
};

export const MESSAGES = {
  missingJson: 'Missing Authentication Token',
  missingQuery: 'Request is missing Authentication Token',
  missingAppSync: 'Missing authorization header',
  invalidToken: 'The security token included in the request is invalid.',
  expiredToken: 'The security token included in the request is expired',
  mismatch:
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
} as const;

/**
 * The signature mismatch text of JSON and REST-JSON services: AWS's sentence, then the canonical request and the
 * string to sign it computed, every signed header echoed, `x-amz-security-token` included (aws/aws-sdk-js #168,
 * aws/aws-sdk-cpp #17; AppSync: awslabs/aws-mobile-appsync-sdk-js #561). The query protocol (STS, IAM) answers the
 * sentence alone (unconfirmed whether it ever echoes).
 */
export function mismatchMessage(protocol: Protocol, canonicalRequest: string, stringToSign: string): string {
  if (protocol === 'query') return MESSAGES.mismatch;
  return (
    `${MESSAGES.mismatch}\n\nThe Canonical String for this request should have been\n'${canonicalRequest}'\n\n` +
    `The String-to-Sign should have been\n'${stringToSign}'\n`
  );
}

export function signatureError(failure: SignatureFailure, protocol: Protocol, message: string): AwsError {
  const [status, code] = answers[failure][protocol];
  return new AwsError(status, code, message, protocol);
}

export function missingAuthError(protocol: Protocol): AwsError {
  const message =
    protocol === 'json' ? MESSAGES.missingJson : protocol === 'query' ? MESSAGES.missingQuery : MESSAGES.missingAppSync;
  return signatureError('missing', protocol, message);
}
