import { festivalDate } from '../calendar/festivals';
import { addDays, dateParts, daysBetween, type IsoDate } from '../model/validators/dates';
import type { Festival, VisitType } from '../model/vocab';
import { findPerVisitCap } from '../rules/caps';
import { standardInForce, type StandardVersion } from '../rules/standard-in-force';
import { deceasedBy, type Subject } from './cadre-ref';
import { dayNumber, fromDayNumber, fullYearsOn } from './dates';
import type { CampaignCount } from './history';
import type { CampaignFestival, TodayPolicy } from './policy';
import type { TemplatePicker } from './templates';
import type { Campaign, CampaignEntry, TodayCadre } from './types';

/**
 * The next festival campaign (节日走访): the configured festival whose window (from the standard
 * in force on the festival day, else the policy's default) contains today, else the one whose
 * window opens soonest. Each festival's day comes from the lunar calendar for its year, so a
 * 春节 window may open in December of the year before.
 *
 * Eligible: alive on the day; within the festival's age and category limits; and, when a
 * standard is in force, a per-visit cap above zero applies to the cadre (节日慰问, or 遗属慰问 for
 * category 遗属). Visited: a 节日慰问/遗属慰问 record for the festival, dated up to today, whose
 * nearest occurrence of the festival is this one (history.ts keeps the latest such day).
 */

export interface CampaignOccurrence {
  target: CampaignFestival;
  day: IsoDate;
  from: IsoDate;
  to: IsoDate;
  open: boolean;
  standard?: StandardVersion;
  /** the festival and the visit days that count for this occurrence (halfway to its neighbours) */
  count: CampaignCount;
}

function occurrence(target: CampaignFestival, year: number, standards: readonly StandardVersion[], policy: TodayPolicy, today: IsoDate): CampaignOccurrence | undefined {
  if (year < 1851 || year > 2199) return undefined;
  const day = festivalDate(target.festival, year);
  const standard = standardInForce(standards, day);
  const window = standard?.festivalWindows.find((w) => w.festival === target.festival) ?? policy.campaigns.defaultWindow;
  const from = addDays(day, -window.before);
  const to = addDays(day, window.after);
  // halfway to the neighbouring occurrences: a visit belongs to the nearest one
  const n = dayNumber(day);
  const countFrom = fromDayNumber(Math.ceil((dayNumber(festivalDate(target.festival, year - 1)) + n) / 2));
  const countTo = fromDayNumber(Math.ceil((n + dayNumber(festivalDate(target.festival, year + 1))) / 2));
  const count: CampaignCount = { festival: target.festival, from: countFrom, to: countTo };
  const occ: CampaignOccurrence = { target, day, from, to, open: from <= today && today <= to, count };
  if (standard) occ.standard = standard;
  return occ;
}

/** The campaign of today: an open window (the earliest festival first), else the next to open. */
export function nextCampaign(standards: readonly StandardVersion[], policy: TodayPolicy, today: IsoDate): CampaignOccurrence | undefined {
  const { y } = dateParts(today);
  let best: CampaignOccurrence | undefined;
  for (const target of policy.campaigns.festivals)
    for (const year of [y - 1, y, y + 1]) {
      const occ = occurrence(target, year, standards, policy, today);
      if (!occ || occ.to < today) continue;
      if (!best || better(occ, best)) best = occ;
    }
  return best;
}

function better(a: CampaignOccurrence, b: CampaignOccurrence): boolean {
  if (a.open !== b.open) return a.open;
  return a.open ? a.day < b.day : a.from < b.from || (a.from === b.from && a.day < b.day);
}

/** Units in Chinese dictionary order (made once, when first needed: a collator is costly to make). */
let collator: Intl.Collator | undefined;

/** Decides eligibility and the visit of each cadre for one campaign; caps are looked up once per kind of cadre. */
export class CampaignCollector {
  /** room for every cadre; the first `count` are the eligible */
  private readonly entries: CampaignEntry<TodayCadre>[];
  private count = 0;
  /** what the entries sort by (parallel to `entries`): visited or not, and the unit (by `unitIds`) */
  private readonly visited: Uint8Array;
  private readonly unitOf: Int32Array;
  /** the units met, numbered in the order met */
  private readonly unitIds = new Map<string, number>();
  /** caps by visit type, then category, then rank ('' for none) */
  private readonly caps = new Map<VisitType, Map<string, Map<string, number | null>>>();
  private readonly festival: Festival;
  /** alive on the festival day, or today when the day is still to come */
  private readonly aliveOn: IsoDate;

  /** `capacity`: the number of cadres that may be considered (the ledger's length). */
  constructor(
    readonly occ: CampaignOccurrence,
    private readonly today: IsoDate,
    capacity: number,
  ) {
    this.festival = occ.target.festival;
    this.aliveOn = occ.day < today ? occ.day : today;
    // sized once: growing three arrays by pushes through 20,000 cadres leaves their old copies as garbage
    this.entries = new Array<CampaignEntry<TodayCadre>>(capacity);
    this.visited = new Uint8Array(capacity);
    this.unitOf = new Int32Array(capacity);
  }

