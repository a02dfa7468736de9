import type { FormRole } from '../../../core/fill/types';
import type { Cadre } from '../../../core/model/cadre';
import type { Settings } from '../../../core/model/settings';
import type { Standard } from '../../../core/model/standard';
import type { Template } from '../../../core/model/template';
import type { IsoDate } from '../../../core/model/validators/dates';
import { standardInForce } from '../../../core/rules/standard-in-force';
import { renderTemplateWithReport, type Occasion } from '../../../core/templates';
import { withClaimValues } from './expense-values';

/**
 * The values a fill writes: the template rendered for the cadre on this day (the standard in
 * force supplies amounts the template leaves out), with the occasion read from the ledger — the
 * current hospital stay for a hospital visit, the date of death for a bereavement — and, on a
 * claim form, the claim's keys.
 */

export interface ValuesInput {
  cadre: Cadre;
  template: Template;
  settings: Pick<Settings, 'handlerName' | 'department'>;
  standards: readonly Standard[];
  today: IsoDate;
  role: FormRole;
}

/** The occasion of a visit as the ledger tells it. */
export function occasionFor(cadre: Cadre, template: Template, today: IsoDate): Occasion {
  const occasion: Occasion = { date: today };
  if (template.visitType === '住院看望') {
    const stays = [...(cadre.health?.hospitalisations ?? [])].sort((a, b) => b.admittedOn.localeCompare(a.admittedOn));
    const stay = stays.find((h) => h.dischargedOn === undefined) ?? stays[0];
    if (stay) {
      occasion.hospital = stay.hospital;
      occasion.admissionDate = stay.admittedOn;
    }
  }
  if (cadre.deathDate) occasion.deathDate = cadre.deathDate;
  return occasion;
}

/** Rendered values by key (row keys included) and the template's placeholders left empty. */
export function fillValues(input: ValuesInput): { values: Record<string, string>; missing: string[] } {
  const { cadre, template, settings, today } = input;
  const standard = standardInForce(input.standards, today);
  const report = renderTemplateWithReport(template, {
    cadre,
    occasion: occasionFor(cadre, template, today),
    ...(settings.handlerName ? { handler: settings.handlerName } : {}),
    ...(settings.department ? { department: settings.department } : {}),
    today,
    ...(standard ? { standard } : {}),
  });
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(report.values)) if (typeof v === 'string') values[k] = v;
  const all =
    input.role === 'expense'
      ? withClaimValues(values, { today, ...(settings.handlerName ? { handler: settings.handlerName } : {}), ...(settings.department ? { department: settings.department } : {}) })
      : values;
  return { values: all, missing: report.missing };
}
