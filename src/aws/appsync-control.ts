import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import * as z from 'zod/mini';
import type { AppSyncEvidence, AppSyncFunction, AppSyncResolver, GraphqlField, Lookup } from '@/chain/case';
import type { ReadOnlyCredentials } from '@/chain/connection';
import { recordLookup } from './lookup';

export interface ControlPlaneAccess {
  region: string;
  /**
   * Base URL of AppSync's control plane. Absent: AWS's own `https://appsync.<region>.amazonaws.com`. The control
   * plane answers no CORS, so a browser must be given the same-origin relay's URL here (the CLI calls AWS directly).
   */
  endpoint?: string;
  credentials: ReadOnlyCredentials;
  timeoutMs?: number;
  /** The page's same-origin relay (`<origin>/aws-relay`): signed for the real host, sent through it. */
  relay?: string;
}

/** An AWS REST JSON error: the name from `x-amzn-ErrorType` (up to a colon), the text from `message`. */
class ControlPlaneError extends Error {
  constructor(
    override readonly name: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const functionSchema = z.looseObject({
  functionId: z.string(),
  name: z.optional(z.string()),
  requestMappingTemplate: z.optional(z.nullable(z.string())),
  responseMappingTemplate: z.optional(z.nullable(z.string())),
  code: z.optional(z.nullable(z.string())),
});
const resolverSchema = z.looseObject({
  typeName: z.string(),
  fieldName: z.string(),
  kind: z.optional(z.string()),
  resolverArn: z.optional(z.string()),
  requestMappingTemplate: z.optional(z.nullable(z.string())),
  responseMappingTemplate: z.optional(z.nullable(z.string())),
  code: z.optional(z.nullable(z.string())),
  pipelineConfig: z.optional(z.nullable(z.looseObject({ functions: z.optional(z.array(z.string())) }))),
});
const apiSchema = z.looseObject({
  graphqlApi: z.looseObject({
    authenticationType: z.string(),
    additionalAuthenticationProviders: z.optional(
      z.nullable(z.array(z.looseObject({ authenticationType: z.optional(z.string()) }))),
    ),
  }),
});

const baseUrl = (access: ControlPlaneAccess) =>
  (access.endpoint ?? `https://appsync.${access.region}.amazonaws.com`).replace(/\/$/, '');
const endpointFlag = (access: ControlPlaneAccess) => (access.endpoint ? ` --endpoint-url ${access.endpoint}` : '');
const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };

/** One SigV4-signed GET (service `appsync`), as the AWS CLI sends it; throws AWS's error by name. */
async function get(access: ControlPlaneAccess, path: string, query: Record<string, string> = {}): Promise<string> {
  const url = new URL(`${baseUrl(access)}${path}`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const signer = new SignatureV4({
    service: 'appsync',
    region: access.region,
    credentials: access.credentials,
    sha256: Sha256,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      query,
      headers: { host: url.host, accept: 'application/json' },
    }),
  );
  const headers = Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name.toLowerCase() !== 'host'));
  // A browser reaches the control plane (no CORS) only through the relay, which forwards the request unchanged.
  const target = access.relay
    ? new URL(`${access.relay.replace(/\/$/, '')}/${url.host}${url.pathname}${url.search}`)
    : url;
  const response = await fetch(target, { headers, signal: AbortSignal.timeout(access.timeoutMs ?? 20_000) });
  const text = await response.text();
  if (!response.ok) {
    const name = (response.headers.get('x-amzn-errortype') ?? `HTTP${response.status}`).split(':')[0] ?? '';
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // A body that is not JSON (a proxy's page) is kept as text.
    }
    throw new ControlPlaneError(name, message, response.status);
  }
  return text;
}

async function getJson<S extends z.ZodMiniType>(access: ControlPlaneAccess, path: string, schema: S) {
  return schema.parse(JSON.parse(await get(access, path))) as z.infer<S>;
}

