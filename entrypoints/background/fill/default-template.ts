import { festivalWindowFor } from '../../../core/calendar/festivals';
import type { Cadre } from '../../../core/model/cadre';
import type { Template } from '../../../core/model/template';
import { FESTIVALS, type Festival, type VisitType } from '../../../core/model/vocab';
import { daysBetween, type IsoDate } from '../../../core/model/validators/dates';

/**
 * The template to preselect for a cadre: by the visit the day calls for — a recent death calls for
 * 去世吊唁, a current hospital stay for 住院看望, the weeks before a festival for that festival's
 * visit (遗属慰问 for a surviving spouse) — then the template of that visit type marked default.
 */

/** Days before a festival when its visits start, and days after it when they may still happen. */
export const FESTIVAL_LEAD_DAYS = 20;
export const FESTIVAL_LAG_DAYS = 3;
const RECENT_DEATH_DAYS = 30;

type CadreFacts = Pick<Cadre, 'alive' | 'deathDate' | 'category'> & { health?: Pick<Cadre['health'], 'hospitalisations'> };

/** The festival whose visiting season contains `today`, if any. */
export function festivalSeason(today: IsoDate): Festival | undefined {
  return FESTIVALS.find((f) => {
    const w = festivalWindowFor(f, today, FESTIVAL_LEAD_DAYS, FESTIVAL_LAG_DAYS);
    return w.from <= today && today <= w.to;
  });
}

/** The visit type (and festival) the day and the cadre call for. */
export function wantedVisit(today: IsoDate, cadre?: CadreFacts): { visitType: VisitType; festival?: Festival } {
  if (cadre && !cadre.alive && cadre.deathDate && daysBetween(cadre.deathDate, today) <= RECENT_DEATH_DAYS) return { visitType: '去世吊唁' };
  if (cadre?.health?.hospitalisations?.some((h) => h.dischargedOn === undefined)) return { visitType: '住院看望' };
  const festival = festivalSeason(today);
  if (festival) return { visitType: cadre?.category === '遗属' ? '遗属慰问' : '节日慰问', festival };
  return { visitType: cadre?.category === '遗属' ? '遗属慰问' : '其他' };
}

/** The id of the template to preselect, or undefined when there are none. */
export function defaultTemplateId(templates: readonly Template[], today: IsoDate, cadre?: CadreFacts): string | undefined {
  if (templates.length === 0) return undefined;
  const want = wantedVisit(today, cadre);
  const rank = (t: Template): number =>
    (t.visitType === want.visitType ? 8 : 0) + (want.festival !== undefined && t.festival === want.festival ? 4 : 0) + (t.isDefault ? 2 : 0) + (t.festival === undefined ? 1 : 0);
  return [...templates].sort((a, b) => rank(b) - rank(a))[0]!.id;
}
