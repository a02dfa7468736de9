import { cadreVisits, cadreVisitsInYear } from '../../../storage/visit-history';
import type { Handler } from './context';

/** `visit.list`: a cadre's visit records (of one year when asked), by date. */
export const listVisits: Handler<'visit.list'> = async ({ cadreId, year }, { repos }) => ({
  visits: year === undefined ? await cadreVisits(repos.db, cadreId) : await cadreVisitsInYear(repos.db, cadreId, year),
});

/**
 * `visit.save`: a visit record entered by hand (or corrected). The cadre must be in the ledger,
 * so that the caps of that cadre count it.
 */
export const saveVisit: Handler<'visit.save'> = async ({ id, expectedUpdatedAt, input }, { repos }) => {
  const cadreId = input && typeof input === 'object' ? (input as { cadreId?: unknown }).cadreId : undefined;
  if (typeof cadreId === 'string' && cadreId !== '' && !(await repos.cadres.get(cadreId)))
    return { ok: false, problems: [{ path: 'cadreId', key: 'err_cadre_not_found' }] };
  return repos.visits.save(input, id === undefined ? undefined : { id, expectedUpdatedAt: expectedUpdatedAt ?? -1 });
};

/** `visit.delete`: a tombstone, which the next check no longer counts. */
export const deleteVisit: Handler<'visit.delete'> = async ({ id, cadreId }, { repos }) => ({ deleted: await repos.visits.delete(id, cadreId) });
