import { isLive, type CadreRow, type CareFillDB, type Stored } from './db';
import { countLiveInBuckets, groupByBucket } from './buckets';
import { bucketOfCadreId, cadreBucketRow, type CadreBucket } from './cadre-buckets';

type Row = Stored<CadreRow>;

/** From this many ID numbers on, reading the whole ledger once is quicker than a lookup each. */
const LOOK_UP_BELOW = 200;

/**
 * The cadres' rows over the bucketed layout of storage/cadre-buckets.ts: what the repositories,
 * the ledger list, the checks and sync read and write of cadres. Rows are stored cadres with
 * their name's syllables (storage/cadre-row.ts), or tombstones. Validation and the ledger's rules
 * live in storage/cadre-repo.ts; this class only knows where rows are.
 */
export class CadreStore {
  constructor(readonly db: CareFillDB) {}

  private get table() {
    return this.db.cadreBuckets;
  }

  /** Every stored row, tombstones included (sync). */
  async all(): Promise<Row[]> {
    return (await this.table.toArray()).flatMap((b) => b.cadres);
  }

  /** Every live cadre. */
  async list(): Promise<CadreRow[]> {
    return (await this.all()).filter(isLive);
  }

  /** The stored row of an id (live or tombstone). */
  async getRow(id: string): Promise<Row | undefined> {
    return (await this.table.get(bucketOfCadreId(id)))?.cadres.find((c) => c.id === id);
  }

  /** A live cadre. */
  async get(id: string): Promise<CadreRow | undefined> {
    const row = await this.getRow(id);
    return isLive(row) ? row : undefined;
  }

  /** The stored rows of these ids, in their order (undefined where none). */
  async getRows(ids: readonly string[]): Promise<(Row | undefined)[]> {
    const bucketIds = [...new Set(ids.map(bucketOfCadreId))];
    const byId = new Map<string, Row>();
    for (const b of await this.table.bulkGet(bucketIds)) for (const c of b?.cadres ?? []) byId.set(c.id, c);
    return ids.map((id) => byId.get(id));
  }

  /** The live cadres holding an ID number (one, unless somebody entered a person twice). */
  async holdersOf(idNumber: string): Promise<CadreRow[]> {
    return this.holdersOfAny([idNumber]);
  }

  /**
   * The live cadres holding any of these ID numbers. A few are looked up one after another: with
   * the Lock on, each is a lookup of a keyed hash (any other range opens every row), and lookups
   * run side by side in async functions let a transaction commit early. Many (an import's) are
   * found by reading the whole ledger once.
   */
  async holdersOfAny(idNumbers: readonly string[]): Promise<CadreRow[]> {
    const wanted = new Set(idNumbers);
    if (wanted.size >= LOOK_UP_BELOW) return (await this.list()).filter((c) => !!c.idNumber && wanted.has(c.idNumber));
    const buckets = new Map<number, CadreBucket>();
    for (const n of wanted) for (const b of await this.table.where('idNumbers').equals(n).toArray()) buckets.set(b.id, b);
    return [...buckets.values()].flatMap((b) => b.cadres.filter((c): c is CadreRow => isLive(c) && !!c.idNumber && wanted.has(c.idNumber)));
  }

  /** The live cadres of a name. */
  async named(name: string): Promise<CadreRow[]> {
    const buckets = await this.table.where('names').equals(name).toArray();
    return buckets.flatMap((b) => b.cadres.filter((c): c is CadreRow => isLive(c) && c.name === name));
  }

  /** How many live cadres there are, from the buckets' counts alone. */
  async countLive(): Promise<number> {
    return countLiveInBuckets(this.table);
  }

  /** Writes rows as they are, each replacing the stored row of its id. Reads and writes each bucket involved once. */
  async putAll(rows: readonly Row[]): Promise<void> {
    if (!rows.length) return;
    await this.db.transaction('rw', this.table, async () => {
      const added = groupByBucket(rows, (r) => bucketOfCadreId(r.id));
      const ids = [...added.keys()];
      const current = await this.table.bulkGet(ids);
      const next: CadreBucket[] = ids.map((id, i) => {
        const mine = [...new Map(added.get(id)!.map((r) => [r.id, r])).values()];
        const replaced = new Set(mine.map((r) => r.id));
        return cadreBucketRow(id, [...(current[i]?.cadres ?? []).filter((c) => !replaced.has(c.id)), ...mine]);
      });
      await this.table.bulkPut(next);
    });
  }
}
