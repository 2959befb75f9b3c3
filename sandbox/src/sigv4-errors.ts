import { AwsError, type Protocol } from './http.ts';

/** The ways a SigV4 request can fail before any policy is looked at. */
export type SignatureFailure = 'missing' | 'incomplete' | 'unknown-key' | 'expired-token' | 'signature';

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

export function signatureError(failure: SignatureFailure, protocol: Protocol, message: string): AwsError {
  const [status, code] = answers[failure][protocol];
  return new AwsError(status, code, message, protocol);
}

export function missingAuthError(protocol: Protocol): AwsError {
  const message =
    protocol === 'json' ? MESSAGES.missingJson : protocol === 'query' ? MESSAGES.missingQuery : MESSAGES.missingAppSync;
  return signatureError('missing', protocol, message);
}
