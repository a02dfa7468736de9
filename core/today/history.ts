import type { Festival } from '../model/vocab';
import type { IsoDate } from '../model/validators/dates';
import type { TodayCadre, TodayFollowUp, TodayVisit } from './types';

/**
 * What the lists need of each cadre's follow-ups and visit records, as of today, gathered in one
 * pass over each list through a map from cadre id to the cadre's place in the ledger. Every
 * question the rules ask — "a contact since the discharge?", "a 困难帮扶 visit since the
 * difficulty was recognised?" — is "is the latest such record on or after day X?", so the latest
 * day of each kind is all that is kept (in one column per kind), plus the few follow-ups due
 * soon. Records dated after today have not happened yet; tombstones are gone.
 */

/** One cadre's history, as the rules read it. */
export interface CadreHistory {
  /** the latest follow-up dated by today */
  readonly lastFollowUp: IsoDate | undefined;
  /** the latest visit record dated by today */
  readonly lastVisit: IsoDate | undefined;
  readonly lastBirthdayVisit: IsoDate | undefined;
  readonly lastHospitalVisit: IsoDate | undefined;
  readonly lastHardshipVisit: IsoDate | undefined;
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

type Column = (IsoDate | undefined)[];

const BIRTHDAY = '生'.charCodeAt(0);
const HOSPITAL = '住'.charCodeAt(0);
const HARDSHIP = '困'.charCodeAt(0);
const FESTIVAL = '节'.charCodeAt(0);
const SURVIVOR = '遗'.charCodeAt(0);

/** Later of a column's value and a day. */
function keepLatest(column: Column, i: number, day: IsoDate): void {
  const current = column[i];
  if (current === undefined || day > current) column[i] = day;
}

/**
 * The histories of all cadres, by the cadre's index in the ledger array. Columns rather than an
 * object per cadre: 20,000 cadres make no garbage but the columns.
 */
export class HistoryTable {
  readonly lastFollowUp: Column;
  readonly lastVisit: Column;
  readonly lastBirthdayVisit: Column;
  readonly lastHospitalVisit: Column;
  readonly lastHardshipVisit: Column;
  readonly campaignVisit: Column;
  readonly due: (TodayFollowUp[] | undefined)[];

  constructor(cadres: readonly Pick<TodayCadre, 'id'>[], followUps: readonly TodayFollowUp[], visits: readonly TodayVisit[], options: HistoryOptions) {
    const n = cadres.length;
    const column = (): Column => new Array<IsoDate | undefined>(n).fill(undefined);
    this.lastFollowUp = column();
    this.lastVisit = column();
    this.lastBirthdayVisit = column();
    this.lastHospitalVisit = column();
    this.lastHardshipVisit = column();
    this.campaignVisit = column();
    this.due = new Array<TodayFollowUp[] | undefined>(n).fill(undefined);

    const index = new Map<string, number>();
    for (let i = 0; i < n; i++) index.set(cadres[i]!.id, i);
    const { today, dueBy, campaign } = options;
    // locals, not fields: these loops run once per record (100,000 and more)
    const { lastFollowUp, lastVisit, lastBirthdayVisit, lastHospitalVisit, lastHardshipVisit, campaignVisit, due } = this;
    const festival = campaign?.festival;
    const countFrom = campaign?.from ?? '9999-12-31';
    const countTo = campaign?.to ?? '0000-01-01';

    for (const f of followUps) {
      const d = f.date;
      if (f.deletedAt !== undefined || d > today) continue;
      const i = index.get(f.cadreId);
      if (i === undefined) continue;
      const last = lastFollowUp[i];
      if (last === undefined || d > last) lastFollowUp[i] = d;
      const dueDate = f.dueDate;
      if (dueDate !== undefined && dueDate <= dueBy && (f.doneDate === undefined || f.doneDate > today)) (due[i] ??= []).push(f);
    }
    for (const v of visits) {
      const d = v.date;
      if (v.deletedAt !== undefined || d > today) continue;
      const i = index.get(v.cadreId);
      if (i === undefined) continue;
      const last = lastVisit[i];
      if (last === undefined || d > last) lastVisit[i] = d;
      // The visit types read here differ in their first character; the full name is checked
      // after, so most visits cost one character comparison, not a string comparison per case.
      const type = v.visitType;
      switch (type.charCodeAt(0)) {
        case BIRTHDAY:
          if (type === '生日寿辰') keepLatest(lastBirthdayVisit, i, d);
          break;
        case HOSPITAL:
          if (type === '住院看望') keepLatest(lastHospitalVisit, i, d);
          break;
        case HARDSHIP:
          if (type === '困难帮扶') keepLatest(lastHardshipVisit, i, d);
          break;
        case FESTIVAL:
        case SURVIVOR:
          if (d >= countFrom && d < countTo && v.festival === festival && (type === '节日慰问' || type === '遗属慰问')) keepLatest(campaignVisit, i, d);
          break;
        default:
      }
    }
  }
}

/** A cadre's row of the table, read through getters; one object moved from row to row. */
export class HistoryRow implements CadreHistory {
  index = 0;

  constructor(private readonly table: HistoryTable) {}

  get lastFollowUp(): IsoDate | undefined {
    return this.table.lastFollowUp[this.index];
  }
  get lastVisit(): IsoDate | undefined {
    return this.table.lastVisit[this.index];
  }
  get lastBirthdayVisit(): IsoDate | undefined {
    return this.table.lastBirthdayVisit[this.index];
  }
  get lastHospitalVisit(): IsoDate | undefined {
    return this.table.lastHospitalVisit[this.index];
  }
  get lastHardshipVisit(): IsoDate | undefined {
    return this.table.lastHardshipVisit[this.index];
  }
  get campaignVisit(): IsoDate | undefined {
    return this.table.campaignVisit[this.index];
  }
  get due(): readonly TodayFollowUp[] | undefined {
    return this.table.due[this.index];
  }
}

/** The later of two optional days. */
export function laterOf(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/** The last contact with the cadre (a follow-up or a visit) by today. */
export function lastContact(h: CadreHistory): IsoDate | undefined {
  return laterOf(h.lastFollowUp, h.lastVisit);
}

/** True when `day` is set and on or after `from`. */
export function since(day: IsoDate | undefined, from: IsoDate): day is IsoDate {
  return day !== undefined && day >= from;
}
