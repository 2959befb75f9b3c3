import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../server.ts';
import { NodeSha256 } from '../sha256.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ scenarioId: 'resolver-allow-list-stale', port: 0 });
});
afterAll(() => sandbox.close());

async function get(path: string, query: Record<string, string> = {}) {
  const url = new URL(path, sandbox.url);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const { readOnly, api } = sandbox.context().scenario;
  const signer = new SignatureV4({
    service: 'appsync',
    region: api.region,
    credentials: { accessKeyId: readOnly.accessKeyId, secretAccessKey: readOnly.secretAccessKey },
    sha256: NodeSha256,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'GET',
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query,
      headers: { host: url.host },
    }),
  );
  const headers = Object.fromEntries(Object.entries(signed.headers).filter(([n]) => n !== 'host'));
  return fetch(url, { headers: { ...headers, origin: 'http://localhost:5173' } });
}

describe('AppSync control plane (read-only, no CORS)', () => {
  it('serves the schema with directives, and without them on request', async () => {
    const id = sandbox.context().scenario.api.id;
    const withDirectives = await get(`/v1/apis/${id}/schema`, { format: 'SDL', includeDirectives: 'true' });
    expect(withDirectives.status).toBe(200);
    expect(withDirectives.headers.get('access-control-allow-origin')).toBeNull();
    expect(await withDirectives.text()).toContain('listNotes: [Note] @aws_iam @aws_cognito_user_pools');
    const bare = await get(`/v1/apis/${id}/schema`, { format: 'SDL', includeDirectives: 'false' });
    expect(await bare.text()).not.toContain('@aws_');
  });

  it('serves the pipeline resolver with the stashed roles and its auth function’s IAM check', async () => {
    const id = sandbox.context().scenario.api.id;
    const { resolver } = (await (await get(`/v1/apis/${id}/types/Query/resolvers/listNotes`)).json()) as {
      resolver: { kind: string; requestMappingTemplate: string; pipelineConfig: { functions: string[] } };
    };
    expect(resolver.kind).toBe('PIPELINE');
    expect(resolver.requestMappingTemplate).toContain('$ctx.stash.put("authRole", "arn:aws:sts::444455556666:');
    const [authFn] = resolver.pipelineConfig.functions;
    const { functionConfiguration } = (await (await get(`/v1/apis/${id}/functions/${authFn}`)).json()) as {
      functionConfiguration: { requestMappingTemplate: string };
    };
    expect(functionConfiguration.requestMappingTemplate).toContain('#if( $util.authType() == "IAM Authorization" )');
    const missing = await get(`/v1/apis/${id}/types/Query/resolvers/getNote`);
    expect([missing.status, missing.headers.get('x-amzn-errortype')]).toEqual([404, 'NotFoundException']);
  });
});
