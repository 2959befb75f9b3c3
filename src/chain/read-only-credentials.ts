import type { ReadOnlyCredentials } from './connection';
import { awsMsg, type AwsMessage } from './messages/aws-message';

/** Read-only AWS credentials parsed from what an engineer pastes. They are returned to memory, never stored. */
export interface ParsedCredentials extends ReadOnlyCredentials {
  expiration?: string;
}

export type CredentialsParse =
  { ok: true; credentials: ParsedCredentials; warning?: AwsMessage } | { ok: false; error: AwsMessage };

/**
 * Long-lived access keys (AKIA…, an IAM user's) work, but a paste of them is a key that lives on: temporary
 * credentials (ASIA…) expire by themselves (IAM User Guide, "Manage access keys for IAM users": the prefixes).
 */
export const LONG_LIVED_KEY_WARNING: AwsMessage = awsMsg('aws.credentials.long-lived');

const ENV_KEYS: Record<string, keyof ParsedCredentials> = {
  aws_access_key_id: 'accessKeyId',
  aws_secret_access_key: 'secretAccessKey',
  aws_session_token: 'sessionToken',
  aws_credential_expiration: 'expiration',
  accesskeyid: 'accessKeyId',
  secretaccesskey: 'secretAccessKey',
  sessiontoken: 'sessionToken',
  expiration: 'expiration',
};

function fromJson(text: string): Partial<ParsedCredentials> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') return undefined;
    const source =
      'Credentials' in value && value.Credentials && typeof value.Credentials === 'object' ? value.Credentials : value;
    const out: Partial<ParsedCredentials> = {};
    for (const [key, v] of Object.entries(source)) {
      const field = ENV_KEYS[key.toLowerCase()];
      if (field && typeof v === 'string') out[field] = v;
    }
    return out;
  } catch {
    return undefined;
  }
}

/** `export AWS_ACCESS_KEY_ID=…`, `AWS_ACCESS_KEY_ID=…`, `$Env:AWS_…="…"`, `set AWS_…=…` or `aws_access_key_id = …` lines. */
function fromLines(text: string): Partial<ParsedCredentials> {
  const out: Partial<ParsedCredentials> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = line.trim().match(/^(?:export\s+|set\s+|\$env:)?([A-Za-z_]+)\s*[=:]\s*["']?([^"'\s]+)["']?\s*$/i);
    if (!match) continue;
    const field = ENV_KEYS[(match[1] ?? '').toLowerCase()];
    if (field && match[2]) out[field] = match[2];
  }
  return out;
}

/**
 * Accepts `aws configure export-credentials` output (process JSON, env, env-no-export, powershell, windows-cmd),
 * STS JSON (`{"Credentials": {…}}`) or a credentials-file profile.
 */
export function parseReadOnlyCredentials(text: string): CredentialsParse {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: awsMsg('aws.credentials.empty') };
  const found = (trimmed.startsWith('{') ? fromJson(trimmed) : undefined) ?? fromLines(trimmed);
  if (!found.accessKeyId) return { ok: false, error: awsMsg('aws.credentials.no-key-id') };
  if (!/^(AKIA|ASIA)[A-Z0-9]{12,124}$/.test(found.accessKeyId))
    return {
      ok: false,
      // What was pasted is quoted, never spoken as Authtrace's words.
      error: awsMsg('aws.credentials.not-a-key-id', { message: `${found.accessKeyId.slice(0, 8)}…` }),
    };
  if (!found.secretAccessKey) return { ok: false, error: awsMsg('aws.credentials.no-secret') };
  if (found.accessKeyId.startsWith('ASIA') && !found.sessionToken)
    return { ok: false, error: awsMsg('aws.credentials.no-session-token') };
  if (found.expiration && Date.parse(found.expiration) < Date.now())
    return { ok: false, error: awsMsg('aws.credentials.expired', { at: found.expiration }) };
  const credentials = found as ParsedCredentials;
  return credentials.accessKeyId.startsWith('AKIA')
    ? { ok: true, credentials, warning: LONG_LIVED_KEY_WARNING }
    : { ok: true, credentials };
}
