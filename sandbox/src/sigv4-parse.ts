import type { Protocol } from './http.ts';
import { signatureError } from './sigv4-errors.ts';

/** The parts of an `Authorization: AWS4-HMAC-SHA256 …` header. */
export interface ParsedAuthorization {
  accessKeyId: string;
  scope: { date: string; region: string; service: string; terminator: string };
  signedHeaders: string[];
  signature: string;
}

export const ALGORITHM = 'AWS4-HMAC-SHA256';

/**
 * Splits the header the way AWS accepts it: parameters separated by commas and/or spaces
 * (`Credential=…, SignedHeaders=…, Signature=…`). Missing parts answer AWS's IncompleteSignature texts.
 */
export function parseAuthorization(header: string, protocol: Protocol): ParsedAuthorization {
  const body = header.slice(ALGORITHM.length);
  const params = new Map<string, string>();
  for (const part of body.split(/[\s,]+/)) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const missing = ['Credential', 'Signature', 'SignedHeaders'].filter((name) => !params.get(name));
  // "Authorization header requires '<name>' parameter. … Authorization=<the header>" as AWS words it: aws/chalice
  // #828 and aws-amplify/amplify-flutter #1539 (API Gateway), brendanhay/amazonka #316 (SES, query protocol, 400
  // `IncompleteSignature`), aws-amplify/amplify-js #2035 (AppSync). The sentence about a missing X-Amz-Date that AWS
  // adds to the same list (#828) is given separately by sigv4-scope.ts.
  if (missing.length > 0) {
    const reasons = missing.map((name) => `Authorization header requires '${name}' parameter.`).join(' ');
    throw signatureError('incomplete', protocol, `${reasons} Authorization=${header}`);
  }
  const credential = params.get('Credential') ?? '';
  const parts = credential.split('/');
  if (parts.length !== 5) {
    // AWS's words (STS, hashicorp/vault #4939: 400 `<Code>IncompleteSignature</Code><Message>Credential must have
    // exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '…`; the whole text, closing quote
    // included, in mhart/aws4 #97, OpenSearch).
    throw signatureError(
      'incomplete',
      protocol,
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
    );
  }
  const [accessKeyId = '', date = '', region = '', service = '', terminator = ''] = parts;
  return {
    accessKeyId,
    scope: { date, region, service, terminator },
    signedHeaders: (params.get('SignedHeaders') ?? '').split(';').map((name) => name.trim().toLowerCase()),
    signature: params.get('Signature') ?? '',
  };
}

/** `20240101T120000Z` ↔ epoch ms, the basic ISO 8601 form SigV4 uses. */
export function formatAmzDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function parseAmzDate(value: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}
