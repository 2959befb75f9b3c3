/**
 * IAM wildcard matching: `*` any run of characters, `?` any one character (IAM policy grammar). The caller chooses
 * case sensitivity: actions compare case-insensitively, resource ARNs and most condition values do not.
 */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  // Iterative matcher with backtracking on the last `*`: linear in practice, no regex injection.
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi += 1;
      vi += 1;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi;
      mark = vi;
      pi += 1;
    } else if (star !== -1) {
      pi = star + 1;
      mark += 1;
      vi = mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi += 1;
  return pi === p.length;
}
