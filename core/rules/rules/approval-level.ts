import { citeEn, citeZh } from '../finding';
import { formatYuan, toFen } from '../money';
import type { Rule } from '../rule';

const id = 'approval-level';

/** 审批权限: the approval level the amount needs (the highest threshold it passes). */
export const approvalLevelRule: Rule = {
  id,
  title: { zh: '审批层级', en: 'Approval level' },
  check({ standard, facts }) {
    if (!standard || facts.valueFen === undefined) return [];
    const value = facts.valueFen;
    const passed = standard.approvalThresholds.filter((t) => value > toFen(t.over)).sort((a, b) => b.over - a.over)[0];
    if (!passed) return [];
    return [
      {
        ruleId: id,
        severity: 'info',
        ref: passed.ref,
        fields: ['visit.total', 'visit.amount'],
        message: `慰问金额 ${formatYuan(value)} 元超过 ${formatYuan(toFen(passed.over))} 元，须报${passed.level}审批${citeZh(passed.ref)}`,
        messageEn: `${formatYuan(value)} yuan is over ${formatYuan(toFen(passed.over))} yuan: approval by ${passed.level} is needed${citeEn(passed.ref)}`,
      },
    ];
  },
};
