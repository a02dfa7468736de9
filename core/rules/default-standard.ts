import { standard, standardInput, type Standard, type StandardInput, type StandardRules } from '../model/standard';

/**
 * The example standard shipped with CareFill. No public table of 离退休干部 condolence amounts
 * exists; these figures sit at the careful end of published provincial 工会经费 rules (research
 * notes, section C) and are ONLY AN EXAMPLE: each office replaces them with its own
 * 《离退休干部经费使用管理办法》, clause by clause (each `ref` below is a placeholder).
 */

export const EXAMPLE_STANDARD_ID = 'example-standard-v1';

const ALL_FESTIVALS_BUT_SPRING = ['元旦', '清明', '端午', '七一', '中秋', '国庆'] as const;

export const EXAMPLE_STANDARD_INPUT: StandardInput = {
  schemaVersion: 1,
  name: '示例标准（请替换为本单位《离退休干部经费使用管理办法》）',
  document: '示例：《离退休干部经费使用管理办法》（请替换为本单位文件）',
  effectiveFrom: '2000-01-01',
  isExample: true,
  notes:
    '本标准仅为示例，金额取自公开的省级工会经费规定中较保守的数值，并非任何单位的离退休干部经费标准。请按本单位文件逐条替换金额和条款号（“示例第X条”）。',
  ageMode: '周岁',
  milestones: [80, 90, 100],
  milestoneRef: '示例第九条',
  birthdayWindow: { before: 15, after: 15, ref: '示例第九条' },
  perVisitCaps: [
    // 节日: 春节 500, other festivals 300 (贵州 春节 500 / 其他 200, raised for cadres); 遗属 × 0.6
    { visitType: '节日慰问', festival: '春节', cap: 500, ref: '示例第三条' },
    { visitType: '节日慰问', cap: 300, ref: '示例第三条' },
    { visitType: '节日慰问', category: '遗属', festival: '春节', cap: 300, ref: '示例第三条' },
    { visitType: '节日慰问', category: '遗属', cap: 180, ref: '示例第三条' },
    // 住院: 一般 1000, 手术 / 重大疾病 2000 (安徽, 某机关工会, 某校)
    { visitType: '住院看望', tier: '一般', cap: 1000, ref: '示例第七条' },
    { visitType: '住院看望', tier: '手术', cap: 2000, ref: '示例第七条' },
    { visitType: '住院看望', tier: '重大疾病', cap: 2000, ref: '示例第七条' },
    { visitType: '住院看望', cap: 1000, ref: '示例第七条' },
    // 寿辰: no public amounts; placeholders
    { visitType: '生日寿辰', tier: '80', cap: 500, ref: '示例第九条' },
    { visitType: '生日寿辰', tier: '90', cap: 1000, ref: '示例第九条' },
    { visitType: '生日寿辰', tier: '100', cap: 2000, ref: '示例第九条' },
    // 去世: 本人 2000, 直系亲属 1000 (安徽, 福建)
    { visitType: '去世吊唁', tier: '本人', cap: 2000, ref: '示例第十条' },
    { visitType: '去世吊唁', tier: '直系亲属', cap: 1000, ref: '示例第十条' },
    { visitType: '困难帮扶', cap: 2000, ref: '示例第十一条' },
    // 离休干部遗孀 春节慰问品 300 (某校)
    { visitType: '遗属慰问', cap: 300, ref: '示例第十二条' },
  ],
  annualCaps: [
    { visitTypes: ['节日慰问'], cap: 2000, ref: '示例第四条' },
    { visitTypes: ['困难帮扶'], cap: 3000, ref: '示例第十一条' },
    { visitTypes: ['节日慰问', '住院看望', '生日寿辰', '遗属慰问', '其他'], cap: 5000, ref: '示例第十三条' },
  ],
  frequency: [
    { visitType: '节日慰问', max: 1, per: 'festival', ref: '示例第四条' },
    { visitType: '住院看望', max: 1, per: 'year', ref: '示例第八条' },
    { visitType: '生日寿辰', max: 1, per: 'year', ref: '示例第九条' },
    { visitType: '遗属慰问', max: 1, per: 'festival', ref: '示例第十二条' },
  ],
  festivalWindows: [
    // 腊月初八 to 正月十五, as days: 腊八 is 21-22 days before 春节, 元宵 14 days after
    { festival: '春节', before: 22, after: 14, ref: '示例第六条' },
    { festival: '重阳', before: 7, after: 7, ref: '示例第六条' },
    ...ALL_FESTIVALS_BUT_SPRING.map((festival) => ({ festival, before: 10, after: 3, ref: '示例第六条' })),
  ],
  allowedForms: [
    { visitType: '节日慰问', forms: ['慰问品'], ref: '示例第五条' },
    { visitType: '住院看望', forms: ['慰问品', '慰问金'], ref: '示例第七条' },
    { visitType: '生日寿辰', forms: ['慰问品', '慰问金'], ref: '示例第九条' },
    { visitType: '遗属慰问', forms: ['慰问品'], ref: '示例第十二条' },
  ],
  forbiddenItems: [{ visitTypes: ['节日慰问', '遗属慰问'], items: ['现金', '购物卡', '代金券', '提货卡', '礼品卡'], ref: '示例第五条' }],
  requiredFields: [
    { visitTypes: [], fields: ['cadre.name', 'visit.type', 'visit.date', 'visit.reason'], ref: '示例第十四条' },
    { visitTypes: ['节日慰问'], fields: ['visit.festival'], ref: '示例第十四条' },
    { visitTypes: ['住院看望'], fields: ['visit.hospital', 'visit.admissionDate'], ref: '示例第十四条' },
    { visitTypes: ['去世吊唁'], fields: ['visit.deathDate', 'visit.recipient', 'visit.recipientRelation'], ref: '示例第十四条' },
  ],
  dateRules: {
    emergencyVisitTypes: ['住院看望', '去世吊唁'],
    noFutureFields: ['visit.applyDate', 'visit.admissionDate', 'visit.deathDate', 'cadre.birthDate', 'cadre.retirementDate', 'expense.date'],
    ref: '示例第十五条',
  },
  approvalThresholds: [
    { over: 1000, level: '分管领导', ref: '示例第十六条' },
    { over: 5000, level: '集体研究（会议纪要）', ref: '示例第十六条' },
  ],
  duplicateWindowDays: 30,
  duplicateRef: '示例第十七条',
  warnRatio: 0.8,
};

/** The example's rules, parsed (defaults filled). */
export const EXAMPLE_STANDARD_RULES: StandardRules = standardInput.parse(EXAMPLE_STANDARD_INPUT);

/** The example as a stored record, with a fixed id so re-seeding never duplicates it. */
export function exampleStandard(now = 0): Standard {
  return standard.parse({ ...EXAMPLE_STANDARD_INPUT, id: EXAMPLE_STANDARD_ID, createdAt: now, updatedAt: now });
}
