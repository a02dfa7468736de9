/**
 * A small seeded pseudo-random generator (mulberry32) and the helpers the generator needs.
 * Deterministic across platforms: only 32-bit integer arithmetic, no Math.random. A class rather
 * than closures: the ledger creates one per cadre and stream, tens of thousands of them.
 */

/** Mixes a seed so that nearby seeds (1, 2, 3) start far apart. */
function scramble(seed: number): number {
  let h = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = scramble(seed);
  }

  /** uniform in [0, 1) (mulberry32 step) */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** integer in [min, max], both inclusive */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** true with probability p */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** picks by weight; `weights[i]` belongs to `items[i]` */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (let i = 0; i < items.length; i++) total += weights[i] ?? 0;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** k distinct items in random order (fewer if the list is shorter), in an array of exact size */
  sample<T>(items: readonly T[], k: number): T[] {
    const n = Math.max(0, Math.min(k, items.length));
    if (n === 0) return [];
    if (n * 4 <= items.length) {
      // few out of many: draw and redraw duplicates instead of shuffling a copy
      const out = new Array<T>(n);
      for (let filled = 0; filled < n; ) {
        const item = this.pick(items);
        let seen = false;
        for (let i = 0; i < filled; i++) if (out[i] === item) seen = true;
        if (!seen) out[filled++] = item;
      }
      return out;
    }
    const copy = items.slice();
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const tmp = copy[i]!;
      copy[i] = copy[j]!;
      copy[j] = tmp;
    }
    copy.length = n;
    return copy;
  }
}

/** A long weighted list (surnames) with its running totals computed once. */
export class WeightedList<T> {
  private readonly items: readonly T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    let total = 0;
    this.cumulative = entries.map(([, w]) => (total += w));
  }

  pick(rng: Random): T {
    const r = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/** Creates a deterministic random source for `seed`. */
export function createRandom(seed: number): Random {
  return new Random(seed);
}

/**
 * Combines a seed with indexes (cadre number, stream) into a new seed, so that each cadre has
 * its own stream: the first N cadres are the same whatever `count` is asked for.
 */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let h = scramble(seed);
  for (const p of parts) h = scramble((h ^ Math.imul(p + 1, 0x27d4eb2d)) >>> 0);
  return h;
}
