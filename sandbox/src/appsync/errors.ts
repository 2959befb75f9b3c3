import { AwsError } from '../http.ts';

/** AppSync's wire texts, each with its public source (also in sandbox/FIDELITY.md). */
export const APPSYNC_MESSAGES = {
  // aws-amplify/amplify-js #4373.
  noValidHeader: 'Valid authorization header not provided.',
  // aws-amplify/docs #1884; aws-amplify/amplify-js #2645, #4553.
  unparsableJwt: 'Unable to parse JWT token.',
  // An expired user pool token: unconfirmed (no public thread quotes AppSync's text; only a 401 is reported,
  // awslabs/aws-mobile-appsync-sdk-js #308 "AppSync returns 401 if the given token has expired or invalid").
  tokenExpired: 'Token has expired.',
  // IAM's refusal of `appsync:GraphQL`: `{"errorType":"UnauthorizedException","message":"Permission denied"}`
  // (aws-amplify/amplify-cli #6595, #13712; aws-amplify/amplify-category-api #2457; graphql-python/gql #239).
  permissionDenied: 'Permission denied',
  // A wrong API key (unconfirmed: no public answer quoted; AppSync's generic 401 text).
  notAuthorized: 'You are not authorized to make this call.',
  // Both: the AppSync team's own description, graphql/graphql-over-http #81 (400 MalformedHttpRequestException).
  emptyBody: 'Request body is empty.',
  unparsableQuery: 'Unable to parse GraphQL query.',
} as const;

/** 401 `UnauthorizedException`, rendered by http.ts as `{"errors":[{"errorType","message"}]}` + x-amzn-ErrorType. */
export function unauthorized(message: string): AwsError {
  return new AwsError(401, 'UnauthorizedException', message, 'rest-json');
}

/** 400 `MalformedHttpRequestException` (AppSync team, graphql/graphql-over-http#81). */
export function malformed(message: string): AwsError {
  return new AwsError(400, 'MalformedHttpRequestException', message, 'rest-json');
}

/**
 * A bare JWT sent to an API with AWS_IAM and no token mode: AppSync reads the `Authorization` header as a broken
 * SigV4 header and echoes it (`{"errors":[{"errorType":"IncompleteSignatureException","message":"Authorization header
 * requires 'Credential' parameter. … Authorization=<the JWT>"}]}`, aws-amplify/amplify-js #2035, #7906). The status
 * is 403 as API Gateway answers the same text (aws-amplify/amplify-flutter #1539); for AppSync it is unconfirmed.
 */
export function incompleteSignature(authorization: string): AwsError {
  return new AwsError(
    403,
    'IncompleteSignatureException',
    "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. " +
      "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either " +
      `a 'X-Amz-Date' or a 'Date' header. Authorization=${authorization}`,
    'rest-json',
  );
}
