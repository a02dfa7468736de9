import type { Rule } from './rule';
import { aliveRule } from './rules/alive';
import { allowedFormsRule } from './rules/allowed-forms';
import { amountUpperRule } from './rules/amount-upper';
import { annualCapRule } from './rules/annual-cap';
import { approvalLevelRule } from './rules/approval-level';
import { birthdayWindowRule } from './rules/birthday-window';
import { datesRule } from './rules/dates';
import { duplicateRule } from './rules/duplicate';
import { festivalWindowRule } from './rules/festival-window';
import { forbiddenItemsRule } from './rules/forbidden-items';
import { frequencyRule } from './rules/frequency';
import { idNumberRule } from './rules/id-number';
import { ledgerMatchRule } from './rules/ledger-match';
import { milestoneBirthdayRule } from './rules/milestone-birthday';
import { moneyFormatRule } from './rules/money-format';
import { perVisitCapRule } from './rules/per-visit-cap';
import { requiredFieldsRule } from './rules/required-fields';
import { standardInForceRule } from './rules/standard-in-force';
import { totalSumRule } from './rules/total-sum';

/** Every rule, in the order findings of one severity are listed: form facts first, then money. */
export const RULES: readonly Rule[] = [
  standardInForceRule,
  requiredFieldsRule,
  ledgerMatchRule,
  idNumberRule,
  aliveRule,
  datesRule,
  moneyFormatRule,
  amountUpperRule,
  totalSumRule,
  perVisitCapRule,
  annualCapRule,
  frequencyRule,
  festivalWindowRule,
  milestoneBirthdayRule,
  birthdayWindowRule,
  allowedFormsRule,
  forbiddenItemsRule,
  duplicateRule,
  approvalLevelRule,
];

/** The rule with an id, if any. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
