import { describe, expect, it } from 'vitest';
import {
  claimSignature,
  isCognitoTimestamp,
  k,
  padHex,
  passwordVerifier,
  serverEphemeral,
  sessionKey,
  signaturesMatch,
} from './srp.ts';

/**
 * The client half is Amplify's own code (the SRP helpers `signIn` uses), loaded from node_modules by path because
 * the package does not export it: the server must agree with the real client, not with a copy of its own math.
 */
const AMPLIFY_SRP = new URL(
  '../../node_modules/aws-amplify/node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/',
  import.meta.url,
).href;

interface AmplifyBigInteger {
  toString(radix: number): string;
}
interface AmplifySrp {
  getAuthenticationHelper(poolName: string): Promise<{
    A: AmplifyBigInteger;
    getPasswordAuthenticationKey(input: {
      username: string;
      password: string;
      serverBValue: AmplifyBigInteger;
      salt: AmplifyBigInteger;
    }): Promise<Uint8Array>;
  }>;
  getNowString(): string;
  getSignatureString(input: {
    userPoolName: string;
    username: string;
    challengeParameters: Record<string, string>;
    dateNow: string;
    hkdf: Uint8Array;
  }): string;
}
interface AmplifyBigIntegerModule {
  BigInteger: new (value: string, radix: number) => AmplifyBigInteger;
}

const amplify: AmplifySrp = await import(`${AMPLIFY_SRP}index.mjs`);
const { BigInteger }: AmplifyBigIntegerModule = await import(`${AMPLIFY_SRP}BigInteger/index.mjs`);

const POOL = 'aT7rAcE01';
const USER = 'tester@example.com';
const PASSWORD = 'Sandbox-Passw0rd!';
const SALT = '9f86d081884c7d659a2feaa0c55ad015';
const SECRET_BLOCK = Buffer.from('opaque secret block').toString('base64');

/** One SRP exchange: Amplify signs with `clientPassword`; returns whether the server accepts the claim. */
async function exchange(clientPassword: string): Promise<boolean> {
  const verifier = passwordVerifier(POOL, USER, PASSWORD, SALT);
  const helper = await amplify.getAuthenticationHelper(POOL);
  const A = BigInt(`0x${helper.A.toString(16)}`);
  const ephemeral = serverEphemeral(verifier);
  const hkdf = await helper.getPasswordAuthenticationKey({
    username: USER,
    password: clientPassword,
    serverBValue: new BigInteger(ephemeral.B.toString(16), 16),
    salt: new BigInteger(SALT, 16),
  });
  const timestamp = amplify.getNowString();
  const signature = amplify.getSignatureString({
    userPoolName: POOL,
    username: USER,
    challengeParameters: { SECRET_BLOCK },
    dateNow: timestamp,
    hkdf,
  });
  const key = sessionKey({ A, B: ephemeral.B, b: ephemeral.b, verifier });
  const expected = claimSignature(key, { poolName: POOL, userIdForSrp: USER, secretBlock: SECRET_BLOCK, timestamp });
  return signaturesMatch(expected, signature);
}

describe('SRP against Amplify’s client', () => {
  // Six exchanges of 3072-bit modular arithmetic: ~3 s on a busy 2-core machine.
  it('accepts the claim of a client that knows the password', { timeout: 30_000 }, async () => {
    // Several rounds: about half of the random A, B, u and S values need the "00" sign byte.
    for (let round = 0; round < 6; round++) expect(await exchange(PASSWORD)).toBe(true);
  });

  it('rejects the claim of a client with the wrong password', { timeout: 15_000 }, async () => {
    expect(await exchange('Sandbox-Passw0rd?')).toBe(false);
  });
});

describe('padHex', () => {
  it('encodes like Java BigInteger.toByteArray', () => {
    expect(padHex(0x14n)).toBe('14');
    expect(padHex(0xecn)).toBe('00ec');
    expect(padHex(0xabcn)).toBe('0abc');
    expect(padHex(0x8abn)).toBe('08ab');
  });
});

describe('k', () => {
  it('is H(pad(N) | pad(g)), the constant every Cognito client derives', () => {
    expect(k.toString(16)).toBe('538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6');
  });
});

describe('isCognitoTimestamp', () => {
  it('accepts Amplify’s format and rejects others', () => {
    expect(isCognitoTimestamp('Tue Nov 4 08:05:09 UTC 2025')).toBe(true);
    expect(isCognitoTimestamp('Tue Nov 24 18:45:12 UTC 2026')).toBe(true);
    expect(isCognitoTimestamp('2025-11-04T08:05:09Z')).toBe(false);
    expect(isCognitoTimestamp('Di Nov 4 08:05:09 UTC 2025')).toBe(false);
  });
});
