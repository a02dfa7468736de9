import { toSummary } from '../../../core/ledger/summary';
import type { CadreSummary } from '../../../messaging/protocol';
import { searchCadres } from '../../../storage/cadre-search';
import type { Handler } from './context';

/** `cadre.search`: the best matches as summaries (ID numbers masked) and the number of matches. */
export const searchCadre: Handler<'cadre.search'> = async ({ query, limit }, { repos }) => {
  const { items, total } = await searchCadres(repos.db, query, limit);
  const summaries: CadreSummary[] = items.map(toSummary);
  return { items: summaries, total };
};

/** `cadre.get`: one live cadre in full, for the editor. */
export const getCadre: Handler<'cadre.get'> = async ({ id }, { repos }) => ({ cadre: (await repos.cadres.get(id)) ?? null });

/** `cadre.save`: create, or update with the `updatedAt` the editor loaded. */
export const saveCadre: Handler<'cadre.save'> = async (payload, { repos }) => repos.cadres.save(payload);

/** `cadre.delete`: tombstones, with the cadres' follow-ups and visits. */
export const deleteCadres: Handler<'cadre.delete'> = async ({ ids }, { repos }) => ({ deleted: await repos.cadres.bulkDelete(ids) });
