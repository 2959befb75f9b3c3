import { AwsError } from '../http.ts';

/** AppSync's wire texts (sources in the comments of the callers). */
export const APPSYNC_MESSAGES = {
  noValidHeader: 'Valid authorization header not provided.',
  unparsableJwt: 'Unable to parse JWT token.',
  tokenExpired: 'Token has expired.',
  notAuthorized: 'You are not authorized to make this call.',
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
