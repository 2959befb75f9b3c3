import { performance } from 'node:perf_hooks';
import { writeAppSyncLogs } from '../appsync/logs.ts';
import { runGraphql, type GraphqlResult, type ResolverEvaluation } from '../appsync/execute.ts';
import { readGraphqlRequest, type GraphqlRequest } from '../appsync/graphql-request.ts';
import { authorizeIamFields } from '../appsync/iam-fields.ts';
import { authenticate } from '../appsync/request-auth.ts';
import type { SandboxContext } from '../context.ts';
import { AwsError, errorResponse, newRequestId, type SandboxRequest, type SandboxResponse } from '../http.ts';

/**
 * AppSync's `POST /graphql`: authenticate by the API's modes, IAM's `appsync:GraphQL` per top-level field,
 * then the schema's auth directives per field, then the scenario's static data. Every answer, error or not,
 * carries `x-amzn-RequestId` and is logged to `/aws/appsync/apis/<apiId>` when the API logs.
 */
export async function handleAppSync(request: SandboxRequest, ctx: SandboxContext): Promise<SandboxResponse> {
  const requestId = newRequestId();
  const started = performance.now();
  let graphql: GraphqlRequest | undefined;
  let response: SandboxResponse;
  const evaluations: ResolverEvaluation[] = [];
  try {
    // Unconfirmed, and not AWS's behaviour for GET: AppSync accepts GET queries too (graphql/graphql-over-http #81,
    // the AppSync team; localstack/localstack #10182). The sandbox serves POST only; its 405 code and text are its
    // own answer, not AWS's (no client of the product sends anything but POST).
    if (request.method !== 'POST')
      throw new AwsError(405, 'MethodNotAllowedException', 'Method not allowed.', 'rest-json');
    const { forwardedHost } = ctx.scenario.api;
    const received = forwardedHost ? { ...request, headers: { ...request.headers, host: forwardedHost } } : request;
    const { auth, caller } = await authenticate(received, ctx);
    graphql = readGraphqlRequest(request);
    const result = await runGraphql(
      ctx.scenario.api,
      graphql,
      auth,
      (typeName, fields) => (caller ? authorizeIamFields(ctx, caller, typeName, fields) : Promise.resolve()),
      evaluations,
    );
    response = success(result, requestId);
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    response = errorResponse(error, requestId);
  }
  writeAppSyncLogs(ctx, {
    requestId,
    requestHeaders: request.headers,
    graphql,
    status: response.status,
    errorType: response.headers['x-amzn-errortype'],
    latencyNs: Math.round((performance.now() - started) * 1_000_000),
    evaluations,
  });
  return response;
}

function success(result: GraphqlResult, requestId: string): SandboxResponse {
  return {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=UTF-8',
      'x-amzn-requestid': requestId,
      // Token counts: AppSync Developer Guide, "Monitoring" ("Using token counts to optimize your requests", the
      // TokensConsumed metric). The header's name and the constant 1 are unconfirmed (no rule reads them).
      'x-amzn-appsync-tokensconsumed': '1',
    },
    body: JSON.stringify(result),
  };
}
