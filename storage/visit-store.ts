import { nextUpdatedAt, splitEnvelope } from '../core/ledger/build-cadre';
import { toFieldProblems } from '../core/model/issues';
import { freshMeta, type RecordMeta } from '../core/model/record';
import { visitRecord, type VisitRecord } from '../core/model/visit-record';
import { systemClock, type Clock } from './clock';
import { isLive, tombstoneOf, type CareFillDB, type Stored } from './db';
import type { RecordSaveResult } from './record-repo';
import { countLiveInBuckets } from './buckets';
import { bucketOfCadre, bucketOfRow, bucketRow, type VisitBucket } from './visit-buckets';

type Row = Stored<VisitRecord>;

/** Live records by date, then id (the order of the former `[cadreId+date]` index). */
function byDate(a: VisitRecord, b: VisitRecord): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The visit records (慰问记录) over the bucketed layout of storage/visit-buckets.ts: the same
 * reads and writes as the other record repositories (validated saves, optimistic updates,
 * tombstone deletes, no tombstone ever returned), plus what the ledger, the checks and sync ask
 * of visits (a cadre's history, cascading deletes, writing many at once).
 *
 * Where a stored row is follows from the row itself (`bucketOfRow`). Reading a live record by
 * id alone therefore reads every bucket; callers that know the cadre pass it.
 */
export class VisitStore {
  constructor(
    readonly db: CareFillDB,
    private readonly now: Clock = systemClock,
  ) {}

  private get table() {
    return this.db.visitBuckets;
  }

  /** Every stored row, tombstones included (sync). */
  async all(): Promise<Row[]> {
    return (await this.table.toArray()).flatMap((b) => b.visits);
  }

  /** Every live record. */
  async list(): Promise<VisitRecord[]> {
    return (await this.all()).filter(isLive);
  }

  /** A cadre's live records dated from `from` to `to` (inclusive; default all), by date. */
  async ofCadre(cadreId: string, from?: string, to?: string): Promise<VisitRecord[]> {
    const bucket = await this.table.get(bucketOfCadre(cadreId));
    if (!bucket) return [];
    return bucket.visits
      .filter((v): v is VisitRecord => isLive(v) && v.cadreId === cadreId && (from === undefined || v.date >= from) && (to === undefined || v.date <= to))
      .sort(byDate);
  }

  /** The live records of these cadres. */
  async ofCadres(cadreIds: readonly string[]): Promise<VisitRecord[]> {
    const ids = new Set(cadreIds);
    const buckets = await this.table.bulkGet([...new Set(cadreIds.map(bucketOfCadre))]);
    return buckets.flatMap((b) => (b ? b.visits.filter((v): v is VisitRecord => isLive(v) && ids.has(v.cadreId)) : []));
  }

  /**
   * A live record. `cadreId` is where to look first: its bucket alone is read when the record is
   * there; otherwise (no hint, or the record is elsewhere) every bucket is.
   */
  async get(id: string, cadreId?: string): Promise<VisitRecord | undefined> {
    const hinted = cadreId === undefined ? undefined : (await this.table.get(bucketOfCadre(cadreId)))?.visits.find((v) => v.id === id);
    const row = isLive(hinted) ? hinted : (await this.all()).find((v) => v.id === id);
    return isLive(row) ? row : undefined;
  }

  /** How many live records there are: the sum of the buckets' counts, read from their index alone. */
  async countLive(): Promise<number> {
    return countLiveInBuckets(this.table);
  }

  /** Creates a record (no id) or replaces one whose stored `updatedAt` is still `expectedUpdatedAt`. */
  async save(input: unknown, target?: { id: string; expectedUpdatedAt: number }): Promise<RecordSaveResult<VisitRecord>> {
    const fields = input && typeof input === 'object' && !Array.isArray(input) ? splitEnvelope(input as Record<string, unknown>).input : {};
    return this.db.transaction('rw', this.table, async () => {
      let meta: RecordMeta;
      let stored: VisitRecord | undefined;
      if (target) {
        stored = await this.get(target.id, typeof fields.cadreId === 'string' ? fields.cadreId : undefined);
        if (!stored) return { ok: false, problems: [{ path: '', key: 'err_not_found' }] };
        if (stored.updatedAt !== target.expectedUpdatedAt) return { ok: false, problems: [{ path: '', key: 'err_edit_conflict' }], conflict: true };
        meta = { id: stored.id, createdAt: stored.createdAt, updatedAt: nextUpdatedAt(stored.updatedAt, this.now()) };
      } else meta = freshMeta(this.now());
      const parsed = visitRecord.safeParse({ ...fields, ...meta });
      if (!parsed.success) return { ok: false, problems: toFieldProblems(parsed.error) };
      await this.write([{ row: parsed.data, previous: stored }]);
      return { ok: true, record: parsed.data };
    });
  }

  /** Leaves a tombstone in place of a live record; false when there was none. */
  async delete(id: string, cadreId?: string): Promise<boolean> {
    return this.db.transaction('rw', this.table, async () => {
      const stored = await this.get(id, cadreId);
      if (!stored) return false;
      await this.write([{ row: tombstoneOf(stored, this.now()), previous: stored }]);
      return true;
    });
  }

  /** Tombstones every live record of these cadres (a cadre deleted takes its visits along). */
  async deleteOfCadres(cadreIds: readonly string[], now: number): Promise<void> {
    await this.db.transaction('rw', this.table, async () => {
      const live = await this.ofCadres(cadreIds);
      await this.write(live.map((v) => ({ row: tombstoneOf(v, now), previous: v })));
    });
  }

  /**
   * Writes rows as they are (sync, seeding), each replacing the stored row of its id. `stored`
   * holds the stored rows of those ids when the caller read them already (the import's plan);
   * without it, every bucket is read to find them.
   */
  async putAll(rows: readonly Row[], stored?: ReadonlyMap<string, Row>): Promise<void> {
    if (!rows.length) return;
    await this.db.transaction('rw', this.table, async () => {
      const known = stored ?? new Map((await this.all()).map((v) => [v.id, v]));
      await this.write(rows.map((row) => ({ row, previous: known.get(row.id) })));
    });
  }

  /**
   * Puts rows in their buckets, taking each out of where its previous version was. Reads and
   * writes only the buckets involved, each once.
   */
  private async write(changes: readonly { row: Row; previous: Row | undefined }[]): Promise<void> {
    if (!changes.length) return;
    const removals = new Map<number, Set<string>>();
    const additions = new Map<number, Row[]>();
    for (const { row, previous } of changes) {
      const from = previous ? bucketOfRow(previous) : undefined;
      const to = bucketOfRow(row);
      if (from !== undefined) {
        const set = removals.get(from) ?? new Set<string>();
        set.add(row.id);
        removals.set(from, set);
      }
      const list = additions.get(to) ?? [];
      list.push(row);
      additions.set(to, list);
    }
    const ids = [...new Set([...removals.keys(), ...additions.keys()])];
    const current = await this.table.bulkGet(ids);
    const next: VisitBucket[] = ids.map((id, i) => {
      const gone = removals.get(id);
      const added = additions.get(id) ?? [];
      const addedIds = new Set(added.map((r) => r.id));
      const kept = (current[i]?.visits ?? []).filter((v) => !gone?.has(v.id) && !addedIds.has(v.id));
      return bucketRow(id, [...kept, ...added]);
    });
    await this.table.bulkPut(next.filter((b) => b.visits.length > 0));
    const empty = next.filter((b) => b.visits.length === 0).map((b) => b.id);
    if (empty.length) await this.table.bulkDelete(empty);
  }
}
