import type { Case, GraphqlStep } from '../case';
import { pointer, resolvePointer } from '../proof';

/** A proof for any path in the case; its value is read from the case, so it always resolves to what it shows. */
export function caseProof<L>(
  c: Case,
  path: (string | number)[],
  label: L,
): { label: L; pointer: string; value: string } {
  const ptr = pointer(...path);
  const value = resolvePointer(c, ptr);
  return { label, pointer: ptr, value: typeof value === 'object' ? JSON.stringify(value) : String(value) };
}

/** Path of a step in the case, for `caseProof`. */
export function stepPath(c: Case, step: Case['steps'][number]): (string | number)[] {
  return ['steps', c.steps.indexOf(step)];
}

/** The first GraphQL error (AppSync's `errors`) whose message matches, with its index. */
export function graphqlError(
  graphql: GraphqlStep | undefined,
  pattern: RegExp,
): { index: number; message: string; match: RegExpMatchArray } | undefined {
  if (!graphql) return undefined;
  for (const [index, error] of graphql.errors.entries()) {
    const match = error.message.match(pattern);
    if (match) return { index, message: error.message, match };
  }
  return undefined;
}

/** The first recorded AppSync call with this error type (Amplify may have retried: every attempt is kept). */
export function appsyncCall(graphql: GraphqlStep | undefined, errorType: string): number {
  return graphql ? graphql.calls.findIndex((call) => call.service === 'appsync' && call.errorType === errorType) : -1;
}

/** AppSync refused the request: 401/403, or field errors of type Unauthorized inside a 200. */
export function refused(graphql: GraphqlStep | undefined): boolean {
  if (!graphql || graphql.outcome !== 'error') return false;
  return (
    graphql.status === 401 ||
    graphql.status === 403 ||
    graphql.errors.some((e) => e.errorType?.startsWith('Unauthorized'))
  );
}

/** The region an AppSync endpoint names (`<id>.appsync-api.<region>.amazonaws.com`), when it is AWS's own host. */
export function endpointRegion(endpoint: string): string | undefined {
  return /\.appsync-api\.([a-z0-9-]+)\.amazonaws\.com/.exec(endpoint)?.[1];
}

/** `2026-11-24T08:30:00.000Z` → `2026-11-24 08:30:00 UTC`, for sentences. */
export function utc(at: string | number | Date): string {
  return `${new Date(at).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const MINUTE = 60;
/** A duration in seconds as "70 min", "2 h 5 min", "40 s". */
export function duration(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  if (s < MINUTE) return `${s} s`;
  const minutes = Math.round(s / MINUTE);
  return minutes < 120 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
