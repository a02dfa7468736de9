import type { IsoDate } from '../../../core/model/validators/dates';

/**
 * A 费用报销单 claims the money of a visit: its fields are the visit's, under the claim's keys.
 * Derived here from the rendered visit values (a template may set any claim field itself; its
 * values win). One detail row: the visit.
 */

export interface ClaimContext {
  today: IsoDate;
  /** 经办人 of the settings: who files the claim */
  handler?: string;
  department?: string;
}

/** Adds the claim's keys to rendered visit values (without replacing what is there). */
export function withClaimValues(values: Readonly<Record<string, string>>, ctx: ClaimContext): Record<string, string> {
  const out: Record<string, string> = { ...values };
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '' && (out[key] === undefined || out[key]!.trim() === '')) out[key] = value;
  };
  const total = values['visit.total'] ?? values['visit.amount'];
  const totalUpper = values['visit.total'] !== undefined ? values['visit.totalUpper'] : values['visit.amountUpper'];
  put('expense.date', ctx.today);
  put('expense.claimant', ctx.handler);
  put('expense.department', ctx.department);
  put('expense.type', '慰问费');
  put('expense.reason', values['visit.reason']);
  put('expense.budgetItem', values['visit.fundingSource']);
  put('expense.total', total);
  put('expense.totalUpper', totalUpper);
  put('expense.row.date[1]', values['visit.date']);
  put('expense.row.item[1]', values['visit.goods'] ? `慰问品（${values['visit.goods']}）` : values['visit.form'] ?? '慰问金');
  put('expense.row.recipient[1]', values['cadre.name']);
  put('expense.row.amount[1]', total);
  return out;
}
