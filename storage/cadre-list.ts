import { DEFAULT_AGE_RULES, type AgeRules } from '../core/ledger/ages';
import { ledgerEntry, type LedgerEntry } from '../core/ledger/entry';
import { noFilters } from '../core/ledger/filters';
import { dueBy, nextDueByCadre } from '../core/ledger/follow-ups';
import { LedgerIndex, summaryOn, type LedgerFacets, type ListContext, type ListPage, type ListQuery } from '../core/ledger/ledger-index';
import { classifyQuery } from '../core/ledger/query';
import type { Cadre } from '../core/model/cadre';
import type { FollowUp } from '../core/model/follow-up';
import { todayInShanghai } from '../core/model/validators/dates';
import { standardInForce } from '../core/rules/standard-in-force';
import { fromCadreRow } from './cadre-row';
import { TableChanges } from './cadre-mutations';
import { searchCadres } from './cadre-search';
import { systemClock, type Clock } from './clock';
import { isLive, type CadreRow, type CareFillDB } from './db';

export interface ListRequest extends ListQuery {
  offset: number;
  limit: number;
}

/**
 * The ledger list of the background: the whole ledger as a `LedgerIndex` in memory, loaded once
 * and kept current by re-reading only the cadres and follow-ups that writes touched. Until it is
 * loaded (the service worker just started), the plain first page is read straight from the
 * database's pinyin index and a search goes through the search indexes, so the options page and
 * the popup never wait for the whole ledger.
 */
export class CadreList {
  private index?: LedgerIndex;
  /** open follow-ups with a due date, by follow-up id */
  private openDue = new Map<string, Pick<FollowUp, 'cadreId' | 'dueDate'>>();
  private ageRules?: AgeRules;
  private readonly cadreChanges: TableChanges;
  private readonly followUpChanges: TableChanges;
  private readonly standardChanges: TableChanges;
  /** refreshes run one after another */
  private refreshing: Promise<unknown> = Promise.resolve();
  /** the index was asked for: list requests wait for it rather than read the database directly */
  private loadStarted = false;

  constructor(
    private readonly db: CareFillDB,
    private readonly now: Clock = systemClock,
  ) {
    this.cadreChanges = new TableChanges(db.name, 'cadres');
    // when every row reads differently (the Lock just locked), the clear copies go at once, not at the next request
    this.cadreChanges.onAllChanged = () => {
      this.index = undefined;
    };
    this.followUpChanges = new TableChanges(db.name, 'followUps');
    this.standardChanges = new TableChanges(db.name, 'standards');
  }

  /** One page of the (searched, filtered, sorted) ledger as summaries, with the total. */
  async list(req: ListRequest): Promise<ListPage> {
    if (!this.index && !this.loadStarted && isPlainList(req)) {
      // answer first: loading the whole ledger would hold the worker's thread meanwhile
      const page = await this.firstPagesFromDatabase(req);
      void this.current().catch(() => undefined);
      return page;
    }
    const index = await this.current();
    return index.list(req, await this.context(), req.offset, req.limit);
  }

  /** The ids of every cadre matching, in list order (to select a whole result). */
  async ids(q: ListQuery): Promise<string[]> {
    return (await this.current()).ids(q, await this.context());
  }

  /** The best `limit` matches of a query (the popup's search). */
  async search(query: string, limit: number): Promise<ListPage> {
    if (!this.index) {
      const [{ items, total }, ctx] = await Promise.all([searchCadres(this.db, query, limit), this.context()]);
      void this.current().catch(() => undefined);
      return { items: items.map((c) => summaryOn(ledgerEntry(c), ctx)), total, offset: 0 };
    }
    return (await this.current()).list({ query }, await this.context(), 0, limit);
  }

  /** The full records of the cadres matching, in list order, from `offset` (export). */
  async records(q: ListQuery, offset: number, limit: number): Promise<{ cadres: Cadre[]; total: number }> {
    const entries = (await this.current()).entriesOf(q, await this.context());
    const rows = await this.db.cadres.bulkGet(entries.slice(offset, offset + limit).map((e) => e.id));
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

  /** The index, brought up to date with the writes seen since last asked. */
  private current(): Promise<LedgerIndex> {
    this.loadStarted = true;
    const next = this.refreshing.then(() => this.refresh());
    this.refreshing = next.catch(() => undefined);
    return next;
  }

  private async refresh(): Promise<LedgerIndex> {
    const cadres = this.cadreChanges.take();
    let index = this.index;
    if (cadres === 'all' || !index) {
      const rows = await this.db.cadres.toArray();
      index = new LedgerIndex(rows.filter(isLive).map(entryOfRow));
    } else if (cadres.size) {
      const ids = [...cadres];
      const rows = await this.db.cadres.bulkGet(ids);
      ids.forEach((id, i) => {
        const row = rows[i];
        if (isLive(row)) index!.upsert(entryOfRow(row));
        else index!.remove(id);
      });
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

  /**
   * The plain list's pages straight from the pinyin index (which tombstones are not in). Counting
   * an index costs about a second at 20,000 cadres in Chromium, so the total is left open
   * (`complete: false`) when the page is full: the next request, answered from the loaded list,
   * has it.
   */
  private async firstPagesFromDatabase(req: ListRequest): Promise<ListPage> {
    const [rows, ctx] = await Promise.all([this.db.cadres.orderBy('pinyin').offset(req.offset).limit(req.limit).toArray(), this.context()]);
    const items = rows.filter(isLive).map((r) => summaryOn(entryOfRow(r), ctx));
    const total = req.offset + items.length;
    return rows.length < req.limit ? { items, total, offset: req.offset } : { items, total, offset: req.offset, complete: false };
  }
}

/** No search, no filter, the default order. */
function isPlainList(req: ListRequest): boolean {
  return classifyQuery(req.query ?? '').kind === 'all' && noFilters(req.filters) && (!req.sort || (req.sort.key === 'name' && req.sort.dir === 'asc'));
}

/** A stored row is a cadre with its search terms: the entry reads both straight from it. */
function entryOfRow(row: CadreRow): LedgerEntry {
  return ledgerEntry(row, row);
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
