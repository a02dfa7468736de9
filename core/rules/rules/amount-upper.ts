import { FIELD_KEYS, type FieldKey } from '../../model/field-keys';
import { parseRmbUpper } from '../../model/validators/rmb';
import { fieldText } from '../facts';
import type { Finding } from '../finding';
import { formatYuan, parseMoneyText } from '../money';
import type { Rule } from '../rule';

const id = 'amount-upper';

/** Each 大写 field and the 小写 field it spells. */
const PAIRS: Array<[lower: FieldKey, upper: FieldKey]> = [
  ['visit.amount', 'visit.amountUpper'],
  ['visit.total', 'visit.totalUpper'],
  ['expense.total', 'expense.totalUpper'],
];

/** 大写 = 小写: a 大写 amount is read to 分 and compared with the 小写 one (never as strings). */
export const amountUpperRule: Rule = {
  id,
  title: { zh: '大写金额与小写一致', en: 'Amount in words matches figures' },
  check({ form }) {
    const found: Finding[] = [];
    for (const [lowerKey, upperKey] of PAIRS) {
      const upper = fieldText(form, upperKey);
      const lowerText = fieldText(form, lowerKey);
      if (upper === undefined || lowerText === undefined) continue;
      const lower = parseMoneyText(lowerText);
      if (lower === null) continue; // the money-format rule reports it
      const parsed = parseRmbUpper(upper);
      const label = FIELD_KEYS[upperKey];
      if ('error' in parsed) {
        found.push({
          ruleId: id,
          severity: 'block',
          fields: [upperKey],
          message: `${label.zh}“${upper}”不是规范的人民币大写金额`,
          messageEn: `${label.en} "${upper}" is not a valid amount in Chinese capital numerals`,
        });
        continue;
      }
      if (parsed.fen !== lower)
        found.push({
          ruleId: id,
          severity: 'block',
          fields: [upperKey, lowerKey],
          message: `${label.zh}“${upper}”（${formatYuan(parsed.fen)} 元）与小写金额 ${formatYuan(lower)} 元不一致`,
          messageEn: `${label.en} "${upper}" (${formatYuan(parsed.fen)} yuan) differs from the figure ${formatYuan(lower)} yuan`,
        });
    }
    return found;
  },
};
