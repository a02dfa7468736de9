import { MIN_DIGITS } from '../ledger/query';
import type { HashedIndex, } from './sensitive-fields';
import type { TermKind } from './seal';

/**
 * A hashed index cannot answer a range query, so the terms it stores are chosen for the lookups
 * search makes: the whole value (`=`), and for prefix indexes every prefix the search box can ask
 * for (at least MIN_DIGITS characters, core/ledger/query.ts), each as its own `^` term.
 */
export const MIN_PREFIX = MIN_DIGITS;

export interface PlainTerm {
  kind: TermKind;
  text: string;
}

/** The plain terms of one indexed value. */
export function termsOf(spec: HashedIndex, value: string): PlainTerm[] {
  const out: PlainTerm[] = [{ kind: '=', text: value }];
  if (!spec.prefix) return out;
  const chars = Array.from(value);
  for (let n = MIN_PREFIX; n <= chars.length; n++) out.push({ kind: '^', text: chars.slice(0, n).join('') });
  return out;
}

/** A lookup on a plain index, as the hashed index answers it: one term, or null when it cannot. */
export function termOfRange(
  spec: HashedIndex,
  range: { lower: unknown; upper: unknown; lowerOpen?: boolean; upperOpen?: boolean },
): PlainTerm | null {
  const { lower, upper } = range;
  if (typeof lower !== 'string' || typeof upper !== 'string' || range.lowerOpen) return null;
  if (lower === upper && !range.upperOpen) return { kind: '=', text: lower };
  // Dexie's startsWith(p): [p, p + '\uffff']
  if (spec.prefix && upper === lower + '\uffff' && Array.from(lower).length >= MIN_PREFIX) return { kind: '^', text: lower };
  return null;
}
