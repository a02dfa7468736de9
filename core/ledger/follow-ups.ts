import type { FollowUp } from '../model/follow-up';
import { addDays, daysBetween, type IsoDate } from '../model/validators/dates';

/** 一跟进: when an open follow-up is due, and which cadres have one due. */

/** A follow-up due within this many days counts as due (the office prepares a week ahead). */
export const DUE_SOON_DAYS = 7;

export type FollowUpStatus = 'done' | 'overdue' | 'due-today' | 'due-soon' | 'open';

type FollowUpDates = Pick<FollowUp, 'dueDate' | 'doneDate'>;

/** Where a follow-up stands on `today`. */
export function followUpStatus(f: FollowUpDates, today: IsoDate, soonDays = DUE_SOON_DAYS): FollowUpStatus {
  if (f.doneDate) return 'done';
  if (!f.dueDate) return 'open';
  if (f.dueDate < today) return 'overdue';
  if (f.dueDate === today) return 'due-today';
  return daysBetween(today, f.dueDate) <= soonDays ? 'due-soon' : 'open';
}

/** The last day a due date may have for its follow-up to count as due on `today`. */
export function dueBy(today: IsoDate, soonDays = DUE_SOON_DAYS): IsoDate {
  return addDays(today, soonDays);
}

/** True for an open follow-up that is overdue or due within `soonDays`. */
export function isDue(f: FollowUpDates, today: IsoDate, soonDays = DUE_SOON_DAYS): boolean {
  return !f.doneDate && !!f.dueDate && f.dueDate <= dueBy(today, soonDays);
}

/** The earliest due date of each cadre's open follow-ups (follow-ups without one are left out). */
export function nextDueByCadre(followUps: Iterable<Pick<FollowUp, 'cadreId' | 'dueDate' | 'doneDate'>>): Map<string, IsoDate> {
  const next = new Map<string, IsoDate>();
  for (const f of followUps) {
    if (f.doneDate || !f.dueDate) continue;
    const known = next.get(f.cadreId);
    if (known === undefined || f.dueDate < known) next.set(f.cadreId, f.dueDate);
  }
  return next;
}
