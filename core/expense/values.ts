import { formatAmountField } from '../rules/money';
import type { Claim } from './claim';

/**
 * A claim as fill values under the logical field keys of the 费用报销单 (`expense.*`, one
 * `expense.row.<field>[n]` per detail row, n from 1), the shape core/fill plans from.
 */
export function claimFormValues(claim: Claim): Record<string, string> {
  const out: Record<string, string> = {
    'expense.date': claim.date,
    'expense.type': '慰问费',
    'expense.reason': claim.reason,
    'expense.budgetItem': claim.budgetItem,
    'expense.invoiceCount': String(claim.invoiceCount),
    'expense.total': formatAmountField(claim.totalFen),
    'expense.totalUpper': claim.totalUpper,
  };
  if (claim.claimant) out['expense.claimant'] = claim.claimant;
  if (claim.department) out['expense.department'] = claim.department;
  if (claim.approvalNumber) out['expense.approvalNumber'] = claim.approvalNumber;
  claim.rows.forEach((r, i) => {
    const n = i + 1;
    out[`expense.row.date[${n}]`] = r.date;
    out[`expense.row.item[${n}]`] = r.item;
    out[`expense.row.recipient[${n}]`] = r.recipient;
    out[`expense.row.amount[${n}]`] = formatAmountField(r.amountFen);
  });
  return out;
}
