import { buildCadre, nextUpdatedAt, splitEnvelope } from '../core/ledger/build-cadre';
import type { Cadre } from '../core/model/cadre';
import type { FieldProblem } from '../core/model/issues';
import { freshMeta } from '../core/model/record';
import { systemClock, type Clock } from './clock';
import { fromCadreRow, toCadreRow } from './cadre-row';
import { byCodeUnits } from './buckets';
import { CadreStore } from './cadre-store';
import { isLive, tombstoneOf, type CareFillDB } from './db';
import { VisitStore } from './visit-store';

export type SaveResult =
  | { ok: true; id: string; updatedAt: number }
  | { ok: false; problems: FieldProblem[]; conflict?: boolean };

const refused = (path: string, key: string): SaveResult => ({ ok: false, problems: [{ path, key }] });

/**
 * The ledger's cadres. Every write is validated first (core/model through core/ledger
 * `buildCadre`); an invalid cadre yields problems and nothing is stored. Updates are optimistic:
 * the caller passes the `updatedAt` it loaded, and a different stored value means somebody else
 * saved in between — a conflict, nothing written. An ID number belongs to one live cadre only.
 */
export class CadreRepo {
  private readonly store: CadreStore;

  constructor(
    private readonly db: CareFillDB,
    private readonly now: Clock = systemClock,
  ) {
    this.store = new CadreStore(db);
  }

  /** A live cadre, or undefined (absent or deleted). */
  async get(id: string): Promise<Cadre | undefined> {
    const row = await this.store.get(id);
    return row ? fromCadreRow(row) : undefined;
  }

  /**
   * Every live cadre, by pinyin (code-unit order, as IndexedDB orders keys), for the readers of
   * the whole ledger (the home screen, reports). The rows as stored: a `Cadre` plus the syllables
   * nobody here reads, cheaper than copying 20,000 objects.
   */
  async list(): Promise<Cadre[]> {
    return (await this.store.list()).sort((a, b) => byCodeUnits(a.pinyin, b.pinyin) || byCodeUnits(a.id, b.id));
  }

  /** The live cadres holding an ID number (the guard's lookup; more than one if somebody entered a person twice). */
  async withIdNumber(idNumber: string): Promise<Cadre[]> {
    return (await this.store.holdersOf(idNumber)).map(fromCadreRow);
  }

  /** The live cadres of a name. */
  async named(name: string): Promise<Cadre[]> {
    return (await this.store.named(name)).map(fromCadreRow);
  }

  /** Creates a cadre from what a person entered. */
  async create(input: unknown): Promise<SaveResult> {
    const built = buildCadre(inputOf(input), freshMeta(this.now()));
    if (!built.ok) return { ok: false, problems: built.problems };
    const c = built.cadre;
    return this.db.transaction('rw', this.db.cadreBuckets, async () => {
      if (await this.idNumberTaken(c)) return refused('idNumber', 'err_id_duplicate');
      await this.store.putAll([toCadreRow(c)]);
      return { ok: true as const, id: c.id, updatedAt: c.updatedAt };
    });
  }

  /** Replaces a cadre's fields, if its stored `updatedAt` is still `expectedUpdatedAt`. */
  async update(id: string, input: unknown, expectedUpdatedAt: number): Promise<SaveResult> {
    return this.db.transaction('rw', this.db.cadreBuckets, async () => {
      const stored = await this.store.getRow(id);
      if (!isLive(stored)) return refused('', 'err_not_found');
      if (stored.updatedAt !== expectedUpdatedAt) return { ...refused('', 'err_edit_conflict'), conflict: true };
      const built = buildCadre(inputOf(input), {
        id,
        createdAt: stored.createdAt,
        updatedAt: nextUpdatedAt(stored.updatedAt, this.now()),
      });
      if (!built.ok) return { ok: false, problems: built.problems };
      const c = built.cadre;
      if (await this.idNumberTaken(c)) return refused('idNumber', 'err_id_duplicate');
      await this.store.putAll([toCadreRow(c)]);
      return { ok: true as const, id, updatedAt: c.updatedAt };
    });
  }

  /** Create (no id) or update (id and the `updatedAt` the editor loaded), as `cadre.save` asks. */
  async save(req: { id?: string; expectedUpdatedAt?: number; input: unknown }): Promise<SaveResult> {
    if (req.id === undefined) return this.create(req.input);
    if (req.expectedUpdatedAt === undefined) return refused('', 'err_bad_message');
    return this.update(req.id, req.input, req.expectedUpdatedAt);
  }

  /** Deletes one cadre (see `bulkDelete`). */
  async delete(id: string): Promise<boolean> {
    return (await this.bulkDelete([id])) === 1;
  }

  /**
   * Deletes cadres, leaving tombstones, together with their follow-ups and visit records (which
   * hold personal details too), in one transaction. Returns how many live cadres were deleted.
   */
  async bulkDelete(ids: readonly string[]): Promise<number> {
    const { db } = this;
    return db.transaction('rw', db.cadreBuckets, db.followUps, db.visitBuckets, async () => {
      const now = this.now();
      const live = (await this.store.getRows([...new Set(ids)])).filter(isLive);
      if (!live.length) return 0;
      const cadreIds = live.map((c) => c.id);
      await this.store.putAll(live.map((c) => tombstoneOf(c, now)));
      const followUps = (await db.followUps.where('cadreId').anyOf(cadreIds).toArray()).filter(isLive);
      await db.followUps.bulkPut(followUps.map((f) => tombstoneOf(f, now)));
      await new VisitStore(db).deleteOfCadres(cadreIds, now);
      return live.length;
    });
  }

  /** Another live cadre already has this cadre's ID number. */
  private async idNumberTaken(c: Cadre): Promise<boolean> {
    if (!c.idNumber) return false;
    const holders = await this.store.holdersOf(c.idNumber);
    return holders.some((h) => h.id !== c.id);
  }
}

/** Editors may send a loaded record back: its envelope and derived keys are not input. */
function inputOf(input: unknown): unknown {
  return input && typeof input === 'object' && !Array.isArray(input) ? splitEnvelope(input as Record<string, unknown>).input : input;
}
