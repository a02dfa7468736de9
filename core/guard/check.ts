import type { Cadre } from '../model/cadre';
import type { IsoDate } from '../model/validators/dates';
import { checkVisit } from '../rules/check-visit';
import { deriveFacts, visitDay, type FormValues } from '../rules/facts';
import type { Finding, Severity } from '../rules/finding';
import type { VisitHistoryIndex } from '../rules/history-index';
import { standardInForce, type StandardVersion } from '../rules/standard-in-force';
import { visitCandidate, type SubmitPlace, type VisitCandidate } from './candidate';
import { severityMax, verdictOf, type GuardVerdict } from './verdict';

export interface GuardCheckInput {
  /** the values of the assigned fields, by field key */
  form: FormValues;
  /** the ledger's cadre found for the form (pickCadre), if any */
  cadre?: Cadre;
  history?: VisitHistoryIndex;
  standards: readonly StandardVersion[];
  today: IsoDate;
  place: SubmitPlace;
  disabled?: readonly string[];
}

export interface GuardCheckResult {
  findings: Finding[];
  severityMax: Severity | 'none';
  verdict: GuardVerdict;
  /** the visit to record when the submit goes through; null without a cadre or a visit type */
  candidate: VisitCandidate | null;
}

/**
 * The check on an OA submit: the rule engine over the form, the ledger's cadre, that cadre's
 * visit history and the standards in force on the visit day; the verdict for the submit; and the
 * visit record it makes when it goes through. Pure.
 */
export function guardCheck(input: GuardCheckInput): GuardCheckResult {
  const findings = checkVisit({
    form: input.form,
    ...(input.cadre ? { cadre: input.cadre } : {}),
    ...(input.history ? { history: input.history } : {}),
    standards: input.standards,
    today: input.today,
    ...(input.disabled ? { disabled: input.disabled } : {}),
    // the frame sends every assigned field, an empty one as ''
    onlyFieldsOnForm: true,
  });
  const standard = standardInForce(input.standards, visitDay(input.form, input.today));
  const facts = deriveFacts(input.form, input.cadre, standard, input.today);
  return {
    findings,
    severityMax: severityMax(findings),
    verdict: verdictOf(findings),
    candidate: input.cadre ? visitCandidate(input.form, facts, input.cadre.id, input.place) : null,
  };
}
