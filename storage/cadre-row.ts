import { nameSyllables } from '../core/ledger/search-keys';
import type { Cadre } from '../core/model/cadre';
import type { CadreRow, Stored } from './db';

/**
 * Search terms that rows written before schema 4 carry beside the cadre (for the indexes of the
 * one-row-per-cadre table). Since schema 4 the ledger is searched in memory, its terms derived
 * when it is loaded (storage/cadre-list.ts).
 */
const LEGACY_TERMS = ['nameParts', 'pinyinParts', 'phoneDigits', 'digitTails'] as const;

/**
 * A cadre as stored: with the pinyin syllables of its name, the one costly part of its search
 * terms (converting 20,000 names to pinyin takes longer than the rest of loading the ledger).
 */
export function toCadreRow(c: Cadre): CadreRow {
  return { ...c, syllables: nameSyllables(c.name).join(' ') };
}

/** The syllables a row stores, or undefined for a row written before schema 4. */
export function storedSyllables(row: CadreRow): string[] | undefined {
  if (row.syllables === undefined) return undefined;
  return row.syllables ? row.syllables.split(' ') : [];
}

/** A stored row as the `Cadre` the rest of the code knows: without what only storage keeps. */
export function fromCadreRow(row: CadreRow): Cadre {
  const { syllables: _s, ...c } = row;
  if (!LEGACY_TERMS.some((k) => k in c)) return c;
  for (const k of LEGACY_TERMS) delete (c as Record<string, unknown>)[k];
  return c;
}

/**
 * A row of schema 3 as schema 4 stores it: its search terms replaced by its name's syllables. A
 * sealed row's name is clear, and its sealed terms come back when it is opened (and are left
 * out by `fromCadreRow`).
 */
export function upgradedRow(row: Stored<CadreRow>): Stored<CadreRow> {
  if (row.deletedAt !== undefined) return row;
  const out = toCadreRow(row as CadreRow) as Record<string, unknown>;
  for (const k of LEGACY_TERMS) delete out[k];
  return out as CadreRow;
}

/** A live row or a tombstone as stored, from a record or a tombstone. */
export function toStoredRow(r: Stored<Cadre>): Stored<CadreRow> {
  return r.deletedAt === undefined ? toCadreRow(r as Cadre) : r;
}
