import { addDays, type IsoDate } from '../model/validators/dates';
import { daysFromTo } from './dates';
import type { Subject } from './cadre-ref';
import { sortByDay } from './sort';
import type { FollowUpItem, OwnerGroup, TodayCadre } from './types';

/**
 * 一跟进 due and overdue: open follow-ups (no done date, or one after today) recorded by today,
 * whose due date has passed (overdue) or comes within `dueWithinDays` days (due). Grouped by
 * the owner (经办人) who has to act.
 */

/** Adds the cadre's follow-ups due or overdue on `today` to `out`. */
export function collectDueFollowUps(s: Subject, dueBy: IsoDate, out: FollowUpItem<TodayCadre>[]): void {
  const due = s.h.due;
  if (due === undefined) return;
  const today = s.today;
  for (const f of due) {
    if (!f.dueDate || f.date > today || f.dueDate > dueBy) continue;
    if (f.doneDate !== undefined && f.doneDate <= today) continue;
    out.push({
      cadre: s.c,
      followUpId: f.id,
      date: f.date,
      dueDate: f.dueDate,
      daysUntil: daysFromTo(today, f.dueDate),
      overdue: f.dueDate < today,
      found: f.found,
      action: f.action,
      owner: f.owner || undefined,
    });
  }
}

/** The last day a due date may fall on to show as due. */
export function dueByDay(today: IsoDate, dueWithinDays: number): IsoDate {
  return addDays(today, dueWithinDays);
}

/** Groups by owner (named owners in order, then the unassigned); in each group the oldest due date first, equal ones in ledger order. */
export function groupByOwner(items: readonly FollowUpItem<TodayCadre>[]): OwnerGroup<TodayCadre>[] {
  const groups = new Map<string, OwnerGroup<TodayCadre>>();
  for (const item of items) {
    const key = item.owner ?? '';
    let g = groups.get(key);
    if (!g) {
      g = { owner: item.owner, overdue: 0, due: 0, items: [] };
      groups.set(key, g);
    }
    g.items.push(item);
    if (item.overdue) g.overdue++;
    else g.due++;
  }
  for (const g of groups.values()) g.items = sortByDay(g.items, (f) => f.dueDate);
  return [...groups.values()].sort((a, b) => {
    if ((a.owner === undefined) !== (b.owner === undefined)) return a.owner === undefined ? 1 : -1;
    return (a.owner ?? '') < (b.owner ?? '') ? -1 : 1;
  });
}
