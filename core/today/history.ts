import type { Festival } from '../model/vocab';
import type { IsoDate } from '../model/validators/dates';
import { dayKey } from './dates';
import type { TodayCadre, TodayFollowUp, TodayVisit } from './types';

/**
 * What the lists need of each cadre's follow-ups and visit records, as of today, gathered in one
 * pass over each list through a map from cadre id to the cadre's place in the ledger. Every
 * question the rules ask — "a contact since the discharge?", "a 困难帮扶 visit since the
 * difficulty was recognised?" — is "is the latest such record on or after day X?", so the latest
 * day of each kind is all that is kept (one cell per kind in the cadre's row), plus the few
 * follow-ups due soon. Records dated after today have not happened yet; tombstones are gone.
 */

/**
 * One cadre's history, as the rules read it: each latest day as its date (for the lists) and as
 * its `dayKey` (0: none), which the rules compare — numbers, where comparing the dates would read
 * two strings scattered through the ledger for every cadre.
 */
export interface CadreHistory {
  /** the latest follow-up dated by today */
  readonly lastFollowUp: IsoDate | undefined;
  readonly lastFollowUpKey: number;
  /** the latest visit record dated by today */
  readonly lastVisit: IsoDate | undefined;
  /** the last contact (a follow-up or a visit) by today */
  readonly lastContact: IsoDate | undefined;
  readonly lastContactKey: number;
  readonly lastBirthdayVisit: IsoDate | undefined;
  readonly lastHospitalVisit: IsoDate | undefined;
  readonly lastHospitalVisitKey: number;
  readonly lastHardshipVisit: IsoDate | undefined;
  readonly lastHardshipVisitKey: number;
  /** the latest visit counted for the campaign's festival occurrence */
  readonly campaignVisit: IsoDate | undefined;
  /** open follow-ups due by the `dueBy` day */
  readonly due: readonly TodayFollowUp[] | undefined;
}

/** The campaign's festival and the days whose visits count for it (from inclusive, to exclusive). */
export interface CampaignCount {
  festival: Festival;
  from: IsoDate;
  to: IsoDate;
}

export interface HistoryOptions {
  today: IsoDate;
  /** a follow-up due by this day is listed */
  dueBy: IsoDate;
  campaign?: CampaignCount;
}

const BIRTHDAY = '生'.charCodeAt(0);
const HOSPITAL = '住'.charCodeAt(0);
const HARDSHIP = '困'.charCodeAt(0);
const FESTIVAL = '节'.charCodeAt(0);
const SURVIVOR = '遗'.charCodeAt(0);

/** The kinds of latest record kept per cadre: one cell each in the cadre's row. */
const FOLLOW_UP = 0;
const VISIT = 1;
const BIRTHDAY_VISIT = 2;
const HOSPITAL_VISIT = 3;
const HARDSHIP_VISIT = 4;
const CAMPAIGN_VISIT = 5;
const KINDS = 6;

/**
 * The histories of all cadres, by the cadre's index in the ledger array. Per cadre a row of
 * `KINDS` cells: the latest day of the kind as a `dayKey` (0: none) in a typed array, which the
 * rules compare, and that record's date string, which the lists show. Records are dated by
 * reading their digits, not by comparing strings, and nothing is allocated per record: 100,000
 * and more records cost a few character reads each, and a map lookup per run of one cadre's records.
 */
export class HistoryTable {
  /** `dayKey` of the latest record of each kind, row by row (0: none) */
  private readonly days: Int32Array;
  /**
   * the date of that record, kept here rather than read back from the record: the latest records
   * of 20,000 cadres lie all over the lists, and reading them again costs more than this array
   */
  private readonly dates: (IsoDate | undefined)[];
  /** open follow-ups due by the `dueBy` day, by cadre */
  readonly due: (TodayFollowUp[] | undefined)[];

