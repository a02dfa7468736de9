import type { Rule } from '../rule';

const id = 'standard-in-force';

/** Says when no version of the standards is in force, or when the shipped example is. */
export const standardInForceRule: Rule = {
  id,
  title: { zh: '经费标准版本', en: 'Standards version in force' },
  check({ standard, facts }) {
    if (!standard)
      return [
        {
          ruleId: id,
          severity: 'warn',
          message: `没有在 ${facts.on} 生效的经费标准，未按标准核对金额、次数和时间`,
          messageEn: `No standards version is in force on ${facts.on}: amounts, frequency and dates were not checked against standards`,
          fields: ['visit.date'],
        },
      ];
    if (standard.isExample)
      return [
        {
          ruleId: id,
          severity: 'info',
          message: `正在使用示例标准“${standard.name}”，其中金额仅为示例，请导入本单位的经费标准`,
          messageEn: `Checked against the shipped example standards "${standard.name}", whose amounts are only an example: import your office's own standards`,
          fields: [],
        },
      ];
    return [];
  },
};
