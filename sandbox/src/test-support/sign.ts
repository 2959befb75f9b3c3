import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { IssuedCredentials, SandboxContext } from '../context.ts';
import type { SandboxRequest } from '../http.ts';
import { NodeSha256 } from '../sha256.ts';

export interface SignOptions {
  service: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  body: string;
  path?: string;
  headers?: Record<string, string>;
  /** Epoch ms used as the signing date. */
  signedAt: number;
  host?: string;
  /** Send `x-amz-content-sha256` (SignatureV4's default); AWS SDK v3 clients for JSON services do not. */
  applyChecksum?: boolean;
}

/** Signs a POST the way AWS SDK v3 does and returns it as the sandbox router would hand it to a service. */
export async function signedRequest(options: SignOptions): Promise<SandboxRequest> {
  const host = options.host ?? '127.0.0.1:4510';
  const signer = new SignatureV4({
    service: options.service,
    region: options.region,
    credentials: options.credentials,
    sha256: NodeSha256,
    applyChecksum: options.applyChecksum ?? false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      hostname: host.split(':')[0],
      path: options.path ?? '/',
      headers: { host, 'content-type': 'application/json', ...options.headers },
      body: options.body,
    }),
    { signingDate: new Date(options.signedAt) },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = value;
  return {
    method: 'POST',
    path: options.path ?? '/',
    query: new URLSearchParams(),
    headers,
    body: Buffer.from(options.body, 'utf8'),
  };
}

/** Temporary credentials for the scenario's authenticated role, stored in the context as the identity pool would. */
export function issueCredentials(ctx: SandboxContext, overrides: Partial<IssuedCredentials> = {}): IssuedCredentials {
  const credentials: IssuedCredentials = {
    accessKeyId: 'ASIASANDBOXTEST00001',
    secretAccessKey: 'sandboxTemporarySecretKeyForUnitTests00001',
    sessionToken: 'IQoJb3JpZ2luX2VjSANDBOXTESTTOKEN',
    expiration: ctx.now() + 3600_000,
    roleArn: `arn:aws:iam::${ctx.scenario.accountId}:role/authtrace-demo-authenticated`,
    assumedRoleId: 'AROASANDBOXROLE00001:CognitoIdentityCredentials',
    sessionName: 'CognitoIdentityCredentials',
    ...overrides,
  };
  ctx.credentials.set(credentials.accessKeyId, credentials);
  return credentials;
}
