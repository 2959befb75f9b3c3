import type { Lookup } from '@/chain/case';
import { classifyAwsError } from '@/chain/error-taxonomy';

/**
 * Runs one evidence question against AWS and records it as a `Lookup`: how many HTTP calls it took, what came of
 * it, and the CLI command that repeats it. AccessDenied is an answer ("denied"), not a failure of the run.
 */
export async function recordLookup<T>(
  lookups: Lookup[],
  meta: Pick<Lookup, 'source' | 'ask' | 'subject' | 'query' | 'cli'>,
  task: (countCall: () => void) => Promise<{ value: T; found: boolean }>,
): Promise<T | undefined> {
  let calls = 0;
  const at = new Date().toISOString();
  try {
    const { value, found } = await task(() => (calls += 1));
    lookups.push({ ...meta, at, calls, outcome: found ? 'found' : 'not-found' });
    return value;
  } catch (error) {
    const { code, message, kind } = classifyAwsError(error, { service: meta.source, stage: 'lookup' });
    lookups.push({
      ...meta,
      at,
      calls,
      outcome: kind === 'access-denied' ? 'denied' : 'error',
      error: { name: code, message },
    });
    return undefined;
  }
}

/** Middleware that counts every HTTP attempt a v3 client makes (retries included). */
export function countAttempts(
  client: { middlewareStack: { add: (...args: never[]) => void } },
  onAttempt: () => void,
): void {
  const add = client.middlewareStack.add as (
    middleware: (next: (args: unknown) => Promise<unknown>) => (args: unknown) => Promise<unknown>,
    options: { step: 'finalizeRequest'; priority: 'low'; name: string },
  ) => void;
  add(
    (next) => (args) => {
      onAttempt();
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'authtraceCountAttempts' },
  );
}
