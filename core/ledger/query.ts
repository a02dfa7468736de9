/**
 * What a person typed into a search box, classified:
 * - `all`: nothing typed — list everything;
 * - `name`: Chinese (or anything with other characters) — a substring of the name;
 * - `latin`: letters — full pinyin (`zhangsanfeng`, `zhangs`), initials (`zsf`) or a later part (`sanfeng`, `sf`);
 * - `digits`: at least 4 digits (an ID number may end in X) — the end of an ID number, a phone's start or end;
 * - `none`: too short to search (fewer than 4 digits).
 */
export type LedgerQuery =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'name'; text: string }
  | { kind: 'latin'; text: string }
  | { kind: 'digits'; text: string };

/** Fewer trailing digits than this would match half the ledger. */
export const MIN_DIGITS = 4;

const HAN = /\p{Script=Han}/u;

/** Classifies and normalises a query (full-width characters, spaces, apostrophes, ü). */
export function classifyQuery(raw: string): LedgerQuery {
  const s = raw.normalize('NFKC').replace(/\s+/g, '');
  if (!s) return { kind: 'all' };
  if (HAN.test(s)) return { kind: 'name', text: s };
  const digits = s.replace(/-/g, '').toUpperCase();
  if (/^\d+X?$/.test(digits)) return digits.length >= MIN_DIGITS ? { kind: 'digits', text: digits } : { kind: 'none' };
  const letters = s.toLowerCase().replace(/['’]/g, '').replace(/ü|u:/g, 'v');
  if (/^[a-z]+$/.test(letters)) return { kind: 'latin', text: letters };
  return { kind: 'name', text: s };
}
