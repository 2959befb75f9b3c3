import { compileGlob } from './glob';
import { anyMatch, undecided, type Tri } from './tri';

/** One `Action`/`NotAction` entry, compiled: whether it names an action. */
export type ActionPattern = (action: string) => Tri;

/** Whether any of the compiled entries names the action: `true` wins over undecided, which wins over `false`. */
export function actionMatches(patterns: ActionPattern[], action: string): Tri {
  return anyMatch(patterns, (pattern) => pattern(action));
}

/**
 * Compiles an `Action`/`NotAction` entry. `*` alone is every action; otherwise an entry is `service:action`, the
 * prefix and the name compare case-insensitively and wildcards go in the name (IAM JSON policy elements: Action). A
 * wildcard in the prefix (`app*:GraphQL`) is not IAM grammar: undecided rather than guessed.
 */
export function compileActionPattern(pattern: unknown): ActionPattern {
  if (typeof pattern !== 'string') return () => undecided('An Action entry is not a string.');
  if (pattern === '*') return () => true;
  const [service = '', name, ...rest] = pattern.split(':');
  if (name === undefined || rest.length > 0 || !/^[A-Za-z0-9-]+$/.test(service))
    return () => undecided(`The action "${pattern}" is not "service:action" with a plain service prefix.`);
  const glob = compileGlob(name, true);
  const wantedService = service.toLowerCase();
  return (action) => {
    const separator = action.indexOf(':');
    return wantedService === action.slice(0, Math.max(separator, 0)).toLowerCase() && glob(action.slice(separator + 1));
  };
}
