/**
 * The one secret policy. Every text that enters a case (AWS error messages, pasted pieces, CloudTrail records, log
 * lines) and every case that leaves the browser (share links, exports) passes here. Pure and idempotent: scrubbing
 * scrubbed evidence changes nothing. Ids stay: access key ids, ARNs, identity ids and request ids are not secrets.
 */

/** What is left where a secret was. */
export const SECRET_MARKER = '[secret removed]';

/**
 * Key names, compared lowercased, whose values are dropped wherever they appear: Cognito's
 * `AuthenticationResult.RefreshToken`, identity pool `Credentials.{SecretKey,SessionToken}`, STS
 * `Credentials.{SecretAccessKey,SessionToken}`, SRP challenge responses (`PASSWORD_CLAIM_SIGNATURE`,
 * `SECRET_BLOCK`), `SECRET_HASH`, challenge `Session`s, passwords, and the request headers that carry them.
 */
export const SECRET_KEY_NAMES: ReadonlySet<string> = new Set([
  'sessiontoken',
  'secretaccesskey',
  'secretkey',
  'password',
  'newpassword',
  'previouspassword',
  'proposedpassword',
  'signature',
  'refreshtoken',
  'refresh_token',
  'authorization',
  'x-amz-security-token',
  'x-amz-signature',
  'x-api-key',
  'password_claim_signature',
  'password_claim_secret_block',
  'new_password',
  'secret_block',
  'secret_hash',
  'secrethash',
  'client_secret',
  'clientsecret',
  'session',
]);

/**
 * Keys holding a user pool token (`AuthenticationResult.{IdToken,AccessToken}`): a raw string there is replayable
 * and goes, but a case's sign-in step keeps the decoded token (`{header, claims}`, signature dropped) under them.
 */
export const TOKEN_KEY_NAMES: ReadonlySet<string> = new Set(['idtoken', 'accesstoken', 'id_token', 'access_token']);

// `GetId` / `GetCredentialsForIdentity` `Logins`: the provider names are evidence, the values are raw ID tokens.
const TOKEN_MAP_KEYS: ReadonlySet<string> = new Set(['logins']);

// Evidence nests a dozen levels at most (a policy's Condition block); deeper input is hostile or cyclic.
const MAX_DEPTH = 64;

const MARKERS = new Set([SECRET_MARKER, `"${SECRET_MARKER}"`, `'${SECRET_MARKER}'`, `\\"${SECRET_MARKER}\\"`]);

// A JWS (`eyJ<header>.eyJ<payload>.<signature>`) or a JWE (five parts; Cognito refresh tokens are JWEs whose second
// part is the encrypted key, RFC 7516 §7.1), header or payload alone included: nothing of them is kept.
const JWT = /eyJ[\w-]{8,}\.(?:eyJ[\w-]*|[\w-]{20,}|(?=\.))(?:\.(?:[\w-]+|(?=\.)))*/g;
const BEARER = /\bBearer\s+(?!\[secret removed\])[\w.~+/=-]{8,}/g;

// `name: value`, `name=value`, `"name":"value"`, `name=[value]` (AppSync's request header log lines print headers
// as a Java map), `<name>value</name>` (STS and S3 XML). Longest names first so alternatives do not shadow.
const TEXT_LABELS = [...SECRET_KEY_NAMES, ...TOKEN_KEY_NAMES, 'signatureprovided']
  .filter((name) => name !== 'session') // "session" is too common in prose; as a key it is still dropped
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[-_]/g, '[-_]'));
const LABELLED = new RegExp(
  `(?<![\\w-])(${TEXT_LABELS.join('|')})(\\\\?["']?\\s*[:=]\\s*)` +
    `(\\\\"[\\s\\S]*?(?:\\\\"|$)|"(?:[^"\\\\]|\\\\.)*"?|'[^']*'?|\\[[^\\]]*\\]|[^\\s"'\\\\,;&<>\\[\\]{}()]+)`,
  'gi',
);
const XML = new RegExp(`<(${TEXT_LABELS.join('|')})>[^<]*</\\1>`, 'gi');
// Base64 runs: 40 characters is an AWS secret access key; 100 or more a session token (`IQoJb3JpZ2luX2Vj…`,
// `FwoGZXIvYXdzE…`) or another opaque token. A key may be followed by `=` (`k=<key>=x` in a query or a header
// dump): 40 characters are never a padded base64 value (those come in fours), so `=` does not protect them.
const KEY_LIKE = /(?<![\w+/-])[A-Za-z0-9+/]{40}(?![\w+/-])/g;
const LONG_RUN = /(?<![\w+/-])[\w+/-]{100,}={0,2}/g;
// AppSync API keys (`da2-` + 26 characters).
const API_KEY = /\bda2-[a-z0-9]{26}\b/g;

