import type { IsoDate } from '../model/validators/dates';
import type { Subject } from './cadre-ref';
import { dayKey } from './dates';
import { sortByDay } from './sort';
import type { TemplatePicker } from './templates';
import type { DifficultyItem, NeedItem, TodayCadre } from './types';

/**
 * 生活困难 and 当前需求 not yet acted upon, for living cadres.
 * - A difficulty case is acted upon by a 困难帮扶 visit or a follow-up dated since it was recognised
 *   and within the last `difficulty.actedWithinDays` days (aid is renewed yearly).
 * - A need is acted upon by a follow-up dated on or after the day it was recorded (or, when that
 *   day is unknown, within the last `needs.actedWithinDays` days).
 */

/** The difficulty case when nothing was done for it lately, else undefined. */
/** `reach`: today − `difficulty.actedWithinDays`. */
export function pendingDifficulty(s: Subject, reach: IsoDate, templates: TemplatePicker): DifficultyItem<TodayCadre> | undefined {
  const { c, h, today } = s;
  const d = c.difficulty;
  if (!d?.has) return undefined;
  if (d.recognisedOn !== undefined && d.recognisedOn > today) return undefined;
  const from = d.recognisedOn !== undefined && d.recognisedOn > reach ? d.recognisedOn : reach;
  const hardshipKey = h.lastHardshipVisitKey;
  const followUpKey = h.lastFollowUpKey;
  if ((hardshipKey > followUpKey ? hardshipKey : followUpKey) >= dayKey(from)) return undefined;
  const acted = hardshipKey > followUpKey ? h.lastHardshipVisit : h.lastFollowUp;
  return {
    cadre: s.c,
    type: d.type,
    description: d.description,
    recognisedOn: d.recognisedOn,
    lastActedOn: acted,
    visit: templates.visit('困难帮扶'),
  };
}

/** The cadre's needs no follow-up has answered yet, else undefined. */
/** `reach`: today − `needs.actedWithinDays`, for needs recorded without a day. */
export function pendingNeeds(s: Subject, reach: IsoDate): NeedItem<TodayCadre> | undefined {
  const { c, h, today } = s;
  if (!c.needs || c.needs.length === 0) return undefined;
  const lastFollowUp = h.lastFollowUpKey;
  // made at the first need still open: most cadres' needs are answered, and leave no garbage
  let needs: NeedItem<TodayCadre>['needs'] | undefined;
  for (const n of c.needs) {
    if (n.recordedOn !== undefined && n.recordedOn > today) continue;
    if (lastFollowUp >= dayKey(n.recordedOn ?? reach)) continue;
    const need = { category: n.category, text: n.text, recordedOn: n.recordedOn };
    if (needs) needs.push(need);
    else needs = [need];
  }
  return needs ? { cadre: s.c, needs } : undefined;
}

/** The oldest recorded need first (unknown dates last), equal ones in ledger order. */
export function sortNeeds(items: NeedItem<TodayCadre>[]): NeedItem<TodayCadre>[] {
  return sortByDay(items, (i) => oldest(i));
}

function oldest(item: NeedItem<TodayCadre>): IsoDate | undefined {
  let min: IsoDate | undefined;
  for (const n of item.needs) if (n.recordedOn !== undefined && (min === undefined || n.recordedOn < min)) min = n.recordedOn;
  return min;
}

/** The longest-standing case first (by recognition day, unknown last), then by name. */
export function compareDifficulties(a: DifficultyItem<TodayCadre>, b: DifficultyItem<TodayCadre>): number {
  const da = a.recognisedOn ?? '9999';
  const db = b.recognisedOn ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  return a.cadre.name < b.cadre.name ? -1 : a.cadre.name > b.cadre.name ? 1 : 0;
}
