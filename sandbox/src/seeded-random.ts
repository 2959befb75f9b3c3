const HEX = '0123456789abcdef';

/** Small seeded PRNG (mulberry32), so a scenario's noise is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string, as a seed. */
export function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Seeded draws: numbers in [0, 1), strings over an alphabet, UUID-shaped ids, picks. */
export interface Draw {
  next: () => number;
  chars: (alphabet: string, length: number) => string;
  uuid: () => string;
  pick: <T>(items: readonly T[]) => T;
}

export function draw(seed: number): Draw {
  const next = random(seed);
  const chars = (alphabet: string, length: number) => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
  return {
    next,
    chars,
    uuid: () => `${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-a${chars(HEX, 3)}-${chars(HEX, 12)}`,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
  };
}
