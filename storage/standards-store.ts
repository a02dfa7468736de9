import { freshMeta } from '../core/model/record';
import { standard, type Standard } from '../core/model/standard';
import { template, type Template } from '../core/model/template';
import { exampleStandard } from '../core/rules/default-standard';
import type { StandardsFileEntry } from '../core/rules/standards-file';
import { exampleTemplates } from '../core/templates/examples';
import { nextUpdatedAt } from '../core/ledger/build-cadre';
import { systemClock, type Clock } from './clock';
import type { CareFillDB } from './db';

/**
 * The standards and templates tables beyond plain record editing: the example rows a new
 * installation starts with, and writing an imported standards file in one transaction.
 */

export interface SeedResult {
  standards: number;
  templates: number;
}

/**
 * Adds the example standard (labelled 示例，请替换) and the starter templates, each only when its
 * table is empty: tombstones count, so an example the office deleted never comes back. Runs in
 * one transaction, so two callers at once seed once.
 */
export async function seedExamples(db: CareFillDB, now: Clock = systemClock): Promise<SeedResult> {
  return db.transaction('rw', db.standards, db.templates, async () => {
    const result: SeedResult = { standards: 0, templates: 0 };
    const at = now();
    if ((await db.standards.count()) === 0) {
      await db.standards.put(exampleStandard(at));
      result.standards = 1;
    }
    if ((await db.templates.count()) === 0) {
      // Fixed ids (by position: the example list is append-only), so that two browsers seeded
      // apart hold the same records and a sync file merges them instead of doubling them.
      const rows: Template[] = exampleTemplates().map((t, i) =>
        template.parse({ ...t, ...freshMeta(at), id: `example-template-${String(i + 1).padStart(2, '0')}` }),
      );
      await db.templates.bulkPut(rows);
      result.templates = rows.length;
    }
    return result;
  });
}

/**
 * Seeds when a table is empty: a new installation, or after everything was erased. Callers (the
 * worker at start, and every handler that reads these tables) pay two key counts when there is
 * nothing to do; callers at the same time seed once, because `seedExamples` counts again inside
 * its write transaction.
 */
export async function ensureSeeded(db: CareFillDB, now: Clock = systemClock): Promise<SeedResult> {
  const [standards, templates] = await Promise.all([db.standards.count(), db.templates.count()]);
  if (standards > 0 && templates > 0) return { standards: 0, templates: 0 };
  return seedExamples(db, now);
}

/** One version of an import and what it does to the stored ones. */
export interface StandardsImportPlanItem {
  entry: StandardsFileEntry;
  /** a stored version (live or deleted) has this id and is replaced */
  replaces: boolean;
}

/** What an import does, version by version (nothing written). */
export async function planStandardsImport(db: CareFillDB, entries: readonly StandardsFileEntry[]): Promise<StandardsImportPlanItem[]> {
  const ids = entries.map((e) => e.id).filter((id): id is string => id !== undefined);
  const stored = await db.standards.bulkGet(ids);
  const known = new Set(stored.filter((r) => r !== undefined).map((r) => r.id));
  return entries.map((entry) => ({ entry, replaces: entry.id !== undefined && known.has(entry.id) }));
}

/**
 * Writes the versions of a parsed standards file, all or nothing: a version whose id is stored
 * replaces it (keeping its creation time), any other is added. Versions not in the file stay.
 */
export async function commitStandardsImport(db: CareFillDB, entries: readonly StandardsFileEntry[], now: Clock = systemClock): Promise<Standard[]> {
  return db.transaction('rw', db.standards, async () => {
    const written: Standard[] = [];
    for (const entry of entries) {
      const { id, ...fields } = entry;
      const old = id === undefined ? undefined : await db.standards.get(id);
      const at = now();
      const meta = old
        ? { id: old.id, createdAt: old.createdAt, updatedAt: nextUpdatedAt(old.updatedAt, at) }
        : { ...freshMeta(at), ...(id === undefined ? {} : { id }) };
      // Already validated as a file entry; parsing again adds nothing but guards the envelope.
      written.push(standard.parse({ ...fields, ...meta }));
    }
    await db.standards.bulkPut(written);
    return written;
  });
}
