import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { IssuedCredentials, SandboxContext } from './context.ts';
import type { SandboxRequest } from './http.ts';
import { NodeSha256 } from './sha256.ts';
import { MESSAGES, mismatchMessage, missingAuthError, signatureError } from './sigv4-errors.ts';
import { ALGORITHM, parseAuthorization, type ParsedAuthorization } from './sigv4-parse.ts';
import { checkScopeAndDate, serviceClock, type SigningExpectation } from './sigv4-scope.ts';

export type { SigningExpectation };

export interface VerifiedCaller {
  accessKeyId: string;
  /** The region the request was signed for (its credential scope). */
  region?: string;
  kind: 'readonly' | 'temporary';
  credentials?: IssuedCredentials;
}

/**
 * Verifies an `Authorization: AWS4-HMAC-SHA256 …` request the way AWS's front doors do, in this order (AWS does not document its own):
 * header shape, credential scope (service, region, date), clock skew, the access key and its session token,
 * then the signature recomputed over exactly the headers the caller listed in SignedHeaders.
 */
export async function verifySigV4(
  request: SandboxRequest,
  ctx: SandboxContext,
  expected: SigningExpectation,
): Promise<VerifiedCaller> {
  const { protocol } = expected;
  const header = request.headers.authorization;
  if (!header) throw missingAuthError(protocol);
  if (!header.startsWith(`${ALGORITHM} `)) {
    // The sandbox's own text (unconfirmed): no public answer of AWS to a non-SigV4 scheme on these services is quoted.
    // (AppSync reads such a header as a token before this point: appsync/request-auth.ts.)
    throw signatureError('incomplete', protocol, `Unsupported authorization type: ${header.split(' ')[0] ?? ''}`);
  }
  const auth = parseAuthorization(header, protocol);
  const amzDate = request.headers['x-amz-date'] ?? '';
  const signedAt = checkScopeAndDate(auth, amzDate, ctx, expected);
  const caller = findCaller(auth.accessKeyId, request, ctx, expected);
  const secret = caller.credentials?.secretAccessKey ?? ctx.scenario.readOnly.secretAccessKey;
  const computed = await computeSignature(request, auth, secret, signedAt);
  if (!sameHex(computed.signature, auth.signature) || !payloadHashHolds(request)) {
    throw signatureError(
      'signature',
      protocol,
      mismatchMessage(protocol, computed.canonicalRequest, computed.stringToSign),
    );
  }
  return { ...caller, region: auth.scope.region };
}

function findCaller(
  accessKeyId: string,
  request: SandboxRequest,
  ctx: SandboxContext,
  { protocol, service }: SigningExpectation,
): VerifiedCaller {
  const token = request.headers['x-amz-security-token'];
  if (accessKeyId === ctx.scenario.readOnly.accessKeyId && token === undefined) {
    return { accessKeyId, kind: 'readonly' };
  }
  const credentials = ctx.credentials.get(accessKeyId);
  if (!credentials || token !== credentials.sessionToken) {
    throw signatureError('unknown-key', protocol, MESSAGES.invalidToken);
  }
  if (credentials.expiration <= ctx.now(serviceClock(service))) {
    throw signatureError('expired-token', protocol, MESSAGES.expiredToken);
  }
  return { accessKeyId, kind: 'temporary', credentials };
}

/** A signer that keeps the canonical request and string to sign it computed (AWS echoes both on a mismatch). */
class EchoingSigner extends SignatureV4 {
  canonicalRequest = '';
  stringToSign = '';
  protected override async createStringToSign(
    longDate: string,
    credentialScope: string,
    canonicalRequest: string,
    algorithmIdentifier: string,
  ): Promise<string> {
    this.canonicalRequest = canonicalRequest;
    this.stringToSign = await super.createStringToSign(
      longDate,
      credentialScope,
      canonicalRequest,
      algorithmIdentifier,
    );
    return this.stringToSign;
  }
}

interface ComputedSignature {
  signature: string;
  canonicalRequest: string;
  stringToSign: string;
}

/** Re-signs a copy of the request holding only the signed headers, with the caller's own signing date. */
async function computeSignature(
  request: SandboxRequest,
  auth: ParsedAuthorization,
  secretAccessKey: string,
  signedAt: number,
): Promise<ComputedSignature> {
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) headers[name] = request.headers[name] ?? '';
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(request.query.keys())) {
    const values = request.query.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  const signer = new EchoingSigner({
    service: auth.scope.service,
    region: auth.scope.region,
    credentials: { accessKeyId: auth.accessKeyId, secretAccessKey },
    sha256: NodeSha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method,
      hostname: (request.headers.host ?? '').split(':')[0] ?? '',
      path: safeDecode(request.path),
      query,
      headers,
      body: request.body,
    }),
    { signingDate: new Date(signedAt), signableHeaders: new Set(auth.signedHeaders) },
  );
  const authorization = signed.headers.authorization ?? '';
  return {
    signature: /Signature=([0-9a-f]+)/.exec(authorization)?.[1] ?? '',
    canonicalRequest: signer.canonicalRequest,
    stringToSign: signer.stringToSign,
  };
}

/** A signed `x-amz-content-sha256` must be the body's real hash, or a tampered body would pass. */
function payloadHashHolds(request: SandboxRequest): boolean {
  const claimed = request.headers['x-amz-content-sha256'];
  return claimed === undefined || claimed === createHash('sha256').update(request.body).digest('hex');
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
