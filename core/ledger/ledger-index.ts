import { dateParts, type IsoDate } from '../model/validators/dates';
import { CATEGORIES, RANKS } from '../model/vocab';
import { ageToday, inAgeBand, milestoneAgeInYear, type AgeRules } from './ages';
import type { LedgerEntry } from './entry';
import type { LedgerFilters, LedgerSort, LedgerSortKey } from './filters';
import { matchEntry } from './match';
import { classifyQuery } from './query';
import { entrySummary, type LedgerSummary } from './summary';

/**
 * The ledger list in memory: every cadre's `LedgerEntry`, searched, filtered and sorted in one
 * pass per request, so 20,000 cadres page smoothly whatever the combination of filters. Orders
 * are sorted once and kept until an entry changes; ages and milestones are computed once per day.
 */

/** What a list request asks for. */
export interface ListQuery {
  query?: string;
  filters?: LedgerFilters;
  /** none: best matches first when searching, else by name */
  sort?: LedgerSort;
}

/** The day a list is asked on, and how that office counts ages. */
export interface ListContext {
  today: IsoDate;
  ageRules: AgeRules;
  /** an open follow-up due on or before this day makes a cadre "follow-up due" */
  dueBy: IsoDate;
}

export interface ListPage {
  items: LedgerSummary[];
  /** how many cadres match in all */
  total: number;
  offset: number;
}

export interface LedgerFacets {
  /** tags in use, the most used first */
  tags: string[];
  /** 原工作单位 in use, the most used first */
  units: string[];
}

const CATEGORY_ORDER = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));
const RANK_ORDER = new Map<string, number>(RANKS.map((r, i) => [r, i]));
const UNIT_COLLATOR = new Intl.Collator('zh-Hans-CN');

const ageKey = (ctx: ListContext) => `${ctx.today}|${ctx.ageRules.mode}`;

/** The milestone age of this year, or 0 (none, or deceased). */
function milestoneOf(e: LedgerEntry, ctx: ListContext): number {
  if (!e.birthDate || e.birthDate > ctx.today || !e.alive) return 0;
  return milestoneAgeInYear(e.birthDate, e.lunarBirthday, dateParts(ctx.today).y, ctx.ageRules);
}

/** The summary of one entry on the day, outside any list (the age and milestone of the day). */
export function summaryOn(e: LedgerEntry, ctx: ListContext, nextFollowUp?: IsoDate): LedgerSummary {
  const age = ageOf(e, ctx);
  const milestone = milestoneOf(e, ctx);
  return entrySummary(e, { age: Number.isNaN(age) ? undefined : age, milestoneAge: milestone > 0 ? milestone : undefined, nextFollowUp });
}

/** The age today, NaN without a (plausible) birth date. */
function ageOf(e: LedgerEntry, ctx: ListContext): number {
  return e.birthDate && e.birthDate <= ctx.today ? ageToday(e.birthDate, ctx.today, ctx.ageRules.mode) : Number.NaN;
}

export class LedgerIndex {
  private entries: LedgerEntry[] = [];
  private positions = new Map<string, number>();
  private nextDue = new Map<string, IsoDate>();
  private orders = new Map<string, Int32Array>();
  private ages?: { key: string; values: Float64Array };
  private milestones?: { key: string; values: Int16Array };

  constructor(entries: readonly LedgerEntry[] = []) {
    this.replaceAll(entries);
  }

