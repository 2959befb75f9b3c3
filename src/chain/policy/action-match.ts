import { globMatch } from './glob';
import { anyOf, undecided, type Tri } from './tri';

/**
 * Whether any `Action`/`NotAction` entry names the action. `*` alone is every action; otherwise an entry is
 * `service:action`, the prefix and the name compare case-insensitively and wildcards go in the name (IAM JSON policy
 * elements: Action). A wildcard in the prefix (`app*:GraphQL`) is not IAM grammar: undecided rather than guessed.
 */
export function actionMatches(patterns: unknown[], action: string): Tri {
  return anyOf(patterns.map((pattern) => matchOne(pattern, action)));
}

function matchOne(pattern: unknown, action: string): Tri {
  if (typeof pattern !== 'string') return undecided('An Action entry is not a string.');
  if (pattern === '*') return true;
  const [service = '', name, ...rest] = pattern.split(':');
  if (name === undefined || rest.length > 0 || !/^[A-Za-z0-9-]+$/.test(service))
    return undecided(`The action "${pattern}" is not "service:action" with a plain service prefix.`);
  const separator = action.indexOf(':');
  const wantedService = action.slice(0, Math.max(separator, 0));
  return service.toLowerCase() === wantedService.toLowerCase() && globMatch(name, action.slice(separator + 1), true);
}
