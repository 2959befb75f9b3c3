import type { SandboxRequest } from '../http.ts';
import { APPSYNC_MESSAGES, malformed } from './errors.ts';

/** A GraphQL-over-HTTP POST body as AppSync accepts it. */
export interface GraphqlRequest {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/**
 * AppSync answers 400 MalformedHttpRequestException "Request body is empty." for no body and
 * "Unable to parse GraphQL query." for a body that is not `{"query": "…"}` (graphql/graphql-over-http#81).
 */
export function readGraphqlRequest(request: SandboxRequest): GraphqlRequest {
  const text = request.body.toString('utf8');
  if (text.trim() === '') throw malformed(APPSYNC_MESSAGES.emptyBody);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw malformed(APPSYNC_MESSAGES.unparsableQuery);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw malformed(APPSYNC_MESSAGES.unparsableQuery);
  const { query, operationName, variables } = parsed as Record<string, unknown>;
  if (typeof query !== 'string') throw malformed(APPSYNC_MESSAGES.unparsableQuery);
  return {
    query,
    ...(typeof operationName === 'string' ? { operationName } : {}),
    ...(variables && typeof variables === 'object' && !Array.isArray(variables)
      ? { variables: variables as Record<string, unknown> }
      : {}),
  };
}
