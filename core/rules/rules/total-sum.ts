import { fieldText, type FormValues } from '../facts';
import type { Finding } from '../finding';
import { formatYuan, parseMoneyText } from '../money';
import type { Rule } from '../rule';

const id = 'total-sum';

function money(form: FormValues, key: string): number | null | undefined {
  const t = fieldText(form, key);
  return t === undefined ? undefined : parseMoneyText(t);
}

/** The amounts of the detail rows present (`expense.row.amount` and `expense.row.amount[n]`). */
function rowAmounts(form: FormValues): Array<number | null> {
  return Object.keys(form)
    .filter((k) => k === 'expense.row.amount' || /^expense\.row\.amount\[\d+\]$/.test(k))
    .map((k) => money(form, k))
    .filter((v): v is number | null => v !== undefined);
}

/** 合计 = Σ: the visit's total is its cash plus its goods; a claim's total is the sum of its rows. */
export const totalSumRule: Rule = {
  id,
  title: { zh: '合计等于明细之和', en: 'Total equals the sum' },
  check({ form }) {
    const found: Finding[] = [];
    const total = money(form, 'visit.total');
    const cash = money(form, 'visit.amount');
    const goods = money(form, 'visit.goodsValue');
    if (typeof total === 'number' && cash !== null && goods !== null && (cash !== undefined || goods !== undefined)) {
      const sum = (cash ?? 0) + (goods ?? 0);
      if (sum !== total)
        found.push({
          ruleId: id,
          severity: 'block',
          fields: ['visit.total', 'visit.amount', 'visit.goodsValue'],
          message: `合计金额 ${formatYuan(total)} 元不等于慰问金 ${formatYuan(cash ?? 0)} 元与慰问品 ${formatYuan(goods ?? 0)} 元之和 ${formatYuan(sum)} 元`,
          messageEn: `The total ${formatYuan(total)} yuan is not cash ${formatYuan(cash ?? 0)} plus goods ${formatYuan(goods ?? 0)} = ${formatYuan(sum)} yuan`,
        });
    }
    const claimTotal = money(form, 'expense.total');
    const rows = rowAmounts(form);
    if (typeof claimTotal === 'number' && rows.length > 0 && rows.every((r) => r !== null)) {
      const sum = (rows as number[]).reduce((a, b) => a + b, 0);
      if (sum !== claimTotal)
        found.push({
          ruleId: id,
          severity: 'block',
          fields: ['expense.total', 'expense.row.amount'],
          message: `报销金额 ${formatYuan(claimTotal)} 元不等于 ${rows.length} 行明细金额之和 ${formatYuan(sum)} 元`,
          messageEn: `The claim total ${formatYuan(claimTotal)} yuan is not the sum of its ${rows.length} rows, ${formatYuan(sum)} yuan`,
        });
    }
    return found;
  },
};