  /** Adds the cadre when eligible. */
  consider(s: Subject): void {
    const { occ } = this;
    const c = s.c;
    if (deceasedBy(c, this.aliveOn)) return;
    if (occ.target.categories && !occ.target.categories.includes(c.category)) return;
    if (occ.target.minAge !== undefined && (!c.birthDate || fullYearsOn(c.birthDate, occ.day) < occ.target.minAge)) return;
    const visitType: VisitType = c.category === '遗属' ? '遗属慰问' : '节日慰问';
    const amount = this.capFor(visitType, c);
    if (amount === null) return;
    const visitedOn = s.h.campaignVisit;
    const unit = c.originalUnit ?? '';
    let unitId = this.unitIds.get(unit);
    if (unitId === undefined) this.unitIds.set(unit, (unitId = this.unitIds.size));
    const k = this.count++;
    this.entries[k] = { cadre: s.c, visitType, amount, visitedOn };
    this.visited[k] = visitedOn === undefined ? 0 : 1;
    this.unitOf[k] = unitId;
  }

  /** the last lookup, in fields (no object per lookup): neighbouring cadres are mostly of the same kind */
  private lastVisitType: VisitType | undefined;
  private lastCategory: string | undefined;
  private lastRank: string | undefined;
  private lastCap: number | null = null;

  /** The cap in 元; undefined without a standard; null when the standard gives none (not eligible). */
  private capFor(visitType: VisitType, c: TodayCadre): number | undefined | null {
    const standard = this.occ.standard;
    if (!standard) return undefined;
    if (this.lastVisitType === visitType && this.lastCategory === c.category && this.lastRank === c.rank) return this.lastCap;
    const cap = this.lookUpCap(standard, visitType, c);
    this.lastVisitType = visitType;
    this.lastCategory = c.category;
    this.lastRank = c.rank;
    this.lastCap = cap;
    return cap;
  }

  private lookUpCap(standard: StandardVersion, visitType: VisitType, c: TodayCadre): number | null {
    let byCategory = this.caps.get(visitType);
    if (!byCategory) this.caps.set(visitType, (byCategory = new Map()));
    let byRank = byCategory.get(c.category);
    if (!byRank) byCategory.set(c.category, (byRank = new Map()));
    const rank = c.rank ?? '';
    let cap = byRank.get(rank);
    if (cap === undefined) {
      const found = findPerVisitCap(standard, { visitType, category: c.category, rank: c.rank, festival: this.festival });
      cap = found && found.cap > 0 ? found.cap : null;
      byRank.set(rank, cap);
    }
    return cap;
  }

  /**
   * Those left first, then the visited; each by unit (in Chinese dictionary order: the few
   * distinct units are ranked once), and within a unit in ledger order (the background reads the
   * ledger by pinyin). A counting sort: no entry is compared with another.
   */
  private sorted(): CampaignEntry<TodayCadre>[] {
    const { entries, count, unitOf, visited } = this;
    const names = [...this.unitIds.keys()];
    const compare = (collator ??= new Intl.Collator('zh-CN')).compare;
    const byName = names.map((_, id) => id).sort((a, b) => compare(names[a]!, names[b]!));
    // the rank of each unit id in dictionary order
    const rank = new Int32Array(names.length);
    byName.forEach((id, r) => (rank[id] = r));
    const unitCount = names.length;
    const groupCount = unitCount * 2;
    const groupOf = new Int32Array(count);
    const starts = new Int32Array(groupCount + 1);
    for (let i = 0; i < count; i++) {
      const g = visited[i]! * unitCount + rank[unitOf[i]!]!;
      groupOf[i] = g;
      starts[g + 1]!++;
    }
    for (let g = 0; g < groupCount; g++) starts[g + 1]! += starts[g]!;
    const out = new Array<CampaignEntry<TodayCadre>>(count);
    for (let i = 0; i < count; i++) out[starts[groupOf[i]!]!++] = entries[i]!;
    return out;
  }

  /** The campaign with its entries in order: those left first, then the visited; by unit and name. */
  result(templates: TemplatePicker): Campaign<TodayCadre> {
    const { occ } = this;
    const entries = this.sorted();
    let visited = 0;
    // an index loop: this runs once per computation, unoptimised, where for-of allocates per item
    for (let i = 0; i < this.count; i++) visited += this.visited[i]!;
    const campaign: Campaign<TodayCadre> = {
      festival: this.festival,
      day: occ.day,
      from: occ.from,
      to: occ.to,
      open: occ.open,
      daysUntil: daysBetween(this.today, occ.day),
      eligible: entries.length,
      visited,
      left: entries.length - visited,
      entries,
      visit: templates.visit('节日慰问', this.festival),
      survivorVisit: templates.visit('遗属慰问', this.festival),
    };
    if (occ.standard) campaign.standard = standardLabel(occ.standard);
    return campaign;
  }
}

/** How a result names a standards version. */
export function standardLabel(s: StandardVersion): { id?: string; name: string; isExample: boolean } {
  return s.id === undefined ? { name: s.name, isExample: s.isExample } : { id: s.id, name: s.name, isExample: s.isExample };
}
