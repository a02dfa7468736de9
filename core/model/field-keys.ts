/**
 * The vocabulary of logical form-field keys: what a field of an OA form *means*, whatever the OA
 * calls it. The lexicon maps labels to these keys, templates fill them, site maps remember them and
 * the rule engine reads them. This is their single definition.
 */

export interface FieldKeyInfo {
  /** Chinese name shown to the person (and the label most OA forms use). */
  zh: string;
  en: string;
  kind: 'text' | 'longtext' | 'date' | 'money' | 'moneyUpper' | 'choice' | 'number' | 'phone' | 'id';
}

const keys = {
  // the cadre visited
  'cadre.name': { zh: '姓名', en: 'Name', kind: 'text' },
  'cadre.gender': { zh: '性别', en: 'Gender', kind: 'choice' },
  'cadre.idNumber': { zh: '身份证号', en: 'ID number', kind: 'id' },
  'cadre.birthDate': { zh: '出生日期', en: 'Date of birth', kind: 'date' },
  'cadre.age': { zh: '年龄', en: 'Age', kind: 'number' },
  'cadre.ethnicity': { zh: '民族', en: 'Ethnicity', kind: 'choice' },
  'cadre.originalUnit': { zh: '原工作单位', en: 'Former unit', kind: 'text' },
  'cadre.originalPosition': { zh: '原职务', en: 'Former position', kind: 'text' },
  'cadre.rank': { zh: '职级', en: 'Rank', kind: 'choice' },
  'cadre.category': { zh: '离退休类别', en: 'Category', kind: 'choice' },
  'cadre.retirementDate': { zh: '离退休时间', en: 'Retirement date', kind: 'date' },
  'cadre.phone': { zh: '联系电话', en: 'Phone', kind: 'phone' },
  'cadre.address': { zh: '家庭住址', en: 'Address', kind: 'text' },
  'cadre.region': { zh: '所在地区', en: 'Region', kind: 'text' },
  'cadre.politicalStatus': { zh: '政治面貌', en: 'Political status', kind: 'choice' },
  // the visit (慰问审批单)
  'visit.formNumber': { zh: '单据编号', en: 'Form number', kind: 'text' },
  'visit.applyDate': { zh: '申请日期', en: 'Application date', kind: 'date' },
  'visit.department': { zh: '申请部门', en: 'Department', kind: 'text' },
  'visit.handler': { zh: '经办人', en: 'Handled by', kind: 'text' },
  'visit.type': { zh: '慰问类型', en: 'Visit type', kind: 'choice' },
  'visit.festival': { zh: '节日', en: 'Festival', kind: 'choice' },
  'visit.date': { zh: '慰问日期', en: 'Visit date', kind: 'date' },
  'visit.reason': { zh: '慰问事由', en: 'Reason', kind: 'longtext' },
  'visit.form': { zh: '慰问形式', en: 'Form of support', kind: 'choice' },
  'visit.amount': { zh: '慰问金额', en: 'Amount', kind: 'money' },
  'visit.amountUpper': { zh: '金额大写', en: 'Amount in words', kind: 'moneyUpper' },
  'visit.goods': { zh: '慰问品', en: 'Goods', kind: 'text' },
  'visit.goodsValue': { zh: '慰问品金额', en: 'Goods value', kind: 'money' },
  'visit.total': { zh: '合计金额', en: 'Total', kind: 'money' },
  'visit.totalUpper': { zh: '合计大写', en: 'Total in words', kind: 'moneyUpper' },
  'visit.fundingSource': { zh: '资金来源', en: 'Funding source', kind: 'choice' },
  'visit.participants': { zh: '慰问人员', en: 'Visitors', kind: 'text' },
  'visit.hospital': { zh: '所在医院', en: 'Hospital', kind: 'text' },
  'visit.admissionDate': { zh: '入院日期', en: 'Admission date', kind: 'date' },
  'visit.hospitalTier': { zh: '病情', en: 'Illness tier', kind: 'choice' },
  'visit.deathDate': { zh: '去世日期', en: 'Date of death', kind: 'date' },
  'visit.recipient': { zh: '领取人', en: 'Recipient', kind: 'text' },
  'visit.recipientRelation': { zh: '与本人关系', en: 'Relation', kind: 'choice' },
  'visit.remark': { zh: '备注', en: 'Remark', kind: 'longtext' },
  // the expense claim (费用报销单)
  'expense.formNumber': { zh: '报销单号', en: 'Claim number', kind: 'text' },
  'expense.date': { zh: '报销日期', en: 'Claim date', kind: 'date' },
  'expense.claimant': { zh: '报销人', en: 'Claimant', kind: 'text' },
  'expense.department': { zh: '部门', en: 'Department', kind: 'text' },
  'expense.type': { zh: '报销类型', en: 'Claim type', kind: 'choice' },
  'expense.reason': { zh: '报销事由', en: 'Reason', kind: 'longtext' },
  'expense.budgetItem': { zh: '预算科目', en: 'Budget item', kind: 'choice' },
  'expense.approvalNumber': { zh: '关联审批单号', en: 'Approval form number', kind: 'text' },
  'expense.invoiceCount': { zh: '附件张数', en: 'Invoices', kind: 'number' },
  'expense.total': { zh: '报销金额', en: 'Total', kind: 'money' },
  'expense.totalUpper': { zh: '金额大写', en: 'Total in words', kind: 'moneyUpper' },
  'expense.row.date': { zh: '明细日期', en: 'Row date', kind: 'date' },
  'expense.row.item': { zh: '费用项目', en: 'Row item', kind: 'text' },
  'expense.row.recipient': { zh: '慰问对象', en: 'Row recipient', kind: 'text' },
  'expense.row.amount': { zh: '明细金额', en: 'Row amount', kind: 'money' },
} as const satisfies Record<string, FieldKeyInfo>;

export type FieldKey = keyof typeof keys;
export const FIELD_KEYS: Record<FieldKey, FieldKeyInfo> = keys;
export const FIELD_KEY_LIST = Object.keys(keys) as FieldKey[];

export function isFieldKey(s: string): s is FieldKey {
  return Object.hasOwn(keys, s);
}

/** `明细[2].金额` style keys for detail-table rows: `expense.row.amount[2]`. */
export function rowKey(key: FieldKey, row: number): string {
  return `${key}[${row}]`;
}
