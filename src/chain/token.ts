import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { DecodedToken } from './case';

/**
 * Decodes a JWT into header and claims and drops the signature, so the token can no longer be replayed.
 * Throws a readable error for anything that is not a JWT.
 */
export function decodeToken(jwt: string): DecodedToken {
  try {
    return { header: { ...decodeProtectedHeader(jwt) }, claims: { ...decodeJwt(jwt) } };
  } catch {
    throw new Error('This is not a JSON Web Token (expected three base64url parts separated by dots).');
  }
}

/** Seconds-since-epoch claim (`exp`, `iat`, `auth_time`) as a Date, or undefined when absent. */
export function claimTime(token: DecodedToken | undefined, claim: 'exp' | 'iat' | 'auth_time'): Date | undefined {
  const value = token?.claims[claim];
  return typeof value === 'number' ? new Date(value * 1000) : undefined;
}

export function claimString(token: DecodedToken | undefined, claim: string): string | undefined {
  const value = token?.claims[claim];
  return typeof value === 'string' ? value : undefined;
}