/**
 * Reads what decides a field refused after IAM: the API's modes, the schema with its directives, and each refused
 * field's resolver with its pipeline functions. Every question is one lookup (denied or not), with its CLI.
 */
export async function readAppSyncAuthorization(
  access: ControlPlaneAccess,
  apiId: string,
  fields: GraphqlField[],
  lookups: Lookup[],
): Promise<AppSyncEvidence> {
  const api = encodeURIComponent(apiId);
  const region = ` --region ${access.region}${endpointFlag(access)}`;
  const evidence: AppSyncEvidence = { resolvers: [] };
  const modes = await recordLookup(
    lookups,
    {
      source: 'appsync',
      ask: 'appsync-api',
      query: { apiId },
      cli: `aws appsync get-graphql-api --api-id ${apiId}${region}`,
    },
    async (countCall) => {
      countCall();
      const { graphqlApi } = await getJson(access, `/v1/apis/${api}`, apiSchema);
      const additional = (graphqlApi.additionalAuthenticationProviders ?? []).flatMap((p) =>
        p.authenticationType ? [p.authenticationType] : [],
      );
      return { value: [graphqlApi.authenticationType, ...additional], found: true };
    },
  );
  if (modes) evidence.authModes = modes;
  const schema = await recordLookup(
    lookups,
    {
      source: 'appsync',
      ask: 'appsync-schema',
      query: { apiId, format: 'SDL', includeDirectives: true },
      cli: `aws appsync get-introspection-schema --api-id ${apiId} --format SDL --include-directives${region} schema.graphql`,
    },
    async (countCall) => {
      countCall();
      const sdl = await get(access, `/v1/apis/${api}/schema`, { format: 'SDL', includeDirectives: 'true' });
      return { value: sdl, found: sdl.trim() !== '' };
    },
  );
  if (schema) evidence.schema = schema;
  for (const field of fields) {
    const resolver = await recordLookup(
      lookups,
      {
        source: 'appsync',
        ask: 'appsync-resolver',
        subject: `${field.typeName}.${field.fieldName}`,
        query: { apiId, typeName: field.typeName, fieldName: field.fieldName },
        cli: `aws appsync get-resolver --api-id ${apiId} --type-name ${field.typeName} --field-name ${field.fieldName}${region}`,
      },
      async (countCall) => {
        countCall();
        const path = `/v1/apis/${api}/types/${encodeURIComponent(field.typeName)}/resolvers/${encodeURIComponent(field.fieldName)}`;
        let found: z.infer<typeof resolverSchema>;
        try {
          ({ resolver: found } = await getJson(access, path, z.looseObject({ resolver: resolverSchema })));
        } catch (error) {
          // A field without a resolver (AppSync: NotFoundException) is an answer: nothing but the schema checks it.
          if (error instanceof ControlPlaneError && error.name === 'NotFoundException')
            return { value: undefined, found: false };
          throw error;
        }
        const functions: AppSyncFunction[] = [];
        for (const functionId of found.pipelineConfig?.functions ?? []) {
          countCall();
          const { functionConfiguration: fn } = await getJson(
            access,
            `/v1/apis/${api}/functions/${encodeURIComponent(functionId)}`,
            z.looseObject({ functionConfiguration: functionSchema }),
          );
          functions.push(
            defined({
              functionId: fn.functionId,
              name: fn.name,
              requestMappingTemplate: fn.requestMappingTemplate,
              responseMappingTemplate: fn.responseMappingTemplate,
              code: fn.code,
            }),
          );
        }
        const value: AppSyncResolver = {
          ...defined({
            typeName: found.typeName,
            fieldName: found.fieldName,
            kind: found.kind,
            resolverArn: found.resolverArn,
            requestMappingTemplate: found.requestMappingTemplate,
            responseMappingTemplate: found.responseMappingTemplate,
            code: found.code,
          }),
          functions,
        };
        return { value, found: true };
      },
    );
    if (resolver) evidence.resolvers.push(resolver);
  }
  return evidence;
}
