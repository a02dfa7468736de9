import type { Collection } from 'dexie';
import { reverseDigits } from '../core/ledger/index-terms';
import { classifyQuery } from '../core/ledger/query';
import type { Cadre } from '../core/model/cadre';
import { fromCadreRow } from './cadre-row';
import { isLive, type CadreRow, type CareFillDB, type Stored } from './db';

export interface SearchResult {
  /** the best `limit` matches, best first */
  items: Cadre[];
  /** how many cadres match in all */
  total: number;
}

type Cadres = CareFillDB['cadres'];
type Rows = Collection<Stored<CadreRow>, string>;

/**
 * How a query kind is answered through indexes (no table scan):
 * - `ranked`: lookups in rank order (exact, then from the start); each is read up to `limit` keys,
 *   enough to fill the first page with the best matches;
 * - `complete`: lookups whose union is the whole result set (the multi-entry part indexes contain
 *   the full name, pinyin and initials too), read in full for the total.
 */
interface Plan {
  ranked: ((t: Cadres) => Rows)[];
  complete: ((t: Cadres) => Rows)[];
}

/**
 * Searches the ledger: each query kind of core/ledger `classifyQuery` becomes a few prefix
 * lookups on the indexes of storage/schema.ts. Only keys are read, then the records of the first
 * page. The result set is the one core/ledger `matchCadre` defines (tested against it).
 */
export async function searchCadres(db: CareFillDB, rawQuery: string, limit: number): Promise<SearchResult> {
  const q = classifyQuery(rawQuery);
  if (q.kind === 'none') return { items: [], total: 0 };
  if (q.kind === 'all') {
    // tombstones have no pinyin: this index lists exactly the live cadres, alphabetically
    const [rows, total] = await Promise.all([db.cadres.orderBy('pinyin').limit(limit).toArray(), db.cadres.orderBy('pinyin').count()]);
    return { items: rows.filter(isLive).map(fromCadreRow), total };
  }
  const plan = planFor(q.kind, q.text);
  const ids = await db.transaction('r', db.cadres, async () => {
    const ranked = await Promise.all(plan.ranked.map((lookup) => lookup(db.cadres).limit(limit).primaryKeys()));
    const complete = await Promise.all(plan.complete.map((lookup) => lookup(db.cadres).primaryKeys()));
    return [...new Set([...ranked.flat(), ...complete.flat()])];
  });
  const rows = await db.cadres.bulkGet(ids.slice(0, limit));
  return { items: rows.filter(isLive).map(fromCadreRow), total: ids.length };
}

function planFor(kind: 'name' | 'latin' | 'digits', text: string): Plan {
  switch (kind) {
    case 'name':
      return {
        ranked: [(t) => t.where('name').equals(text), (t) => t.where('name').startsWith(text)],
        complete: [(t) => t.where('nameParts').startsWith(text)],
      };
    case 'latin':
      return {
        ranked: [
          (t) => t.where('pinyin').equals(text),
          (t) => t.where('initials').equals(text),
          (t) => t.where('pinyin').startsWith(text),
          (t) => t.where('initials').startsWith(text),
        ],
        complete: [(t) => t.where('pinyinParts').startsWith(text)],
      };
    case 'digits':
      return {
        ranked: [(t) => t.where('idNumber').equals(text), (t) => t.where('phoneDigits').equals(text)],
        complete: [(t) => t.where('digitTails').startsWith(reverseDigits(text)), (t) => t.where('phoneDigits').startsWith(text)],
      };
  }
}