  constructor(
    cadres: readonly Pick<TodayCadre, 'id'>[],
    followUps: readonly TodayFollowUp[],
    visits: readonly TodayVisit[],
    options: HistoryOptions,
  ) {
    const n = cadres.length;
    const days = (this.days = new Int32Array(n * KINDS));
    const dates = (this.dates = new Array<IsoDate | undefined>(n * KINDS).fill(undefined));
    const due = (this.due = new Array<TodayFollowUp[] | undefined>(n).fill(undefined));

    const index = new Map<string, number>();
    for (let i = 0; i < n; i++) index.set(cadres[i]!.id, i);
    const { campaign } = options;
    const today = dayKey(options.today);
    const dueBy = options.dueBy;
    const todayIso = options.today;
    const festival = campaign?.festival;
    // no campaign: an empty range
    const countFrom = campaign ? dayKey(campaign.from) : 1;
    const countTo = campaign ? dayKey(campaign.to) : 0;

    // a cadre's follow-ups often come one after another (read by cadre): the last lookup is kept
    let lastId: string | undefined;
    let lastIndex: number | undefined;
    for (let r = 0; r < followUps.length; r++) {
      const f = followUps[r]!;
      if (f.deletedAt !== undefined) continue;
      const d = dayKey(f.date);
      if (d > today) continue;
      const id = f.cadreId;
      if (id !== lastId) {
        lastId = id;
        lastIndex = index.get(id);
      }
      const i = lastIndex;
      if (i === undefined) continue;
      const cell = i * KINDS + FOLLOW_UP;
      if (d > days[cell]!) {
        days[cell] = d;
        dates[cell] = f.date;
      }
      const dueDate = f.dueDate;
      if (dueDate !== undefined && dueDate <= dueBy && (f.doneDate === undefined || f.doneDate > todayIso)) (due[i] ??= []).push(f);
    }
    // likewise a cadre's visit records (storage keeps them together, storage/visit-buckets.ts)
    lastId = undefined;
    for (let r = 0; r < visits.length; r++) {
      const v = visits[r]!;
      if (v.deletedAt !== undefined) continue;
      const d = dayKey(v.date);
      if (d > today) continue;
      const id = v.cadreId;
      if (id !== lastId) {
        lastId = id;
        lastIndex = index.get(id);
      }
      const i = lastIndex;
      if (i === undefined) continue;
      const row = i * KINDS;
      if (d > days[row + VISIT]!) {
        days[row + VISIT] = d;
        dates[row + VISIT] = v.date;
      }
      // The visit types read here differ in their first character; the full name is checked
      // after, so most visits cost one character comparison, not a string comparison per case.
      const type = v.visitType;
      let cell = -1;
      switch (type.charCodeAt(0)) {
        case BIRTHDAY:
          if (type === '生日寿辰') cell = row + BIRTHDAY_VISIT;
          break;
        case HOSPITAL:
          if (type === '住院看望') cell = row + HOSPITAL_VISIT;
          break;
        case HARDSHIP:
          if (type === '困难帮扶') cell = row + HARDSHIP_VISIT;
          break;
        case FESTIVAL:
        case SURVIVOR:
          if (d >= countFrom && d < countTo && v.festival === festival && (type === '节日慰问' || type === '遗属慰问')) cell = row + CAMPAIGN_VISIT;
          break;
        default:
      }
      if (cell >= 0 && d > days[cell]!) {
        days[cell] = d;
        dates[cell] = v.date;
      }
    }
  }

  /** The `dayKey` of the latest record of a kind of the cadre at `index` (0: none). */
  key(index: number, kind: number): number {
    return this.days[index * KINDS + kind]!;
  }

  /** The date of the latest record of a kind of the cadre at `index`, if any. */
  date(index: number, kind: number): IsoDate | undefined {
    return this.dates[index * KINDS + kind];
  }

  /** The kind (FOLLOW_UP or VISIT) of the cadre's last contact; FOLLOW_UP on a tie or when there is none. */
  contactKind(index: number): number {
    const row = index * KINDS;
    return this.days[row + VISIT]! > this.days[row + FOLLOW_UP]! ? VISIT : FOLLOW_UP;
  }
}

/** A cadre's row of the table, read through getters; one object moved from row to row. */
export class HistoryRow implements CadreHistory {
  index = 0;

  constructor(private readonly table: HistoryTable) {}

  get lastFollowUp(): IsoDate | undefined {
    return this.table.date(this.index, FOLLOW_UP);
  }
  get lastFollowUpKey(): number {
    return this.table.key(this.index, FOLLOW_UP);
  }
  get lastVisit(): IsoDate | undefined {
    return this.table.date(this.index, VISIT);
  }
  get lastContact(): IsoDate | undefined {
    return this.table.date(this.index, this.table.contactKind(this.index));
  }
  get lastContactKey(): number {
    return this.table.key(this.index, this.table.contactKind(this.index));
  }
  get lastBirthdayVisit(): IsoDate | undefined {
    return this.table.date(this.index, BIRTHDAY_VISIT);
  }
  get lastHospitalVisit(): IsoDate | undefined {
    return this.table.date(this.index, HOSPITAL_VISIT);
  }
  get lastHospitalVisitKey(): number {
    return this.table.key(this.index, HOSPITAL_VISIT);
  }
  get lastHardshipVisit(): IsoDate | undefined {
    return this.table.date(this.index, HARDSHIP_VISIT);
  }
  get lastHardshipVisitKey(): number {
    return this.table.key(this.index, HARDSHIP_VISIT);
  }
  get campaignVisit(): IsoDate | undefined {
    return this.table.date(this.index, CAMPAIGN_VISIT);
  }
  get due(): readonly TodayFollowUp[] | undefined {
    return this.table.due[this.index];
  }
}

/** True when `day` is set and on or after `from`. */
export function since(day: IsoDate | undefined, from: IsoDate): day is IsoDate {
  return day !== undefined && day >= from;
}
