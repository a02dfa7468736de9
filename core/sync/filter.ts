import { matchCadre } from '../ledger/match';
import { classifyQuery } from '../ledger/query';
import type { Cadre } from '../model/cadre';
import type { Category } from '../model/vocab';

/** Which cadres a "selected cadres" export carries; every given condition must hold. */
export interface CadreFilter {
  categories?: readonly Category[];
  /** part of the original unit (原单位) */
  unit?: string;
  /** a ledger search: name, pinyin, initials, ID-number or phone digits (core/ledger/query.ts) */
  query?: string;
  ids?: readonly string[];
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** A predicate over live cadres for the filter. */
export function cadreFilter(filter: CadreFilter): (c: Cadre) => boolean {
  const categories = filter.categories?.length ? new Set<string>(filter.categories) : null;
  const unit = filter.unit ? norm(filter.unit) : '';
  const query = filter.query?.trim() ? classifyQuery(filter.query) : null;
  const ids = filter.ids?.length ? new Set(filter.ids) : null;
  return (c) =>
    (!categories || categories.has(c.category)) &&
    (!unit || norm(c.originalUnit ?? '').includes(unit)) &&
    (!query || matchCadre(c, query) !== null) &&
    (!ids || ids.has(c.id));
}
