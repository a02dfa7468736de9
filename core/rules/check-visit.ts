import type { Cadre } from '../model/cadre';
import type { IsoDate } from '../model/validators/dates';
import { deriveFacts, visitDay, type FormValues } from './facts';
import { sortFindings, type Finding } from './finding';
import { VisitHistoryIndex } from './history-index';
import { RULES } from './registry';
import type { Rule, RuleContext } from './rule';
import { standardInForce, type StandardVersion } from './standard-in-force';

export interface CheckVisitInput {
  /** the form's values by logical field key (and row key) */
  form: FormValues;
  /** the ledger's record of the cadre on the form, when known */
  cadre?: Cadre;
  /** earlier visits, indexed once (`VisitHistoryIndex.build`) */
  history?: VisitHistoryIndex;
  /** every version of the standards; the one in force on the visit day applies */
  standards: readonly StandardVersion[];
  /** today in Asia/Shanghai */
  today: IsoDate;
  /** rule ids to skip (switched off in the settings) */
  disabled?: readonly string[];
  /** the rules to run (default: all) */
  rules?: readonly Rule[];
  /**
   * The form is a real OA form read field by field (every field it has is in `form`, an empty one
   * as ''): a required field it does not have at all is not the person's to fill.
   */
  onlyFieldsOnForm?: boolean;
}

/**
 * Checks one OA form against the ledger, the visit history and the standards in force on the
 * visit day. Pure; reads only the records of the cadre on the form. Findings come block first.
 * A rule that throws (a bug) yields a warning naming it instead of hiding the other findings.
 */
export function checkVisit(input: CheckVisitInput): Finding[] {
  const standard = standardInForce(input.standards, visitDay(input.form, input.today));
  const ctx: RuleContext = {
    form: input.form,
    facts: deriveFacts(input.form, input.cadre, standard, input.today),
    cadre: input.cadre,
    history: input.history ?? VisitHistoryIndex.empty(),
    standard,
    today: input.today,
    ...(input.onlyFieldsOnForm ? { onlyFieldsOnForm: true } : {}),
  };
  const disabled = new Set(input.disabled ?? []);
  const findings: Finding[] = [];
  for (const rule of input.rules ?? RULES) {
    if (disabled.has(rule.id)) continue;
    try {
      findings.push(...rule.check(ctx));
    } catch (e) {
      findings.push({
        ruleId: rule.id,
        severity: 'warn',
        fields: [],
        message: `规则“${rule.title.zh}”运行出错，未能完成该项检查：${e instanceof Error ? e.message : String(e)}`,
        messageEn: `The rule "${rule.title.en}" failed and did not check: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }
  return sortFindings(findings);
}
