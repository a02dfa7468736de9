import type { Table } from 'dexie';
import type { z } from 'zod';
import { nextUpdatedAt, splitEnvelope } from '../core/ledger/build-cadre';
import { toFieldProblems, type FieldProblem } from '../core/model/issues';
import { freshMeta, type RecordMeta } from '../core/model/record';
import { systemClock, type Clock } from './clock';
import { isLive, tombstoneOf, type Stored } from './db';

export type RecordSaveResult<T> =
  | { ok: true; record: T }
  | { ok: false; problems: FieldProblem[]; conflict?: boolean };

/**
 * A repository for one record table (follow-ups, templates, standards, visits, site maps):
 * validated writes through the record's zod schema, optimistic updates, tombstone deletes, and
 * reads that never return tombstones. Cadres have their own repository (storage/cadre-repo.ts).
 */
export class RecordRepo<T extends RecordMeta> {
  constructor(
    private readonly table: Table<Stored<T>, string>,
    /** the stored record's schema (fields + envelope) */
    private readonly schema: z.ZodType<T>,
    private readonly now: Clock = systemClock,
  ) {}

  async get(id: string): Promise<T | undefined> {
    const row = await this.table.get(id);
    return isLive(row) ? row : undefined;
  }

  /** Every live record. */
  async list(): Promise<T[]> {
    return (await this.table.toArray()).filter(isLive);
  }

  /** Live records whose indexed field `index` equals `value` (e.g. follow-ups by `cadreId`). */
  async listBy(index: string, value: string | number): Promise<T[]> {
    return (await this.table.where(index).equals(value).toArray()).filter(isLive);
  }

  /** Creates a record (no id) or replaces one whose stored `updatedAt` is still `expectedUpdatedAt`. */
  async save(input: unknown, target?: { id: string; expectedUpdatedAt: number }): Promise<RecordSaveResult<T>> {
    const fields = input && typeof input === 'object' && !Array.isArray(input) ? splitEnvelope(input as Record<string, unknown>).input : {};
    return this.table.db.transaction('rw', this.table, async () => {
      let meta: RecordMeta;
      if (target) {
        const stored = await this.table.get(target.id);
        if (!isLive(stored)) return { ok: false, problems: [{ path: '', key: 'err_not_found' }] };
        if (stored.updatedAt !== target.expectedUpdatedAt)
          return { ok: false, problems: [{ path: '', key: 'err_edit_conflict' }], conflict: true };
        meta = { id: stored.id, createdAt: stored.createdAt, updatedAt: nextUpdatedAt(stored.updatedAt, this.now()) };
      } else meta = freshMeta(this.now());
      const parsed = this.schema.safeParse({ ...fields, ...meta });
      if (!parsed.success) return { ok: false, problems: toFieldProblems(parsed.error) };
      await this.table.put(parsed.data);
      return { ok: true, record: parsed.data };
    });
  }

  /** Leaves a tombstone in place of a live record; false when there was none. */
  async delete(id: string): Promise<boolean> {
    return this.table.db.transaction('rw', this.table, async () => {
      const row = await this.table.get(id);
      if (!isLive(row)) return false;
      await this.table.put(tombstoneOf(row, this.now()));
      return true;
    });
  }
}
