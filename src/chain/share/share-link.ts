import type { Case } from '../case';
import { msg, type Message } from '../messages/catalog';
import { MAX_JSON_BYTES, MAX_PAYLOAD_CHARS, SHARE_VERSION, decodeShareLink } from './share-decode';
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
  return (await encodeMeasured(c)).payload;
}

/** The payload and the size of the JSON it inflates to (what the decoder caps). */
async function encodeMeasured(c: Case): Promise<{ payload: string; jsonBytes: number }> {
  const json = JSON.stringify(c);
  const payload = `${SHARE_VERSION}.${toBase64Url(await deflateRaw(json))}`;
  return { payload, jsonBytes: new TextEncoder().encode(json).length };
}

export interface EncodedShare {
  /** `1.<base64url(deflate(json))>`, to put after `#/share/`. */
  payload: string;
  /** The case that went in, after shortening. */
  shared: Case;
  /** What was left out to keep the link short. */
  dropped: SlimLevel[];
  /**
   * Why no link could be made (`payload` is then empty): even shortened, the case is more than a link carries, or the
   * decoder would refuse it. The JSON export carries any case.
   */
  refused?: Message;
}

/**
 * Encodes an already redacted case for a share link, shortening it step by step (raw record fields first, proofs'
 * fields always kept) until `prefixLength + payload` fits `maxLength`, or nothing more can go. It never returns a link
 * the decoder refuses: a case still over the decoder's caps once shortened (2 MB of JSON, 200,000 characters), or one
 * the decoder would refuse for any other reason, gets `refused` and no payload.
 */
export async function encodeShareLink(
  redacted: Case,
  prefixLength = 0,
  maxLength = TARGET_LINK_LENGTH,
): Promise<EncodedShare> {
  let shared = redacted;
  let encoded = await encodeMeasured(shared);
  const dropped: SlimLevel[] = [];
  const fits = () => encoded.jsonBytes <= MAX_JSON_BYTES && encoded.payload.length <= MAX_PAYLOAD_CHARS;
  for (const level of ['records', 'calls', 'claims'] as const) {
    if (prefixLength + encoded.payload.length <= maxLength && fits()) break;
    shared = slimCase(redacted, level);
    encoded = await encodeMeasured(shared);
    dropped.push(level);
  }
  if (!fits())
    return {
      payload: '',
      shared,
      dropped,
      // Named by the cap it is over: the evidence's size, else the link's length.
      refused:
        encoded.jsonBytes > MAX_JSON_BYTES
          ? msg('share.refused.too-large', {
              megabytes: Math.ceil(encoded.jsonBytes / 100_000) / 10,
              limitMegabytes: MAX_JSON_BYTES / 1_000_000,
            })
          : msg('share.refused.too-long', { characters: encoded.payload.length, limitCharacters: MAX_PAYLOAD_CHARS }),
    };
  // The decoder's other checks (depth, limits, times, the schema): a link is made only if it opens.
  const opened = decodeShareLink(encoded.payload);
  if (!opened.ok)
    return { payload: '', shared, dropped, refused: msg('share.refused.unreadable', { reason: opened.error }) };
  return { payload: encoded.payload, shared, dropped };
}

export { decodeShareLink, type DecodedShare } from './share-decode';