  get size(): number {
    return this.entries.length;
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  /** Replaces every entry. */
  replaceAll(entries: readonly LedgerEntry[]): void {
    this.entries = [...entries];
    this.positions = new Map(this.entries.map((e, i) => [e.id, i]));
    this.changed();
  }

  /** Adds an entry or replaces the one with its id. */
  upsert(entry: LedgerEntry): void {
    const at = this.positions.get(entry.id);
    if (at === undefined) {
      this.positions.set(entry.id, this.entries.length);
      this.entries.push(entry);
    } else this.entries[at] = entry;
    this.changed();
  }

  /** Removes the entry with this id, if any. */
  remove(id: string): void {
    const at = this.positions.get(id);
    if (at === undefined) return;
    const last = this.entries.pop()!;
    this.positions.delete(id);
    if (last.id !== id) {
      this.entries[at] = last;
      this.positions.set(last.id, at);
    }
    this.changed();
  }

  /** The earliest due date of each cadre's open follow-ups. */
  setNextDue(nextDue: ReadonlyMap<string, IsoDate>): void {
    this.nextDue = new Map(nextDue);
    for (const key of ['followUp:asc', 'followUp:desc', 'place:followUp:asc', 'place:followUp:desc']) this.orders.delete(key);
  }

  /** One page of the cadres that match, in the order asked, as summaries. */
  list(q: ListQuery, ctx: ListContext, offset: number, limit: number): ListPage {
    const selected = this.select(q, ctx);
    const page = selected.slice(offset, offset + limit).map((i) => this.summaryAt(i, ctx, q.filters));
    return { items: page, total: selected.length, offset };
  }

  /** The ids of every cadre that matches, in the order asked (selection of a whole result). */
  ids(q: ListQuery, ctx: ListContext): string[] {
    return this.select(q, ctx).map((i) => this.entries[i]!.id);
  }

  /** The entries that match, in the order asked (export reads the records by these ids). */
  entriesOf(q: ListQuery, ctx: ListContext): LedgerEntry[] {
    return this.select(q, ctx).map((i) => this.entries[i]!);
  }

  /** Tags and units in use, for the filter controls. */
  facets(): LedgerFacets {
    const tags = new Map<string, number>();
    const units = new Map<string, number>();
    for (const e of this.entries) {
      for (const t of e.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
      if (e.originalUnit) units.set(e.originalUnit, (units.get(e.originalUnit) ?? 0) + 1);
    }
    const byUse = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || UNIT_COLLATOR.compare(a[0], b[0])).map(([k]) => k);
    return { tags: byUse(tags), units: byUse(units) };
  }

  /** Positions of the matching entries, in output order. */
  private select(q: ListQuery, ctx: ListContext): number[] {
    const query = classifyQuery(q.query ?? '');
    if (query.kind === 'none') return [];
    const keep = this.predicate(q.filters, ctx);
    const sort = q.sort ?? { key: 'name', dir: 'asc' };
    const es = this.entries;
    if (query.kind === 'all') {
      const order = this.order(sort);
      const out: number[] = [];
      for (let k = 0; k < order.length; k++) if (keep(order[k]!)) out.push(order[k]!);
      return out;
    }
    // a search matches few: find them in storage order, then put them in the order asked
    const hits: number[] = [];
    const ranks: number[] = [];
    for (let i = 0; i < es.length; i++) {
      const rank = matchEntry(es[i]!, query);
      if (rank !== null && keep(i)) {
        hits.push(i);
        ranks.push(rank);
      }
    }
    const place = this.placeIn(sort);
    const byRelevance = !q.sort;
    const at = hits.map((_, h) => h);
    at.sort((a, b) => (byRelevance && ranks[a] !== ranks[b] ? ranks[a]! - ranks[b]! : place[hits[a]!]! - place[hits[b]!]!));
    return at.map((h) => hits[h]!);
  }

  /** Each entry's place in an order (the inverse of `order`). */
  private placeIn(sort: LedgerSort): Int32Array {
    const key = `place:${sort.key}:${sort.dir}`;
    let place = this.orders.get(key);
    if (!place) {
      const order = this.order(sort);
      place = new Int32Array(order.length);
      order.forEach((pos, k) => {
        place![pos] = k;
      });
      this.orders.set(key, place);
    }
    return place;
  }

  /** A test for the filters, built once per request from the filters that are set. */
  private predicate(f: LedgerFilters | undefined, ctx: ListContext): (i: number) => boolean {
    if (!f) return () => true;
    const tests: ((e: LedgerEntry, i: number) => boolean)[] = [];
    const anyOf = (values: readonly string[] | undefined, get: (e: LedgerEntry) => string | undefined) => {
      if (!values?.length) return;
      const set = new Set(values);
      tests.push((e) => set.has(get(e) ?? ''));
    };
    anyOf(f.categories, (e) => e.category);
    anyOf(f.ranks, (e) => e.rank);
    anyOf(f.healthStatuses, (e) => e.healthStatus);
    if (f.unit) {
      const unit = f.unit;
      tests.push((e) => !!e.originalUnit?.includes(unit));
    }
    if (f.difficulty !== undefined) tests.push((e) => e.hasDifficulty === f.difficulty);
    if (f.alive !== undefined) tests.push((e) => e.alive === f.alive);
    if (f.tags?.length) {
      const tags = new Set(f.tags);
      tests.push((e) => e.tags.some((t) => tags.has(t)));
    }
    if (f.followUpDue !== undefined) {
      tests.push((e) => {
        const due = this.nextDue.get(e.id);
        return (due !== undefined && due <= ctx.dueBy) === f.followUpDue;
      });
    }
    if (f.ageMin !== undefined || f.ageMax !== undefined) {
      const ages = this.agesFor(ctx);
      const band = { min: f.ageMin, max: f.ageMax };
      tests.push((_e, i) => !Number.isNaN(ages[i]!) && inAgeBand(ages[i]!, band));
    }
    if (f.milestone !== undefined) {
      const milestones = this.milestonesFor(ctx);
      tests.push((_e, i) => milestones[i]! > 0 === f.milestone);
    }
    if (!tests.length) return () => true;
    return (i) => {
      const e = this.entries[i]!;
      return tests.every((t) => t(e, i));
    };
  }

  private summaryAt(i: number, ctx: ListContext, filters: LedgerFilters | undefined): LedgerSummary {
    const e = this.entries[i]!;
    // ages and milestones (a lunar conversion each for 虚岁 and lunar birthdays) are computed for
    // the page only, unless a filter needed them for every cadre
    const age = this.ages?.key === ageKey(ctx) ? this.ages.values[i]! : ageOf(e, ctx);
    const milestone = filters?.milestone !== undefined ? this.milestonesFor(ctx)[i]! : milestoneOf(e, ctx);
    return entrySummary(e, {
      age: Number.isNaN(age) ? undefined : age,
      milestoneAge: milestone > 0 ? milestone : undefined,
      nextFollowUp: this.nextDue.get(e.id),
    });
  }

  private agesFor(ctx: ListContext): Float64Array {
    const key = ageKey(ctx);
    if (this.ages?.key === key) return this.ages.values;
    const values = Float64Array.from(this.entries, (e) => ageOf(e, ctx));
    this.ages = { key, values };
    return values;
  }

  private milestonesFor(ctx: ListContext): Int16Array {
    const key = `${dateParts(ctx.today).y}|${ctx.ageRules.mode}|${ctx.ageRules.milestones.join(',')}`;
    if (this.milestones?.key === key) return this.milestones.values;
    const values = new Int16Array(this.entries.length);
    this.entries.forEach((e, i) => {
      values[i] = milestoneOf(e, ctx);
    });
    this.milestones = { key, values };
    return values;
  }

  /** Entry positions sorted by `sort`; ties (and missing values, always last) by name. */
  private order(sort: LedgerSort): Int32Array {
    const cacheKey = `${sort.key}:${sort.dir}`;
    const cached = this.orders.get(cacheKey);
    if (cached) return cached;
    const byName = this.nameOrder();
    let order: Int32Array;
    if (sort.key === 'name') order = sort.dir === 'asc' ? byName : byName.slice().reverse();
    else {
      const nameRank = new Int32Array(this.entries.length);
      byName.forEach((pos, rank) => {
        nameRank[pos] = rank;
      });
      const value = this.sortValue(sort.key);
      const sign = sort.dir === 'asc' ? 1 : -1;
      order = Int32Array.from(this.entries.keys()).sort((a, b) => {
        const va = value(a);
        const vb = value(b);
        if (va === undefined || vb === undefined) {
          if (va !== vb) return va === undefined ? 1 : -1;
        } else if (va !== vb) return (va < vb ? -1 : 1) * sign;
        return nameRank[a]! - nameRank[b]!;
      });
    }
    this.orders.set(cacheKey, order);
    return order;
  }

  private nameOrder(): Int32Array {
    const cached = this.orders.get('name:asc');
    if (cached) return cached;
    const es = this.entries;
    const order = Int32Array.from(es.keys()).sort((a, b) => {
      const x = es[a]!;
      const y = es[b]!;
      // code-unit order of the pinyin (ties by id): stable across browsers and runs
      if (x.pinyin !== y.pinyin) return x.pinyin < y.pinyin ? -1 : 1;
      return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
    });
    this.orders.set('name:asc', order);
    return order;
  }

  /** The value an order compares (smaller first when ascending); undefined sorts last. */
  private sortValue(key: Exclude<LedgerSortKey, 'name'>): (i: number) => string | number | undefined {
    const es = this.entries;
    switch (key) {
      // ascending age: the youngest first, i.e. the latest birth date first
      case 'age':
        return (i) => (es[i]!.birthDate ? -Date.parse(es[i]!.birthDate!) : undefined);
      case 'category':
        return (i) => CATEGORY_ORDER.get(es[i]!.category);
      case 'rank':
        return (i) => (es[i]!.rank ? RANK_ORDER.get(es[i]!.rank!) : undefined);
      case 'unit': {
        const units = [...new Set(es.map((e) => e.originalUnit).filter((u): u is string => !!u))].sort(UNIT_COLLATOR.compare);
        const unitRank = new Map(units.map((u, r) => [u, r]));
        return (i) => (es[i]!.originalUnit ? unitRank.get(es[i]!.originalUnit!) : undefined);
      }
      case 'updatedAt':
        return (i) => es[i]!.updatedAt;
      case 'followUp':
        return (i) => this.nextDue.get(es[i]!.id);
    }
  }

  private changed(): void {
    this.orders.clear();
    this.ages = undefined;
    this.milestones = undefined;
  }
}
