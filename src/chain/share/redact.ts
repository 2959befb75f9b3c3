import type { Case } from '../case';
import { chainSteps, recordIdentityId } from '../evidence';
import { scrubValue } from '../secrets';
import { claimString } from '../token';

export interface RedactOptions {
  email: boolean;
  username: boolean;
  sub: boolean;
  identityId: boolean;
  accountId: boolean;
}

/** Personal data masked by default; ids the customer needs to act on (account, identity) are kept. */
export const DEFAULT_REDACTION: RedactOptions = {
  email: true,
  username: true,
  sub: false,
  identityId: false,
  accountId: false,
};

function valuesToMask(c: Case, options: RedactOptions): Map<string, string> {
  const { signIn, credentials } = chainSteps(c);
  const masks = new Map<string, string>();
  const counts = new Map<string, number>();
  const add = (value: string | undefined, label: string) => {
    if (!value || value.length < 3 || masks.has(value)) return;
    const n = (counts.get(label) ?? 0) + 1;
    counts.set(label, n);
    masks.set(value, `<${label}-${n}>`);
  };
  const tokens = [signIn?.idToken, signIn?.accessToken];
  if (options.email) for (const token of tokens) add(claimString(token, 'email'), 'email');
  if (options.username) {
    add(signIn?.username, 'user');
    for (const token of tokens) add(claimString(token, 'cognito:username') ?? claimString(token, 'username'), 'user');
  }
  if (options.sub) for (const token of tokens) add(claimString(token, 'sub'), 'sub');
  if (options.identityId) {
    add(credentials?.identityId, 'identity');
    for (const record of c.records) add(recordIdentityId(record), 'identity');
  }
  if (options.accountId) {
    add(c.target.accountId, 'account');
    for (const record of c.records) add(record.recipientAccountId, 'account');
  }
  return masks;
}

/**
 * The case as it may leave the browser: no secret (the one policy, src/chain/secrets.ts, applied again here as the
 * last line of defence before links and exports), and the chosen personal data replaced by stable placeholders, the
 * same value always by the same placeholder so the evidence still lines up.
 */
export function redact(c: Case, options: RedactOptions = DEFAULT_REDACTION): Case {
  const text = JSON.stringify(scrubValue(c));
  // Each value as it appears in the JSON text; longest first, so an email is masked before a username that is its
  // prefix. One pass over the text (a case may hold a thousand identity and account ids), and a placeholder already
  // written is never searched again.
  const masks = new Map(
    [...valuesToMask(c, options)].map(([value, mask]) => [JSON.stringify(value).slice(1, -1), mask]),
  );
  if (masks.size === 0) return JSON.parse(text) as Case;
  const values = [...masks.keys()].sort((a, b) => b.length - a.length);
  const any = new RegExp(values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return JSON.parse(text.replace(any, (value) => masks.get(value) ?? value)) as Case;
}
