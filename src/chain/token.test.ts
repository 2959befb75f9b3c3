import { describe, expect, it } from 'vitest';
import { claimTime, decodeToken } from './token';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('decodeToken', () => {
  it('keeps header and claims and drops the signature', () => {
    const jwt = `${b64({ alg: 'RS256', kid: 'k' })}.${b64({ sub: 's', exp: 1_800_000_000 })}.c2lnbmF0dXJl`;
    const decoded = decodeToken(jwt);
    expect(decoded).toEqual({ header: { alg: 'RS256', kid: 'k' }, claims: { sub: 's', exp: 1_800_000_000 } });
    expect(JSON.stringify(decoded)).not.toContain('c2lnbmF0dXJl');
    expect(claimTime(decoded, 'exp')?.toISOString()).toBe('2027-01-15T08:00:00.000Z');
  });

  it('rejects what is not a JWT with a readable message', () => {
    expect(() => decodeToken('not-a-token')).toThrow(/not a JSON Web Token/);
  });
});
