import type { Case } from '../case';
import { fieldArnExcess, findExcess, type Excess, type LimitId } from '../limits';
import { MAX_DEPTH } from '../share/plausible';
import type { OfflinePiece } from './build-case';

/**
 * Pasted pieces are checked like links (src/chain/restore.ts): the same nesting bound and the same counts. A piece
 * nested thousands of levels deep costs a few bytes to paste and would overflow the stack of any recursive reader,
 * so depth is measured on the text itself, in one pass, before anything parses it.
 */

/** The bracket depth of a text, outside double-quoted strings; counting stops past `limit`. */
export function textDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === 0x5c) escaped = true;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      depth += 1;
      if (depth > deepest && (deepest = depth) > limit) return deepest;
    } else if ((ch === 0x7d || ch === 0x5d) && depth > 0) depth -= 1;
  }
  return deepest;
}

/**
 * The depth that bounds a piece. Log lines are many texts, each line its own (a console copy may cut a line inside a
 * `{`, and a thousand such lines are not nesting): their deepest line counts, or the whole when it is one JSON document
 * (`aws logs filter-log-events` output). Every other piece is one text.
 */
export function pieceDepth(piece: OfflinePiece, text: string, limit = MAX_DEPTH): number {
  if (piece !== 'logLines') return textDepth(text, limit);
  let deepest = 0;
  for (const line of text.split('\n')) deepest = Math.max(deepest, textDepth(line, limit));
  const trimmed = text.trim();
  if (deepest <= limit && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
    try {
      JSON.parse(trimmed);
      deepest = Math.max(deepest, textDepth(trimmed, limit));
    } catch {
      // Not one JSON document: its lines were counted.
    }
  }
  return deepest;
}

const WHAT: Record<OfflinePiece, string> = {
  appConfig: 'This config',
  cloudTrail: 'This CloudTrail piece',
  appError: 'This error',
  logLines: 'These log lines',
  policy: 'This policy',
  role: 'This role piece',
  query: 'This query',
  schema: 'This schema',
  resolver: 'This resolver piece',
};

/** The message for a piece nested past the bound: what happened, and what to paste instead. */
export function tooDeepMessage(piece: OfflinePiece): string {
  return `${WHAT[piece]} is nested more than ${MAX_DEPTH} levels deep; no AWS evidence nests more than a dozen. It was not read, and what you pasted is kept: paste the piece again as AWS shows it (the policy's JSON from the IAM console, the record from CloudTrail).`;
}

/** Which piece brought the evidence a limit counts. */
const PIECE_OF: Record<LimitId, OfflinePiece> = {
  steps: 'appError',
  calls: 'appError',
  fields: 'query',
  errors: 'appError',
  records: 'cloudTrail',
  logs: 'logLines',
  simulations: 'policy',
  lookups: 'appError',
  documents: 'policy',
  statements: 'policy',
  resources: 'policy',
  wildcards: 'policy',
  values: 'policy',
  fieldArn: 'query',
};

/** The first limit a built case is over, charged to the piece that brought it, with what to do. */
export function caseExcess(c: Case): { piece: OfflinePiece; message: string } | undefined {
  const over: Excess | undefined = findExcess(c) ?? fieldArnExcess(c);
  if (!over) return undefined;
  // Values are counted over the whole case: the biggest piece is charged (policies, else records, else log lines).
  const piece =
    over.limit === 'values'
      ? c.policies.length > 0
        ? 'policy'
        : c.records.length > 0
          ? 'cloudTrail'
          : 'logLines'
      : PIECE_OF[over.limit];
  return {
    piece,
    message: `This piece holds ${over.text}. It was not evaluated, and what you pasted is kept: paste only the evidence of the failing request.`,
  };
}

/** A policy document pasted on its own (the customer view) over a count of the case limits, or undefined. */
export function pastedPolicyExcess(document: unknown): Excess | undefined {
  return findExcess({ policies: [{ documents: [{ document }] }] });
}
