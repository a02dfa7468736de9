import { cadreRef } from './cadre-ref';
import type { CadreRef, TodayCadre, TodayCounts, TodayLists, TodayResult } from './types';

/**
 * The home screen's answer for a page: each list cut to its first `limit` items (the counts stay
 * whole) and each cadre turned into a `CadreRef` — no ID number, and 20,000 cadres never travel
 * in one message. A cadre on several lists is one ref.
 */
export function limitToday(result: TodayLists, limit: number): TodayResult {
  const refs = new Map<TodayCadre, CadreRef>();
  const ref = (c: TodayCadre): CadreRef => {
    let r = refs.get(c);
    if (!r) refs.set(c, (r = cadreRef(c, result.today)));
    return r;
  };
  const cut = <T extends { cadre: TodayCadre }>(items: readonly T[]): (Omit<T, 'cadre'> & { cadre: CadreRef })[] =>
    items.slice(0, limit).map((item) => ({ ...item, cadre: ref(item.cadre) }));
  const out: TodayResult = {
    today: result.today,
    birthdayDays: result.birthdayDays,
    counts: result.counts,
    birthdays: cut(result.birthdays),
    followUps: result.followUps.map((g) => ({ ...g, items: cut(g.items) })),
    inHospital: cut(result.inHospital),
    discharged: cut(result.discharged),
    notContacted: cut(result.notContacted),
    difficulties: cut(result.difficulties),
    needs: cut(result.needs),
  };
  if (result.standard) out.standard = result.standard;
  if (result.campaign) out.campaign = { ...result.campaign, entries: cut(result.campaign.entries) };
  return out;
}

/**
 * What needs acting on soon, for the toolbar badge: birthdays not yet visited, follow-ups due or
 * overdue, cadres in hospital not yet visited, and recent discharges not yet contacted. The long
 * lists (not contacted, campaign) stay on the home screen.
 */
export function urgentCount(c: TodayCounts): number {
  return c.birthdaysPending + c.followUpsOverdue + c.followUpsDue + c.inHospitalNotVisited + c.discharged;
}

/** The badge text: empty for nothing, `99+` past two digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
