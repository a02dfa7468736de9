import { cadreIndexTerms } from '../core/ledger/index-terms';
import type { Cadre } from '../core/model/cadre';
import type { CadreRow } from './db';

const INDEX_TERMS = ['nameParts', 'pinyinParts', 'phoneDigits', 'digitTails'] as const;

/** A cadre with its search terms, as the `cadres` table stores it. */
export function toCadreRow(c: Cadre): CadreRow {
  return { ...c, ...cadreIndexTerms(c) };
}

/** A stored row without its search terms: the `Cadre` the rest of the code knows. */
export function fromCadreRow(row: CadreRow): Cadre {
  const c: Record<string, unknown> = { ...row };
  for (const k of INDEX_TERMS) delete c[k];
  return c as Cadre;
}
