import type { Standard } from '../../../core/model/standard';
import { todayInShanghai } from '../../../core/model/validators/dates';
import { exportStandardsFile, parseStandardsFile } from '../../../core/rules/standards-file';
import type { StandardImportItem } from '../../../messaging/protocol';
import { commitStandardsImport, ensureSeeded, planStandardsImport } from '../../../storage/standards-store';
import type { Handler } from './context';

/** Oldest effective date first, then oldest edit. */
function byEffectiveDate(a: Standard, b: Standard): number {
  return a.effectiveFrom.localeCompare(b.effectiveFrom) || a.updatedAt - b.updatedAt;
}

/** `standard.list`: every live version (the example on a new installation). */
export const listStandards: Handler<'standard.list'> = async (_payload, { repos }) => {
  await ensureSeeded(repos.db);
  return { standards: (await repos.standards.list()).sort(byEffectiveDate) };
};

/** `standard.save`: create (a new or duplicated version), or update with the loaded `updatedAt`. */
export const saveStandard: Handler<'standard.save'> = async ({ id, expectedUpdatedAt, input }, { repos }) => {
  // Seed first: the example must not be skipped because the office's first version came before it.
  await ensureSeeded(repos.db);
  return repos.standards.save(input, id === undefined ? undefined : { id, expectedUpdatedAt: expectedUpdatedAt ?? -1 });
};

/** `standard.delete`: a tombstone; checks fall back to the versions left. */
export const deleteStandard: Handler<'standard.delete'> = async ({ id }, { repos }) => ({ deleted: await repos.standards.delete(id) });

/**
 * `standard.import`: reads a standards file. A malformed one is refused whole with the first bad
 * field named, and nothing is written; otherwise a preview, or (commit) every version written in
 * one transaction.
 */
export const importStandards: Handler<'standard.import'> = async ({ text, commit }, { repos }) => {
  const parsed = parseStandardsFile(text);
  if (!parsed.ok) return { ok: false, refusal: parsed.error };
  await ensureSeeded(repos.db);
  const plan = await planStandardsImport(repos.db, parsed.standards);
  if (commit) await commitStandardsImport(repos.db, parsed.standards);
  const items: StandardImportItem[] = plan.map(({ entry, replaces }) => ({
    ...(entry.id === undefined ? {} : { id: entry.id }),
    name: entry.name,
    effectiveFrom: entry.effectiveFrom,
    ...(entry.effectiveTo === undefined ? {} : { effectiveTo: entry.effectiveTo }),
    isExample: entry.isExample,
    replaces,
  }));
  const updated = items.filter((i) => i.replaces).length;
  return { ok: true, items, added: items.length - updated, updated, committed: commit };
};

/** `standard.export`: every live version as a standards file, named by today's date. */
export const exportStandards: Handler<'standard.export'> = async (_payload, { repos }) => {
  await ensureSeeded(repos.db);
  const text = exportStandardsFile(await repos.standards.list(), new Date().toISOString());
  return { text, fileName: `carefill-standards-${todayInShanghai()}.json` };
};
