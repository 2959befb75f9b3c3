import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { IssuedCredentials, SandboxContext } from './context.ts';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// IAM unique ids use this base32 alphabet (AROA…, AIDA…).
const UNIQUE_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Role session lifetime Cognito asks STS for (its enhanced flow always gets one hour). */
export const DEFAULT_DURATION_SECONDS = 3600;

export function randomChars(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Temporary access key ids start with `ASIA`; long-term ones with `AKIA`. */
export function newTemporaryAccessKeyId(): string {
  return `ASIA${randomChars(UPPER_ALNUM, 16)}`;
}

/**
 * A session token shaped like STS's (an opaque base64 blob; real ones start with `IQoJb3JpZ2luX2Vj`, which is
 * "!\n\torigin_ec" encoded). AWS says to assume no maximum size.
 */
export function newSessionToken(): string {
  return `IQoJb3JpZ2luX2Vj${randomBytes(420).toString('base64')}`;
}

/** The role's unique id (`AROA` + 17 characters), stable for an ARN like IAM's `RoleId`. */
export function roleUniqueId(roleArn: string): string {
  const digest = createHash('sha256').update(roleArn).digest();
  let id = 'AROA';
  for (let i = 0; i < 17; i++) id += UNIQUE_ID_CHARS[(digest[i] ?? 0) % UNIQUE_ID_CHARS.length];
  return id;
}

export function roleNameOf(roleArn: string): string {
  return roleArn.slice(roleArn.lastIndexOf('/') + 1);
}

export function accountOf(arn: string): string {
  return arn.split(':')[4] ?? '';
}

/** `arn:aws:sts::<account>:assumed-role/<role name>/<session name>`. */
export function assumedRoleArn(roleArn: string, sessionName: string): string {
  return `arn:aws:sts::${accountOf(roleArn)}:assumed-role/${roleNameOf(roleArn)}/${sessionName}`;
}

export interface MintRequest {
  roleArn: string;
  sessionName: string;
  identityId?: string;
  durationSeconds?: number;
}

/** Issues temporary credentials for a role session and keeps them, so signed requests can be verified later. */
export function mintCredentials(ctx: SandboxContext, request: MintRequest): IssuedCredentials {
  const issued: IssuedCredentials = {
    accessKeyId: newTemporaryAccessKeyId(),
    secretAccessKey: randomChars(SECRET_CHARS, 40),
    sessionToken: newSessionToken(),
    expiration: ctx.now('sts') + (request.durationSeconds ?? DEFAULT_DURATION_SECONDS) * 1000,
    roleArn: request.roleArn,
    assumedRoleId: `${roleUniqueId(request.roleArn)}:${request.sessionName}`,
    sessionName: request.sessionName,
    ...(request.identityId ? { identityId: request.identityId } : {}),
  };
  ctx.credentials.set(issued.accessKeyId, issued);
  return issued;
}
