import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The server half of Cognito's SRP-6a, bit-compatible with Amplify v6's client
 * (`@aws-amplify/auth/src/providers/cognito/utils/srp/`): RFC 5054's 3072-bit group, g = 2, SHA-256, integers
 * encoded as the minimal two's-complement hex of Java's `BigInteger.toByteArray()` (Amplify `getPaddedHex`), and
 * an HKDF key labelled "Caldera Derived Key" that signs the claim.
 */

const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

export const N = BigInt(`0x${N_HEX}`);
export const g = 2n;
/** k = H(pad(N) | pad(g)) (Amplify `AuthenticationHelper` constructor). */
export const k = hashHex(padHex(N) + padHex(g));

/** Hex of a non-negative integer as Java's `toByteArray()` writes it: even length, `00` before a high bit. */
export function padHex(value: bigint): string {
  if (value < 0n) throw new RangeError('SRP values are non-negative.');
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/i.test(hex) ? `00${hex}` : hex;
}

/** SHA-256 of the bytes a hex string encodes, read back as an integer. */
function hashHex(hex: string): bigint {
  return BigInt(`0x${createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex')}`);
}

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

/**
 * v = g^x with x = H(pad(salt) | H(poolName | userIdForSrp | ":" | password)). Cognito stores v when the password
 * is set; the sandbox derives it from the scenario's plaintext password on each sign-in.
 */
export function passwordVerifier(poolName: string, userIdForSrp: string, password: string, saltHex: string): bigint {
  const inner = createHash('sha256').update(`${poolName}${userIdForSrp}:${password}`, 'utf8').digest('hex');
  const x = hashHex(padHex(BigInt(`0x${saltHex}`)) + inner);
  return modPow(g, x, N);
}

export interface ServerEphemeral {
  b: bigint;
  B: bigint;
}

/** B = k·v + g^b mod N, with a fresh 1024-bit b (Cognito's and Amplify's size for the private values). */
export function serverEphemeral(verifier: bigint): ServerEphemeral {
  for (;;) {
    const b = BigInt(`0x${randomBytes(128).toString('hex')}`);
    const B = (k * verifier + modPow(g, b, N)) % N;
    if (B !== 0n) return { b, B };
  }
}

/** Whether a client's A is usable: SRP-6a requires A mod N ≠ 0. */
export function isValidClientPublic(A: bigint): boolean {
  return A > 0n && A % N !== 0n;
}

/**
 * The 16-byte key both sides derive: S = (A·v^u)^b mod N, u = H(pad(A) | pad(B)), then HKDF-SHA256 with salt pad(u),
 * input pad(S) and info "Caldera Derived Key" 0x01 (Amplify `getPasswordAuthenticationKey`, `getHkdfKey`).
 */
export function sessionKey(input: { A: bigint; B: bigint; b: bigint; verifier: bigint }): Buffer {
  const u = hashHex(padHex(input.A) + padHex(input.B));
  if (u === 0n) throw new RangeError('u cannot be zero.');
  const S = modPow((input.A * modPow(input.verifier, u, N)) % N, input.b, N);
  const prk = createHmac('sha256', Buffer.from(padHex(u), 'hex'))
    .update(Buffer.from(padHex(S), 'hex'))
    .digest();
  return createHmac('sha256', prk).update('Caldera Derived Key\u0001', 'utf8').digest().subarray(0, 16);
}

/** HMAC-SHA256(key, poolName | userIdForSrp | SECRET_BLOCK bytes | TIMESTAMP), base64 (Amplify `getSignatureString`). */
export function claimSignature(
  key: Buffer,
  claim: { poolName: string; userIdForSrp: string; secretBlock: string; timestamp: string },
): string {
  return createHmac('sha256', key)
    .update(claim.poolName, 'utf8')
    .update(claim.userIdForSrp, 'utf8')
    .update(Buffer.from(claim.secretBlock, 'base64'))
    .update(claim.timestamp, 'utf8')
    .digest('base64');
}

/** Constant-time comparison of two base64 signatures. */
export function signaturesMatch(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'base64');
  const b = Buffer.from(received, 'base64');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Cognito's TIMESTAMP: `EEE MMM d HH:mm:ss z yyyy` in English (Java `SimpleDateFormat`), e.g.
 * `Tue Nov 4 08:05:09 UTC 2025`; Amplify `getNowString` writes the day without padding.
 */
export function isCognitoTimestamp(value: string): boolean {
  const match =
    /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (UTC|GMT) (\d{4})$/.exec(
      value,
    );
  if (!match) return false;
  const [day, hours, minutes, seconds] = [match[3], match[4], match[5], match[6]].map(Number);
  return (
    day !== undefined && day >= 1 && day <= 31 && (hours ?? 99) < 24 && (minutes ?? 99) < 60 && (seconds ?? 99) < 60
  );
}