/** Inside an ARN (`arn:aws:iam::111122223333:role/…`) a long resource path is a name, not a secret. */
function inArn(text: string, offset: number): boolean {
  return /arn:[\w-]+:[^\s"',;=]*$/i.test(text.slice(Math.max(0, offset - 300), offset));
}

/** A secret access key looks random: mixed case or base64 punctuation; pure hex (a hash, an id) is not one. */
function looksLikeKey(run: string): boolean {
  return (/[A-Z]/.test(run) && /[a-z]/.test(run)) || /[+/]/.test(run);
}

function scrubLabelled(text: string): string {
  return text.replace(LABELLED, (match, label: string, separator: string, value: string) => {
    if (MARKERS.has(value)) return match;
    const open = value.startsWith('\\"') ? '\\"' : /^["'[]/.test(value) ? value.charAt(0) : '';
    // A quote left open (a message cut short) takes the rest of the text with it; brackets must close, as the
    // marker's own closing bracket would otherwise end a bracketed value that holds it.
    const expected = open === '[' ? ']' : open;
    const close = value.length >= open.length + expected.length && value.endsWith(expected) ? expected : '';
    const inner = value.slice(open.length, value.length - close.length);
    // `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`: the credential scope names a
    // public access key id; only the signature goes, as its own label.
    if (label.toLowerCase() === 'authorization' && /^(AWS4-HMAC-SHA256|Bearer)\b/i.test(inner))
      return open ? `${label}${separator}${open}${scrubLabelled(inner)}${close}` : match;
    // `name=[value]` becomes `name=[secret removed]`: the marker brings its own brackets.
    return open === '['
      ? `${label}${separator}${SECRET_MARKER}`
      : `${label}${separator}${open}${SECRET_MARKER}${close}`;
  });
}

function scrubOnce(text: string): string {
  const labelled = scrubLabelled(text.replace(JWT, SECRET_MARKER).replace(BEARER, `Bearer ${SECRET_MARKER}`));
  return labelled
    .replace(XML, (_, tag: string) => `<${tag}>${SECRET_MARKER}</${tag}>`)
    .replace(LONG_RUN, (run: string, offset: number, whole: string) =>
      run.startsWith('/') || inArn(whole, offset) ? run : SECRET_MARKER,
    )
    .replace(KEY_LIKE, (run: string, offset: number, whole: string) =>
      looksLikeKey(run) && !inArn(whole, offset) ? SECRET_MARKER : run,
    )
    .replace(API_KEY, SECRET_MARKER);
}

/** `text` without any secret shape: tokens, keys, signatures and passwords are replaced by `SECRET_MARKER`. */
export function scrubText(text: string): string {
  // A removal can expose another shape (a run that now ends at the marker): repeat until nothing changes.
  let out = scrubOnce(text);
  if (out === text) return text;
  for (let pass = 0; pass < 3; pass += 1) {
    const again = scrubOnce(out);
    if (again === out) break;
    out = again;
  }
  return out;
}

function isSecretEntry(key: string, value: unknown): boolean {
  const name = key.toLowerCase();
  return SECRET_KEY_NAMES.has(name) || (TOKEN_KEY_NAMES.has(name) && typeof value === 'string');
}

function scrubAt(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (!value || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return SECRET_MARKER;
  if (Array.isArray(value)) return value.map((item: unknown) => scrubAt(item, depth + 1));
  // fromEntries defines own properties: a pasted `__proto__` key stays data.
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => !isSecretEntry(key, item))
      .map(([key, item]) => [
        scrubText(key),
        TOKEN_MAP_KEYS.has(key.toLowerCase()) && item && typeof item === 'object' && !Array.isArray(item)
          ? Object.fromEntries(Object.keys(item).map((provider) => [scrubText(provider), SECRET_MARKER]))
          : scrubAt(item, depth + 1),
      ]),
  );
}

/**
 * A copy of `value` with secret-named keys dropped and every string (keys included) scrubbed. Past 64 levels the
 * rest is replaced by `SECRET_MARKER`, so hostile or cyclic input cannot overflow the stack.
 */
export function scrubValue(value: unknown): unknown {
  return scrubAt(value, 0);
}
