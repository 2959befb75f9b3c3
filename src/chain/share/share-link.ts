import type { Case } from '../case';
import { SHARE_VERSION } from './share-decode';
import { slimCase, type SlimLevel } from './slim';

/** Links longer than this are shortened (chat tools and ticket systems cut long URLs). */
export const TARGET_LINK_LENGTH = 2000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Raw DEFLATE through the platform's CompressionStream (browsers, Node ≥ 20): no compressor in the bundle, and the
 * customer view, which only inflates, stays small.
 */
async function deflateRaw(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function encodePayload(c: Case): Promise<string> {
  return `${SHARE_VERSION}.${toBase64Url(await deflateRaw(JSON.stringify(c)))}`;
}

export interface EncodedShare {
  /** `1.<base64url(deflate(json))>`, to put after `#/share/`. */
  payload: string;
  /** The case that went in, after shortening. */
  shared: Case;
  /** What was left out to keep the link short. */
  dropped: SlimLevel[];
}

/**
 * Encodes an already redacted case for a share link, shortening it step by step (raw record fields first, proofs'
 * fields always kept) until `prefixLength + payload` fits `maxLength`, or nothing more can go.
 */
export async function encodeShareLink(
  redacted: Case,
  prefixLength = 0,
  maxLength = TARGET_LINK_LENGTH,
): Promise<EncodedShare> {
  let shared = redacted;
  let payload = await encodePayload(shared);
  const dropped: SlimLevel[] = [];
  for (const level of ['records', 'calls', 'claims'] as const) {
    if (prefixLength + payload.length <= maxLength) break;
    shared = slimCase(redacted, level);
    payload = await encodePayload(shared);
    dropped.push(level);
  }
  return { payload, shared, dropped };
}

export { decodeShareLink, type DecodedShare } from './share-decode';
