import { DEFAULT_AGE_RULES, type AgeRules } from '../core/ledger/ages';
import { ledgerEntry, type LedgerEntry } from '../core/ledger/entry';
import { dueBy, nextDueByCadre } from '../core/ledger/follow-ups';
import { cadreIndexTerms } from '../core/ledger/index-terms';
import { LedgerIndex, type LedgerFacets, type ListContext, type ListPage, type ListQuery } from '../core/ledger/ledger-index';
import { classifyQuery } from '../core/ledger/query';
import type { Cadre } from '../core/model/cadre';
import type { FollowUp } from '../core/model/follow-up';
import { todayInShanghai } from '../core/model/validators/dates';
import { standardInForce } from '../core/rules/standard-in-force';
import { fromCadreRow, storedSyllables } from './cadre-row';
import { TableChanges } from './cadre-mutations';
import { LockedError } from './lock/errors';
import { CadreStore } from './cadre-store';
import { systemClock, type Clock } from './clock';
import { isLive, type CadreRow, type CareFillDB } from './db';

export interface ListRequest extends ListQuery {
  offset: number;
  limit: number;
}

/**
 * The ledger list of the background: the whole ledger as a `LedgerIndex` in memory, loaded once
 * and kept current by re-reading only the cadre buckets and follow-ups that writes touched. Every
 * list and search is answered from it: loading the whole ledger when the service worker has just
 * started takes about 0.5–0.8 s at 20,000 cadres (a tenth of that at 2,000), every request after
 * a few milliseconds (docs/sync-format.md, Speed).
 */
export class CadreList {
  private index?: LedgerIndex;
  /** open follow-ups with a due date, by follow-up id */
  private openDue = new Map<string, Pick<FollowUp, 'cadreId' | 'dueDate'>>();
  private ageRules?: AgeRules;
  private readonly store: CadreStore;
  private readonly cadreChanges: TableChanges<number>;
  private readonly followUpChanges: TableChanges;
  private readonly standardChanges: TableChanges;
  /** refreshes run one after another */
  private refreshing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: CareFillDB,
    private readonly now: Clock = systemClock,
  ) {
    this.store = new CadreStore(db);
    this.cadreChanges = new TableChanges<number>(db.name, 'cadreBuckets');
    // when every row reads differently (the Lock just locked), the clear copies go at once, not at the next request
    this.cadreChanges.onAllChanged = () => {
      this.index = undefined;
    };
    this.followUpChanges = new TableChanges(db.name, 'followUps');
    this.standardChanges = new TableChanges(db.name, 'standards');
  }

  /** One page of the (searched, filtered, sorted) ledger as summaries, with the total. */
  async list(req: ListRequest): Promise<ListPage> {
    const index = await this.current(req);
    return index.list(req, await this.context(), req.offset, req.limit);
  }

  /** The ids of every cadre matching, in list order (to select a whole result). */
  async ids(q: ListQuery): Promise<string[]> {
    return (await this.current(q)).ids(q, await this.context());
  }

  /** The best `limit` matches of a query (the popup's search). */
  async search(query: string, limit: number): Promise<ListPage> {
    return (await this.current({ query })).list({ query }, await this.context(), 0, limit);
  }

  /** The full records of the cadres matching, in list order, from `offset` (export). */
  async records(q: ListQuery, offset: number, limit: number): Promise<{ cadres: Cadre[]; total: number }> {
    const entries = (await this.current(q)).entriesOf(q, await this.context());
    const rows = await this.store.getRows(entries.slice(offset, offset + limit).map((e) => e.id));
    return { cadres: rows.filter(isLive).map(fromCadreRow), total: entries.length };
  }

  /** Tags and units in use. */
  async facets(): Promise<LedgerFacets> {
    return (await this.current()).facets();
  }

  /** The day's context: today in Asia/Shanghai, the age rules of the standard in force. */
  async context(): Promise<ListContext> {
    const today = todayInShanghai(new Date(this.now()));
    const standards = this.standardChanges.take();
    if (!this.ageRules || standards === 'all' || standards.size) {
      const s = standardInForce((await this.db.standards.toArray()).filter(isLive), today);
      this.ageRules = s ? { mode: s.ageMode, milestones: s.milestones } : DEFAULT_AGE_RULES;
    }
    return { today, ageRules: this.ageRules, dueBy: dueBy(today) };
  }

  /** Whether the whole ledger is held in memory now (after locking, it is not until reloaded). */
  get holdsLedger(): boolean {
    return this.index !== undefined;
  }

  /** Stops following the database's writes. */
  dispose(): void {
    this.cadreChanges.dispose();
    this.followUpChanges.dispose();
    this.standardChanges.dispose();
  }

  /**
   * The index, brought up to date with the writes seen since last asked. While the Lock is
   * locked the ledger holds no ID numbers or phones: a search by digits would wrongly find
   * nobody, so it is refused as the sealed fields themselves are.
   */
  private current(q?: ListQuery): Promise<LedgerIndex> {
    if (q?.query && this.db.lockRing.state === 'locked' && classifyQuery(q.query).kind === 'digits') return Promise.reject(new LockedError());
    const next = this.refreshing.then(() => this.refresh());
    this.refreshing = next.catch(() => undefined);
    return next;
  }

  private async refresh(): Promise<LedgerIndex> {
    const cadres = this.cadreChanges.take();
    let index = this.index;
    if (cadres === 'all' || !index) {
      index = new LedgerIndex((await this.store.list()).map(entryOfRow));
    } else if (cadres.size) {
      // a cadre never leaves its bucket (its tombstone takes its place): the changed buckets hold every change
      const buckets = await this.db.cadreBuckets.bulkGet([...cadres]);
      for (const row of buckets.flatMap((b) => b?.cadres ?? [])) {
        if (isLive(row)) index.upsert(entryOfRow(row));
        else index.remove(row.id);
      }
    }
    this.index = index;
    if (await this.refreshFollowUps()) index.setNextDue(nextDueByCadre(this.openDue.values()));
    return index;
  }

  /** Re-reads the follow-ups that changed; true when something did. */
  private async refreshFollowUps(): Promise<boolean> {
    const changed = this.followUpChanges.take();
    if (changed === 'all') {
      // tombstones have no due date, so the index lists live follow-ups only
      const rows = await this.db.followUps.where('dueDate').aboveOrEqual('').toArray();
      this.openDue = new Map(rows.filter((f) => isLive(f) && !f.doneDate).map((f) => [f.id, f as FollowUp]));
      return true;
    }
    if (!changed.size) return false;
    const ids = [...changed];
    const rows = await this.db.followUps.bulkGet(ids);
    ids.forEach((id, i) => {
      const f = rows[i];
      if (isLive(f) && f.dueDate && !f.doneDate) this.openDue.set(id, f);
      else this.openDue.delete(id);
    });
    return true;
  }

}

/** The list's entry of a stored cadre, its search terms derived from the syllables the row keeps. */
export function entryOfRow(row: CadreRow): LedgerEntry {
  return ledgerEntry(row, cadreIndexTerms(row, storedSyllables(row)));
}

/** One `CadreList` per database: the background's handlers share it. */
const lists = new WeakMap<CareFillDB, CadreList>();
export function cadreListOf(db: CareFillDB, now?: Clock): CadreList {
  let list = lists.get(db);
  if (!list) {
    list = new CadreList(db, now);
    lists.set(db, list);
  }
  return list;
}
