import type { Cadre } from '../model/cadre';
import type { IsoDate } from '../model/validators/dates';
import { fieldText, type VisitFacts, type FormValues } from './facts';
import type { Finding } from './finding';
import type { VisitHistoryIndex } from './history-index';
import type { StandardVersion } from './standard-in-force';

/** What a rule sees: the form, the facts read from it, the ledger's cadre, history, the standard. */
export interface RuleContext {
  form: FormValues;
  facts: VisitFacts;
  /** the ledger's record of the cadre on the form, when the person picked one */
  cadre?: Cadre;
  history: VisitHistoryIndex;
  /** the version of the standards in force on the visit day, if any */
  standard?: StandardVersion;
  today: IsoDate;
  /** `form` holds every field the OA form has (see CheckVisitInput.onlyFieldsOnForm) */
  onlyFieldsOnForm?: boolean;
}

/** One rule: a pure function from the context to findings. One rule per file in core/rules/rules/. */
export interface Rule {
  id: string;
  /** what the rule checks, for the settings list */
  title: { zh: string; en: string };
  check(ctx: RuleContext): Finding[];
}

/** How messages name the cadre: the ledger's name, else the form's, else 该同志. */
export function cadreName(ctx: Pick<RuleContext, 'cadre' | 'form'>): string {
  return ctx.cadre?.name ?? fieldText(ctx.form, 'cadre.name') ?? '该同志';
}
