import { servedFunctions, servedResolvers } from '../appsync/amplify-code.ts';
import { authorizeReadOnly } from '../authorize.ts';
import type { SandboxContext } from '../context.ts';
import { AwsError, newRequestId, type SandboxRequest, type SandboxResponse } from '../http.ts';
import { verifySigV4 } from '../sigv4.ts';

/**
 * AppSync's control plane, read-only (`appsync.<region>.amazonaws.com`, REST JSON; paths and shapes from botocore's
 * `appsync/2017-07-25/service-2.json`): GetGraphqlApi, GetIntrospectionSchema, ListResolvers, GetResolver,
 * ListFunctions, GetFunction. Like AWS it answers no CORS (aws-sdk-js SERVICES.md; aws/aws-sdk-js #1957): the
 * router sends these answers without Access-Control headers, so a browser reaches them only through a relay.
 */
export function isAppSyncControlPath(path: string): boolean {
  return path.startsWith('/v1/apis');
}

type Route = { action: string; resource: string; answer: () => SandboxResponse };

export async function handleAppSyncControl(request: SandboxRequest, ctx: SandboxContext): Promise<SandboxResponse> {
  const requestId = newRequestId();
  try {
    // The sandbox's own answer, not AWS's: it emulates the read operations only.
    if (request.method !== 'GET') throw notFound('Only read operations are emulated.');
    const caller = await verifySigV4(request, ctx, {
      service: 'appsync',
      protocol: 'rest-json',
      region: ctx.scenario.api.region,
    });
    const route = routeOf(request, ctx);
    request.operation = route.action.replace('appsync:', '');
    // The IAM simulator's action data (@cloud-copilot/iam-simulate) names no resource type for the reads below
    // GetGraphqlApi: those are authorized against `*` (unconfirmed against the Service Authorization Reference).
    const resource = route.action === 'appsync:GetGraphqlApi' ? route.resource : '*';
    await authorizeReadOnly(ctx, caller, route.action, resource, 'rest-json');
    const answer = route.answer();
    return { ...answer, headers: { ...answer.headers, 'x-amzn-requestid': requestId } };
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    // REST JSON errors: `{"message": …}` with the name in x-amzn-ErrorType (botocore rest-json parser).
    return {
      status: error.status,
      headers: {
        'content-type': 'application/json',
        'x-amzn-requestid': requestId,
        'x-amzn-errortype': error.code,
      },
      body: JSON.stringify({ message: error.message }),
    };
  }
}

const json = (value: unknown): SandboxResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

/**
 * 404 `NotFoundException` (AppSync API reference, e.g. GetGraphqlApi "Errors"). The texts "GraphQL API <id> not found.",
 * "No resolver found.", "No function found." are unconfirmed (no public thread quotes them; no rule reads them).
 */
function notFound(message: string): AwsError {
  return new AwsError(404, 'NotFoundException', message, 'rest-json');
}

function routeOf(request: SandboxRequest, ctx: SandboxContext): Route {
  const { api, accountId } = ctx.scenario;
  const parts = request.path.split('/').slice(3).map(decodeURIComponent); // after /v1/apis
  const [apiId, section, name, sub, field] = parts;
  if (apiId !== api.id) throw notFound(`GraphQL API ${apiId ?? ''} not found.`);
  const apiArn = `arn:aws:appsync:${api.region}:${accountId}:apis/${api.id}`;
  if (section === undefined)
    return {
      action: 'appsync:GetGraphqlApi',
      resource: apiArn,
      answer: () => json({ graphqlApi: graphqlApi(ctx, apiArn) }),
    };
  if (section === 'schema')
    return {
      action: 'appsync:GetIntrospectionSchema',
      resource: apiArn,
      answer: () => introspectionSchema(request, api.schema),
    };
  if (section === 'types' && name && sub === 'resolvers') {
    const resolvers = servedResolvers(api, accountId).filter((r) => r.typeName === name);
    if (field === undefined)
      return {
        action: 'appsync:ListResolvers',
        resource: `${apiArn}/types/${name}/resolvers/*`,
        answer: () => json({ resolvers }),
      };
    return {
      action: 'appsync:GetResolver',
      resource: `${apiArn}/types/${name}/resolvers/${field}`,
      answer: () => {
        const resolver = resolvers.find((r) => r.fieldName === field);
        if (!resolver) throw notFound(`No resolver found.`);
        return json({ resolver });
      },
    };
  }
  if (section === 'functions') {
    const functions = servedFunctions(api, accountId);
    if (name === undefined)
      return { action: 'appsync:ListFunctions', resource: `${apiArn}/functions/*`, answer: () => json({ functions }) };
    return {
      action: 'appsync:GetFunction',
      resource: `${apiArn}/functions/${name}`,
      answer: () => {
        const fn = functions.find((f) => f.functionId === name);
        if (!fn) throw notFound(`No function found.`);
        return json({ functionConfiguration: fn });
      },
    };
  }
  // The sandbox's own answer, not AWS's.
  throw notFound(`The sandbox does not implement GET ${request.path}.`);
}

const MODE_NAMES = new Set(['AWS_IAM', 'AMAZON_COGNITO_USER_POOLS', 'API_KEY', 'OPENID_CONNECT', 'AWS_LAMBDA']);

function graphqlApi(ctx: SandboxContext, arn: string) {
  const { api, userPool, region } = ctx.scenario;
  const userPoolConfig = { userPoolId: userPool.id, awsRegion: region, defaultAction: 'ALLOW' };
  return {
    name: api.name,
    apiId: api.id,
    authenticationType: api.defaultAuthType,
    ...(api.defaultAuthType === 'AMAZON_COGNITO_USER_POOLS' ? { userPoolConfig } : {}),
    additionalAuthenticationProviders: api.additionalAuthTypes
      .filter((t) => MODE_NAMES.has(t))
      .map((authenticationType) => ({
        authenticationType,
        ...(authenticationType === 'AMAZON_COGNITO_USER_POOLS'
          ? { userPoolConfig: { userPoolId: userPool.id, awsRegion: region } }
          : {}),
      })),
    logConfig: api.logging.enabled
      ? {
          fieldLogLevel: api.logging.fieldLogLevel,
          cloudWatchLogsRoleArn: `arn:aws:iam::${ctx.scenario.accountId}:role/appsync-logs`,
          excludeVerboseContent: false,
        }
      : undefined,
    arn,
    uris: { GRAPHQL: `https://${api.id}.appsync-api.${api.region}.amazonaws.com/graphql` },
    xrayEnabled: false,
    visibility: 'GLOBAL',
    apiType: 'GRAPHQL',
  };
}

// AppSync's own directives, dropped when `includeDirectives` is false (GetIntrospectionSchema, botocore).
const APPSYNC_DIRECTIVE = /\s*@aws_(iam|cognito_user_pools|api_key|oidc|lambda|auth)(\([^)]*\))?/g;

/** The schema as a blob: SDL (with AppSync's directives on request) or the introspection JSON (not emulated). */
function introspectionSchema(request: SandboxRequest, sdl: string): SandboxResponse {
  const format = request.query.get('format');
  // The sandbox's own answer, not AWS's (AppSync also serves JSON introspection).
  if (format !== 'SDL') throw new AwsError(400, 'BadRequestException', 'Only format=SDL is emulated.', 'rest-json');
  const includeDirectives = request.query.get('includeDirectives') !== 'false';
  const text = (includeDirectives ? sdl : sdl.replace(APPSYNC_DIRECTIVE, '')).trim();
  return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: `${text}\n` };
}
