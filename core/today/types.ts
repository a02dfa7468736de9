import type { Cadre } from '../model/cadre';
import type { FollowUp } from '../model/follow-up';
import type { Template } from '../model/template';
import type { VisitRecord } from '../model/visit-record';
import type { IsoDate } from '../model/validators/dates';
import type { Category, Festival, Rank, VisitType } from '../model/vocab';
import type { AgeMode } from '../calendar/age';
import type { StandardVersion } from '../rules/standard-in-force';
import type { TodayPolicy } from './policy';

/** The inputs and results of the home screen (今日工作). Results are plain data: they travel as messages. */

/** What the home screen reads of a cadre (a stored `Cadre` or a generated one fits). */
export type TodayCadre = Pick<Cadre, 'id' | 'name' | 'category' | 'alive'> &
  Partial<
    Pick<
      Cadre,
      | 'gender'
      | 'birthDate'
      | 'lunarBirthday'
      | 'rank'
      | 'originalUnit'
      | 'phones'
      | 'address'
      | 'deathDate'
      | 'health'
      | 'difficulty'
      | 'needs'
      | 'tags'
      | 'pinyin'
      | 'deletedAt'
    >
  >;

/** What the home screen reads of a follow-up (一跟进). */
export type TodayFollowUp = Pick<FollowUp, 'cadreId' | 'date'> &
  Partial<Pick<FollowUp, 'id' | 'method' | 'found' | 'action' | 'owner' | 'dueDate' | 'doneDate' | 'deletedAt'>>;

/** What the home screen reads of a visit record (慰问记录). */
export type TodayVisit = Pick<VisitRecord, 'cadreId' | 'visitType' | 'date'> & Partial<Pick<VisitRecord, 'id' | 'festival' | 'tier' | 'deletedAt'>>;

/** What the home screen reads of a template (慰问模板). */
export type TodayTemplate = Pick<Template, 'id' | 'name' | 'visitType'> & Partial<Pick<Template, 'festival' | 'tier' | 'isDefault' | 'deletedAt'>>;

export interface TodayInput {
  cadres: readonly TodayCadre[];
  followUps: readonly TodayFollowUp[];
  visits: readonly TodayVisit[];
  standards: readonly StandardVersion[];
  templates?: readonly TodayTemplate[];
  policy: TodayPolicy;
}

/** A cadre as a list item on a page shows it (no ID number); a cadre on several lists shares one object. */
export interface CadreRef {
  cadreId: string;
  name: string;
  category: Category;
  rank?: Rank;
  unit?: string;
  /** 周岁 today */
  age?: number;
  phone?: string;
}

/** A visit ready to start: its type, what it is for, and the template that fits. */
export interface VisitToStart {
  visitType: VisitType;
  festival?: Festival;
  tier?: string;
  template?: { id: string; name: string };
}

export interface BirthdayItem<C = CadreRef> {
  cadre: C;
  /** the solar day of the birthday (a lunar birthday already converted) */
  date: IsoDate;
  daysUntil: number;
  lunar: boolean;
  /** the age celebrated, counted by `ageMode` */
  milestone: number;
  ageMode: AgeMode;
  /** the standard in force allows a 生日寿辰 visit for this age */
  funded: boolean;
  /** a 生日寿辰 visit is already recorded for it */
  visitedOn?: IsoDate;
  visit: VisitToStart;
}

export interface CampaignEntry<C = CadreRef> {
  cadre: C;
  visitType: VisitType;
  /** the per-visit cap of the standard in force (元), when one applies */
  amount?: number;
  /** the day of the visit recorded for this festival, if any */
  visitedOn?: IsoDate;
}

export interface Campaign<C = CadreRef> {
  festival: Festival;
  /** the festival day */
  day: IsoDate;
  from: IsoDate;
  to: IsoDate;
  /** today lies within the window */
  open: boolean;
  /** days from today to the festival day (negative once it has passed) */
  daysUntil: number;
  standard?: { id?: string; name: string; isExample: boolean };
  eligible: number;
  visited: number;
  left: number;
  /** every eligible cadre: those left first, then the visited; each by unit, in ledger order within a unit */
  entries: CampaignEntry<C>[];
  visit: VisitToStart;
  /** 遗属 receive a 遗属慰问; the template that fits it */
  survivorVisit: VisitToStart;
}

export interface FollowUpItem<C = CadreRef> {
  cadre: C;
  followUpId?: string;
  date: IsoDate;
  dueDate: IsoDate;
  /** negative: days overdue */
  daysUntil: number;
  overdue: boolean;
  found?: string;
  action?: string;
  owner?: string;
}

export interface OwnerGroup<C = CadreRef> {
  /** undefined: no owner recorded */
  owner?: string;
  overdue: number;
  due: number;
  /** overdue first (the oldest due date first), then due */
  items: FollowUpItem<C>[];
}

export interface HospitalItem<C = CadreRef> {
  cadre: C;
  hospital: string;
  department?: string;
  admittedOn: IsoDate;
  daysIn: number;
  /** a 住院看望 visit since the admission */
  visitedOn?: IsoDate;
  visit: VisitToStart;
}

export interface DischargeItem<C = CadreRef> {
  cadre: C;
  hospital: string;
  dischargedOn: IsoDate;
  daysSince: number;
}

export interface ContactItem<C = CadreRef> {
  cadre: C;
  /** the last follow-up or visit, if any */
  lastContact?: IsoDate;
  /** the interval that applies (months) and the rule that set it */
  months: number;
  reason?: string;
  /** days past the interval; undefined when never contacted */
  daysOverdue?: number;
}

export interface DifficultyItem<C = CadreRef> {
  cadre: C;
  type?: string;
  description?: string;
  recognisedOn?: IsoDate;
  /** the last 困难帮扶 visit or follow-up, older than the policy's reach */
  lastActedOn?: IsoDate;
  visit: VisitToStart;
}

export interface NeedItem<C = CadreRef> {
  cadre: C;
  needs: { category: string; text: string; recordedOn?: IsoDate }[];
}

/** The full counts, whatever the lists were cut to. */
export interface TodayCounts {
  birthdays: number;
  birthdaysPending: number;
  followUpsOverdue: number;
  followUpsDue: number;
  inHospital: number;
  inHospitalNotVisited: number;
  discharged: number;
  notContacted: number;
  difficulties: number;
  needs: number;
  campaignEligible: number;
  campaignVisited: number;
  campaignLeft: number;
}

/**
 * Every list of a day. `computeToday` answers with the ledger's own cadre objects (`TodayCadre`:
 * nothing copied); `limitToday` cuts the lists and turns each cadre into a `CadreRef` (no ID
 * number, a few fields), which is what travels to a page.
 */
export interface TodayResult<C = CadreRef> {
  today: IsoDate;
  /** the birthday list looks this many days ahead */
  birthdayDays: number;
  /** the standards version in force today */
  standard?: { id?: string; name: string; isExample: boolean };
  counts: TodayCounts;
  birthdays: BirthdayItem<C>[];
  campaign?: Campaign<C>;
  followUps: OwnerGroup<C>[];
  inHospital: HospitalItem<C>[];
  discharged: DischargeItem<C>[];
  notContacted: ContactItem<C>[];
  difficulties: DifficultyItem<C>[];
  needs: NeedItem<C>[];
}

/** The lists as `computeToday` answers them: items point at the ledger's cadre objects. */
export type TodayLists = TodayResult<TodayCadre>;
