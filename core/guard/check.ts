import type { Cadre } from '../model/cadre';
import type { IsoDate } from '../model/validators/dates';
import { checkVisit } from '../rules/check-visit';
import { deriveFacts, visitDay, type FormValues } from '../rules/facts';
import { FIELD_KEYS } from '../model/field-keys';
import { citeEn, citeZh, type Finding, type Severity } from '../rules/finding';
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
  const findings = onlyFieldsOnForm(checkVisit({
    form: input.form,
    ...(input.cadre ? { cadre: input.cadre } : {}),
    ...(input.history ? { history: input.history } : {}),
    standards: input.standards,
    today: input.today,
    ...(input.disabled ? { disabled: input.disabled } : {}),
  }), input.form);
  const standard = standardInForce(input.standards, visitDay(input.form, input.today));
  const facts = deriveFacts(input.form, input.cadre, standard, input.today);
  return {
    findings,
    severityMax: severityMax(findings),
    verdict: verdictOf(findings),
    candidate: input.cadre ? visitCandidate(input.form, facts, input.cadre.id, input.place) : null,
  };
}

/**
 * A required field the OA form does not have at all (the guard sends every field it assigned, an
 * empty one as '') is not the person's to fill: the standard's list of required fields names
 * what an approval form should carry, and this office's form may put it elsewhere (another frame,
 * an attachment). Such findings are left out; a field the form has and left empty still blocks.
 */
function onlyFieldsOnForm(findings: Finding[], form: FormValues): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.ruleId !== 'required-fields' || !f.fields?.length) {
      out.push(f);
      continue;
    }
    const onForm = f.fields.filter((k) => form[k] !== undefined);
    if (onForm.length === f.fields.length) out.push(f);
    else if (onForm.length > 0) {
      // the rule's message names the fields: say only those the form has
      const zh = f.message.slice(0, f.message.indexOf('须填写：') + '须填写：'.length);
      const en = (f.messageEn ?? '').slice(0, (f.messageEn ?? '').indexOf(': ') + 2);
      out.push({ ...f, fields: onForm, message: `${zh}${onForm.map((k) => FIELD_KEYS[k].zh).join('、')}${citeZh(f.ref)}`, messageEn: `${en}${onForm.map((k) => FIELD_KEYS[k].en).join(', ')}${citeEn(f.ref)}` });
    }
  }
  return out;
}
