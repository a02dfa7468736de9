import { FIELD_KEYS, type FieldKey } from '../../model/field-keys';
import { fieldText } from '../facts';
import type { Finding } from '../finding';
import { parseMoneyText } from '../money';
import type { Rule } from '../rule';

const id = 'money-format';

/** `expense.row.amount[2]` → `expense.row.amount` */
function baseKey(key: string): string {
  return key.replace(/\[\d+\]$/, '');
}

/**
 * 金额格式: every 小写 amount on the form is a number of yuan with at most two decimals (commas,
 * ￥ and 元 tolerated); otherwise the caps and sums cannot be checked.
 */
export const moneyFormatRule: Rule = {
  id,
  title: { zh: '金额格式', en: 'Amount format' },
  check({ form }) {
    const found: Finding[] = [];
    for (const key of Object.keys(form)) {
      const base = baseKey(key);
      const info = (FIELD_KEYS as Record<string, (typeof FIELD_KEYS)[FieldKey] | undefined>)[base];
      if (info?.kind !== 'money') continue;
      const text = fieldText(form, key);
      if (text === undefined || parseMoneyText(text) !== null) continue;
      found.push({
        ruleId: id,
        severity: 'block',
        fields: [base as FieldKey],
        message: `${info.zh}“${text}”不是有效金额（应为数字，最多两位小数）`,
        messageEn: `${info.en} "${text}" is not an amount (digits, at most two decimals)`,
      });
    }
    return found;
  },
};
