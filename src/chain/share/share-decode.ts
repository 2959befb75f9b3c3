import { Inflate, strFromU8 } from 'fflate';
import type { Case } from '../case';
import { restoreCase } from '../restore';
import { MAX_DEPTH, depthOf, impossibleTime } from './plausible';

// Decoding lives apart from encoding so the customer view loads the inflater only, not the compressor.
export const SHARE_VERSION = 1;
/** What the decoder accepts: the encoder never makes a link past these (share-link.ts checks by decoding). */
export const MAX_PAYLOAD_CHARS = 200_000;
export const MAX_JSON_BYTES = 2_000_000;

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// DEFLATE expands at most ~1032:1, so feeding 1 KB at a time bounds each step's output to about 1 MB.
const INFLATE_STEP = 1024;

/**
 * Inflates with a hard cap on the output, so a small hostile link cannot expand into gigabytes. fflate inflates a
 * whole pushed buffer before reporting it, so the input goes in small steps and inflation stops at the cap.
 */
function inflateCapped(bytes: Uint8Array): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > MAX_JSON_BYTES) overflow = true;
    else chunks.push(chunk);
  });
  for (let start = 0; start < bytes.length && !overflow; start += INFLATE_STEP)
    inflater.push(bytes.subarray(start, start + INFLATE_STEP), start + INFLATE_STEP >= bytes.length);
  if (bytes.length === 0) inflater.push(bytes, true);
  if (overflow) return undefined;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export type DecodedShare = { ok: true; case: Case } | { ok: false; error: string };

const broken = (error: string): DecodedShare => ({ ok: false, error });

/** Decodes a share link payload. Never throws: a damaged or hostile link gets a message saying what is wrong. */
export function decodeShareLink(payload: string): DecodedShare {
  try {
    if (typeof payload !== 'string' || payload.length === 0)
      return broken('The link has no evidence in it. Ask for the whole link again.');
    if (payload.length > MAX_PAYLOAD_CHARS) return broken('The link is too long to be an Authtrace share link.');
    const dot = payload.indexOf('.');
    const version = payload.slice(0, dot);
    if (dot < 1 || !/^\d+$/.test(version))
      return broken('This is not an Authtrace share link (it has no version). Ask for the whole link again.');
    if (Number(version) !== SHARE_VERSION)
      return broken(
        `This link was made by another version of Authtrace (format ${version}; this one reads ${SHARE_VERSION}).`,
      );
    const body = payload.slice(dot + 1);
    if (!/^[A-Za-z0-9_-]+$/.test(body))
      return broken(
        'The link is damaged (it has characters a share link never has). It may have been cut or changed: ask for it again.',
      );
    let bytes: Uint8Array | undefined;
    try {
      bytes = inflateCapped(fromBase64Url(body));
    } catch {
      return broken(
        'The link is damaged or incomplete (it could not be decompressed). It may have been cut when it was pasted: ask for it again.',
      );
    }
    if (!bytes) return broken('The link expands to more evidence than Authtrace accepts.');
    let json: unknown;
    try {
      json = JSON.parse(strFromU8(bytes));
    } catch {
      return broken('The link is damaged (its evidence is not readable). Ask for it again.');
    }
    if (depthOf(json) > MAX_DEPTH)
      return broken(
        `The link's evidence is nested deeper than any AWS evidence (over ${MAX_DEPTH} levels). It was not made by Authtrace: ask for the link again.`,
      );
    const parsed = restoreCase(json);
    if (!parsed.ok && parsed.tooLarge)
      return broken(
        `The link's evidence ${parsed.error.replace(/^it /, '')}: it was not made by Authtrace. Ask for the link again.`,
      );
    if (!parsed.ok && parsed.newer)
      return broken(`This link ${parsed.error.replace(/^it /, '')}: open it with the newer Authtrace that made it.`);
    if (!parsed.ok)
      return broken(`The link's evidence is not valid (${parsed.error}). It may have been changed: ask for it again.`);
    const when = impossibleTime(parsed.case);
    if (when)
      return broken(
        `The link's evidence holds a time outside 1970–2200 (${when}). It may have been changed: ask for it again.`,
      );
    return { ok: true, case: parsed.case };
  } catch {
    return broken('The link could not be read. Ask for it again.');
  }
}
