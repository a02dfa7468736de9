import type { CadreSummary } from '../../../messaging/protocol';
import { cadreListOf } from '../../../storage/cadre-list';
import type { Handler } from './context';

/**
 * The ledger's cadres: list pages, search, the ID number on demand, export chunks, edits. Lists
 * and searches answer from the in-memory ledger list (storage/cadre-list.ts), which follows every
 * write; summaries never carry an ID number in clear.
 */

/** `cadre.search`: the best matches as summaries and the number of matches (the popup). */
export const searchCadre: Handler<'cadre.search'> = async ({ query, limit }, { repos }) => {
  const { items, total } = await cadreListOf(repos.db).search(query, limit);
  const summaries: CadreSummary[] = items;
  return { items: summaries, total };
};

/** `cadre.list`: one page of the searched, filtered and sorted ledger. */
export const listCadres: Handler<'cadre.list'> = async (req, { repos }) => cadreListOf(repos.db).list(req);

/** `cadre.ids`: every id of the list, in its order. */
export const listCadreIds: Handler<'cadre.ids'> = async (q, { repos }) => ({ ids: await cadreListOf(repos.db).ids(q) });

/** `cadre.revealId`: the full ID number, logged as a reveal (which cadre, never the number). */
export const revealIdNumber: Handler<'cadre.revealId'> = async ({ id }, { repos }) => {
  const cadre = await repos.cadres.get(id);
  if (!cadre?.idNumber) return { idNumber: null };
  await repos.audit.append({ kind: 'reveal-id', cadreId: id });
  return { idNumber: cadre.idNumber };
};

/** `cadre.export`: full records of the list, a chunk at a time; the first chunk logs the export. */
export const exportCadres: Handler<'cadre.export'> = async ({ offset, limit, ...q }, { repos }) => {
  const res = await cadreListOf(repos.db).records(q, offset, limit);
  if (offset === 0) await repos.audit.append({ kind: 'export', detail: { what: 'ledger', count: res.total } });
  return res;
};

/** `ledger.facets`: tags and units in use, and how ages are counted. */
export const ledgerFacets: Handler<'ledger.facets'> = async (_payload, { repos }) => {
  const list = cadreListOf(repos.db);
  const [facets, ctx] = await Promise.all([list.facets(), list.context()]);
  return { ...facets, ageMode: ctx.ageRules.mode, milestones: [...ctx.ageRules.milestones] };
};

/** `cadre.get`: one live cadre in full, for the editor. */
export const getCadre: Handler<'cadre.get'> = async ({ id }, { repos }) => ({ cadre: (await repos.cadres.get(id)) ?? null });

/** `cadre.save`: create, or update with the `updatedAt` the editor loaded. */
export const saveCadre: Handler<'cadre.save'> = async (payload, { repos }) => repos.cadres.save(payload);

/** `cadre.delete`: tombstones, with the cadres' follow-ups and visits. */
export const deleteCadres: Handler<'cadre.delete'> = async ({ ids }, { repos }) => ({ deleted: await repos.cadres.bulkDelete(ids) });
