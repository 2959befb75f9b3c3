/** Why this evaluator cannot decide something, in words a support engineer can act on. */
export interface Undecided {
  undecided: string;
}

/** A three-valued answer: `true`, `false`, or undecided with its reason. */
export type Tri = boolean | Undecided;

export const undecided = (reason: string): Undecided => ({ undecided: reason });

export const isUndecided = (value: Tri): value is Undecided => typeof value === 'object';

/** All of them: `false` wins over undecided, which wins over `true`. */
export function allOf(values: Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.find(isUndecided) ?? true;
}

/** Any of them: `true` wins over undecided, which wins over `false`. */
export function anyOf(values: Tri[]): Tri {
  if (values.includes(true)) return true;
  return values.find(isUndecided) ?? false;
}

export const negate = (value: Tri): Tri => (isUndecided(value) ? value : !value);

/** `anyOf` over items tested one by one, stopping at the first `true`. */
export function anyMatch<T>(items: readonly T[], test: (item: T) => Tri): Tri {
  let open: Tri = false;
  for (const item of items) {
    const value = test(item);
    if (value === true) return true;
    if (value !== false && open === false) open = value;
  }
  return open;
}
