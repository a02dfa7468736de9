import type { IsoDate } from '../model/validators/dates';
import { dayNumber } from './dates';

/**
 * Sorting long lists by a number without a comparator: each item's key and its index are packed
 * into one float (key × 2^21 + index), and the native numeric sort of a Float64Array orders them
 * — stable, since the index breaks ties, and far cheaper than thousands of comparator calls.
 */

/** Room for the item's index below the key: 2^21 items, far more than any ledger. */
const INDEX_BITS = 2 ** 21;

/** The items by ascending key (an integer, |key| < 2^31), equal keys in their given order. */
export function sortByKey<T>(items: readonly T[], key: (item: T) => number): T[] {
  const packed = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) packed[i] = key(items[i]!) * INDEX_BITS + i;
  packed.sort();
  // a plain loop: Array.from over a typed array allocates an iterator result per item
  const out = new Array<T>(items.length);
  for (let i = 0; i < out.length; i++) {
    const k = packed[i]!;
    out[i] = items[((k % INDEX_BITS) + INDEX_BITS) % INDEX_BITS]!;
  }
  return out;
}

/** The items by ascending day (undefined last), equal days in their given order. */
export function sortByDay<T>(items: readonly T[], day: (item: T) => IsoDate | undefined): T[] {
  return sortByKey(items, (item) => {
    const d = day(item);
    return d === undefined ? 1_000_000 : dayNumber(d);
  });
}
