import type { IsoDate } from '../model/validators/dates';
import type { Subject } from './cadre-ref';
import { dayKey, daysFromTo } from './dates';
import type { TemplatePicker } from './templates';
import type { DischargeItem, HospitalItem, TodayCadre } from './types';

/**
 * Hospital stays as of today: in hospital (admitted by today, no discharge recorded or one after
 * today), and discharged in the last N days with no contact since (a home visit or a call is
 * due). Only for living cadres.
 */

type Stay = NonNullable<TodayCadre['health']>['hospitalisations'][number];

/** The lists a cadre's stays go on. */
export interface HospitalLists {
  inHospital: HospitalItem<TodayCadre>[];
  discharged: DischargeItem<TodayCadre>[];
}

/**
 * Puts the cadre on the in-hospital list (its current stay) or the discharged list (a discharge
 * on or after `dischargedFrom`, today − N days, and no contact since), or on neither.
 */
export function collectHospitalStay(s: Subject, dischargedFrom: IsoDate, templates: TemplatePicker, lists: HospitalLists): void {
  const { c, h, today } = s;
  const stays = c.health?.hospitalisations;
  if (!stays || stays.length === 0) return;
  let current: Stay | undefined;
  let lastOut: Stay | undefined;
  for (const stay of stays) {
    if (stay.admittedOn > today) continue;
    if (stay.dischargedOn === undefined || stay.dischargedOn > today) {
      if (!current || stay.admittedOn > current.admittedOn) current = stay;
    } else if (!lastOut || stay.dischargedOn > lastOut.dischargedOn!) lastOut = stay;
  }
  if (current) {
    lists.inHospital.push({
      cadre: s.c,
      hospital: current.hospital,
      department: current.department,
      admittedOn: current.admittedOn,
      daysIn: daysFromTo(current.admittedOn, today),
      visitedOn: h.lastHospitalVisitKey >= dayKey(current.admittedOn) ? h.lastHospitalVisit : undefined,
      visit: templates.visit('住院看望'),
    });
    return;
  }
  if (!lastOut || lastOut.dischargedOn! < dischargedFrom) return;
  const out = lastOut.dischargedOn!;
  if (h.lastContactKey < dayKey(out)) lists.discharged.push({ cadre: s.c, hospital: lastOut.hospital, dischargedOn: out, daysSince: daysFromTo(out, today) });
}
