import { AwsError, type Protocol } from './http.ts';

/** The ways a SigV4 request can fail before any policy is looked at. */
export type SignatureFailure = 'missing' | 'incomplete' | 'unknown-key' | 'expired-token' | 'signature' | 'skew';

type Answer = [status: number, code: string];

/**
 * AWS's status and error name per protocol, each pair with the public answer it copies:
 *
 * query (IAM, STS), all `<Type>Sender</Type>` in the service's namespace:
 * - missing: 403 `MissingAuthenticationToken` "Request is missing Authentication Token" (STS, amzn/selling-partner-api-docs
 *   #3081: "HTTP/1.1 403 Forbidden … <Code>MissingAuthenticationToken</Code>"; aws/aws-sdk-php #3246).
 * - incomplete: 400 `IncompleteSignature` (STS, hashicorp/vault #4939 "received error code 400 from STS … IncompleteSignature";
 *   SES, brendanhay/amazonka #316).
 * - unknown-key: 403 `InvalidClientTokenId` "The security token included in the request is invalid." (STS,
 *   jrl84/amazon-sp-api #218, with the period; aws-azure-login/aws-azure-login #251 quotes it without: unconfirmed which).
 * - expired-token: 403 `ExpiredToken` "The security token included in the request is expired" (IAM, cfn-sphere/cfn-sphere
 *   #55 "403 Forbidden … <Code>ExpiredToken</Code>"; STS, aws/aws-sdk-java-v2 #1649 "Status Code: 403").
 * - signature, skew: 403 `SignatureDoesNotMatch` (STS, cognitect-labs/aws-api #27, a region-scope refusal; the skew
 *   text under this code on STS is unconfirmed).
 *
 * json (Cognito, CloudTrail, CloudWatch Logs), 400 for all:
 * - unknown-key: `UnrecognizedClientException` (CloudWatch Logs, maxbanton/cwh #119 "400 Bad Request …
 *   {"__type":"UnrecognizedClientException","message":"The security token included in the request is invalid."}";
 *   Cognito user pools, ArranJacques/laravel-aws-cognito-auth #25).
 * - incomplete: `IncompleteSignatureException` (iann0036/cloud9-sync #10, "statusCode: 400").
 * - signature: `InvalidSignatureException` with the long text (smithy545/aws-apps-scripts #12); skew: aws/aws-sdk-js #254.
 * - missing: `MissingAuthenticationTokenException` "Missing Authentication Token" at 400 (unconfirmed: the text is API
 *   Gateway's, common-voice/common-voice #1599, and no JSON service's answer to an unsigned call is quoted).
 * - expired-token: `ExpiredTokenException` at 400 (unconfirmed for these services; the code is the one AppSync uses,
 *   aws-amplify/amplify-cli #3380).
 *
 * rest-json (AppSync): 401 for credentials it cannot accept ("credentials are missing or invalid", AWS knowledge center
 * aws-appsync-graphql-request-unauth-error) and 403 `InvalidSignatureException` for signature problems
 * (aws-amplify/amplify-js #2422 shows `Response Headers: {x-amzn-ErrorType=InvalidSignatureException}` with a 403).
 * 401 for an unknown key or expired token is unconfirmed (aws-amplify/amplify-js #3447 reports a 403); 403 for an
 * incomplete signature is API Gateway's (aws-amplify/amplify-flutter #1539), unconfirmed for AppSync (FIDELITY.md).
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
  // API Gateway's text (common-voice/common-voice #1599); unconfirmed for the JSON services (see above).
  missingJson: 'Missing Authentication Token',
  // STS, amzn/selling-partner-api-docs #3081.
  missingQuery: 'Request is missing Authentication Token',
  // The sandbox's own text (unconfirmed): AppSync answers a request without any authorization header it reads with
  // "Valid authorization header not provided." (appsync/request-auth.ts); this one is used only where the AppSync
  // handler asks SigV4 itself and no header is present.
  missingAppSync: 'Missing authorization header',
  // jrl84/amazon-sp-api #218 (STS); maxbanton/cwh #119 (CloudWatch Logs); aws-amplify/amplify-cli #3380 (AppSync).
  invalidToken: 'The security token included in the request is invalid.',
  // cfn-sphere/cfn-sphere #55 (IAM); aws/aws-sdk-java-v2 #1649 (STS); AWS knowledge center (AppSync).
  expiredToken: 'The security token included in the request is expired',
  // smithy545/aws-apps-scripts #12 (a JSON service's InvalidSignatureException); aws/aws-sdk-js #168.
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
