import { addDays, type IsoDate } from '../model/validators/dates';
import { standardInForce } from '../rules/standard-in-force';
import { birthdayContext, compareBirthdays, milestoneBirthday } from './birthdays';
import { CampaignCollector, nextCampaign, standardLabel } from './campaign';
import { compareDifficulties, pendingDifficulty, pendingNeeds, sortNeeds } from './care';
import { deceasedBy, Subject } from './cadre-ref';
import { contactContext, overdueContact, sortContacts } from './contact';
import { collectDueFollowUps, dueByDay, groupByOwner } from './follow-ups';
import { HistoryTable } from './history';
import { collectHospitalStay } from './hospital';
import { TemplatePicker } from './templates';
import type {
  BirthdayItem,
  ContactItem,
  DifficultyItem,
  DischargeItem,
  FollowUpItem,
  HospitalItem,
  NeedItem,
  TodayCadre,
  TodayCounts,
  TodayInput,
  TodayLists,
} from './types';

/**
 * The home screen (今日工作) for a day: every list, computed in one pass over the cadres with
 * each cadre's follow-ups and visits summarised beforehand (history.ts, a map by cadre).
 * Deleted records (tombstones) are left out. A cadre who has died appears only on the campaign
 * (when alive on a festival day already past) and among follow-ups still open. Items point at the input's cadre objects (nothing is copied): cut the lists with
 * `limitToday` before they leave the background. Pure: `today` is given.
 */
export function computeToday(input: TodayInput, today: IsoDate): TodayLists {
  const { policy } = input;
  const templates = new TemplatePicker(input.templates ?? []);
  const standard = standardInForce(input.standards, today);
  const birthdays = birthdayContext(policy, standard, today, templates);
  const contact = contactContext(policy, today);
  const dueBy = dueByDay(today, policy.followUps.dueWithinDays);
  const occurrence = nextCampaign(input.standards, policy, today);
  const history = new HistoryTable(input.cadres, input.followUps, input.visits, { today, dueBy, ...(occurrence ? { campaign: occurrence.count } : {}) });
  const campaign = occurrence && new CampaignCollector(occurrence, today, input.cadres.length);
  const s = new Subject(today, history);
  const dischargedFrom = addDays(today, -policy.hospital.dischargedWithinDays);
  const difficultyReach = addDays(today, -policy.difficulty.actedWithinDays);
  const needsReach = addDays(today, -policy.needs.actedWithinDays);

  const birthdayItems: BirthdayItem<TodayCadre>[] = [];
  const followUpItems: FollowUpItem<TodayCadre>[] = [];
  const inHospital: HospitalItem<TodayCadre>[] = [];
  const discharged: DischargeItem<TodayCadre>[] = [];
  const hospital = { inHospital, discharged };
  const notContacted: ContactItem<TodayCadre>[] = [];
  const difficulties: DifficultyItem<TodayCadre>[] = [];
  const needs: NeedItem<TodayCadre>[] = [];

  const cadres = input.cadres;
  for (let i = 0; i < cadres.length; i++) {
    const c = cadres[i]!;
    if (c.deletedAt !== undefined) continue;
    s.reset(c, i);
    collectDueFollowUps(s, dueBy, followUpItems);
    campaign?.consider(s);
    if (deceasedBy(c, today)) continue;

    const birthday = milestoneBirthday(s, birthdays);
    if (birthday) birthdayItems.push(birthday);
    collectHospitalStay(s, dischargedFrom, templates, hospital);
    const overdue = overdueContact(s, contact);
    if (overdue) notContacted.push(overdue);
    const difficulty = pendingDifficulty(s, difficultyReach, templates);
    if (difficulty) difficulties.push(difficulty);
    const need = pendingNeeds(s, needsReach);
    if (need) needs.push(need);
  }

  birthdayItems.sort(compareBirthdays);
  inHospital.sort((a, b) => (a.admittedOn < b.admittedOn ? -1 : a.admittedOn > b.admittedOn ? 1 : 0));
  discharged.sort((a, b) => (a.dischargedOn < b.dischargedOn ? -1 : a.dischargedOn > b.dischargedOn ? 1 : 0));
  difficulties.sort(compareDifficulties);
  const followUps = groupByOwner(followUpItems);
  const campaignResult = campaign?.result(templates);

  const followUpsOverdue = countOf(followUpItems, (f) => f.overdue);
  const counts: TodayCounts = {
    birthdays: birthdayItems.length,
    birthdaysPending: countOf(birthdayItems, (b) => b.visitedOn === undefined),
    followUpsOverdue,
    followUpsDue: followUpItems.length - followUpsOverdue,
    inHospital: inHospital.length,
    inHospitalNotVisited: countOf(inHospital, (h) => h.visitedOn === undefined),
    discharged: discharged.length,
    notContacted: notContacted.length,
    difficulties: difficulties.length,
    needs: needs.length,
    campaignEligible: campaignResult?.eligible ?? 0,
    campaignVisited: campaignResult?.visited ?? 0,
    campaignLeft: campaignResult?.left ?? 0,
  };
  const result: TodayLists = {
    today,
    birthdayDays: policy.birthdays.daysAhead,
    counts,
    birthdays: birthdayItems,
    followUps,
    inHospital,
    discharged,
    notContacted: sortContacts(notContacted),
    difficulties,
    needs: sortNeeds(needs),
  };
  if (standard) result.standard = standardLabel(standard);
  if (campaignResult) result.campaign = campaignResult;
  return result;
}

/** How many items pass the test (counted: `filter` would copy them). */
function countOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) if (test(items[i]!)) n++;
  return n;
}
