import { parseChineseDate } from '../../model/validators/dates';
import { maskIdNumber, parseIdNumber, type IdNumberError } from '../../model/validators/id-number';
import { fieldText } from '../facts';
import type { Finding } from '../finding';
import type { Rule } from '../rule';

const id = 'id-number';

const PROBLEM: Record<IdNumberError, { zh: string; en: string }> = {
  err_id_format: { zh: '应为 18 位（末位可为 X）', en: 'must have 18 characters (the last may be X)' },
  err_id_region: { zh: '前两位不是有效的省级行政区划代码', en: 'does not start with a valid province code' },
  err_id_date: { zh: '第 7–14 位不是有效的出生日期', en: 'digits 7-14 are not a valid birth date' },
  err_id_future: { zh: '出生日期晚于今天', en: 'has a birth date after today' },
  err_id_checksum: { zh: '校验位不正确，可能有数字录错', en: 'fails the check digit: a digit is probably mistyped' },
};

/**
 * 身份证号: the number on the form is a valid GB 11643 number (format, region, birth date, check
 * digit), and the birth date and gender on the form agree with it.
 */
export const idNumberRule: Rule = {
  id,
  title: { zh: '身份证号校验', en: 'ID number check' },
  check({ form, today }) {
    const raw = fieldText(form, 'cadre.idNumber');
    if (raw === undefined) return [];
    const parsed = parseIdNumber(raw, today);
    if (!parsed.ok) {
      const p = PROBLEM[parsed.error];
      return [
        {
          ruleId: id,
          severity: 'block',
          fields: ['cadre.idNumber'],
          message: `身份证号 ${maskIdNumber(raw.trim())} ${p.zh}`,
          messageEn: `The ID number ${maskIdNumber(raw.trim())} ${p.en}`,
        },
      ];
    }
    const found: Finding[] = [];
    const birthText = fieldText(form, 'cadre.birthDate');
    const birth = birthText === undefined ? undefined : parseChineseDate(birthText);
    if (birth && birth !== parsed.info.birthDate)
      found.push({
        ruleId: id,
        severity: 'block',
        fields: ['cadre.birthDate', 'cadre.idNumber'],
        message: `出生日期 ${birth} 与身份证号中的 ${parsed.info.birthDate} 不一致`,
        messageEn: `The birth date ${birth} differs from ${parsed.info.birthDate} in the ID number`,
      });
    const gender = fieldText(form, 'cadre.gender');
    if (gender !== undefined && (gender === '男' || gender === '女') && gender !== parsed.info.gender)
      found.push({
        ruleId: id,
        severity: 'block',
        fields: ['cadre.gender', 'cadre.idNumber'],
        message: `性别“${gender}”与身份证号（${parsed.info.gender}）不一致`,
        messageEn: `The gender "${gender}" differs from the ID number's (${parsed.info.gender === '男' ? 'male' : 'female'})`,
      });
    return found;
  },
};
