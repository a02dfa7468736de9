import type { TermKind } from './seal';

/**
 * A hashed index holds the keyed hash of each whole value (`=`): it answers equality lookups
 * only. Search by digit prefixes and tails runs on the opened ledger in memory
 * (storage/cadre-list.ts); any other range on a hashed index opens the table (storage/lock/scan.ts).
 */
export interface PlainTerm {
  kind: TermKind;
  text: string;
}

/** The plain terms of one indexed value. */
export function termsOf(value: string): PlainTerm[] {
  return [{ kind: '=', text: value }];
}

/** A lookup on a plain index, as the hashed index answers it: one term, or null when it cannot. */
export function termOfRange(range: { lower: unknown; upper: unknown; lowerOpen?: boolean; upperOpen?: boolean }): PlainTerm | null {
  const { lower, upper } = range;
  if (typeof lower !== 'string' || lower !== upper || range.lowerOpen || range.upperOpen) return null;
  return { kind: '=', text: lower };
}
