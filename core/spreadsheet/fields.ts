/**
 * The columns a ledger spreadsheet may have: where each goes in a cadre (a path of
 * core/model/cadre.ts), how its cells are read, and the header names offices use for it. The first
 * header of each field is the one export writes, so an exported file maps back to the same fields.
 */

export type ValueKind =
  | 'text'
  | 'date'
  | 'idNumber'
  | 'gender'
  | 'category'
  | 'rank'
  | 'political'
  | 'health'
  | 'difficultyType'
  | 'spouseStatus'
  | 'bool'
  | 'alive'
  | 'phones'
  | 'phone'
  | 'list'
  | 'needs'
  | 'recordId';

export interface ImportField {
  /** the cadre path the value goes to (`health.status`), or `id` for the record id */
  path: string;
  kind: ValueKind;
  /** header names, normalised (see `normalizeHeader`); the first is the one export writes */
  headers: readonly string[];
  /** export leaves it out (the value cannot round-trip through a cell) */
  importOnly?: boolean;
}

export const IMPORT_FIELDS = [
  { path: 'name', kind: 'text', headers: ['姓名', '名字', '干部姓名', '老干部姓名', '人员姓名'] },
  { path: 'gender', kind: 'gender', headers: ['性别'] },
  { path: 'ethnicity', kind: 'text', headers: ['民族'] },
  { path: 'nativePlace', kind: 'text', headers: ['籍贯', '出生地'] },
  {
    path: 'idNumber',
    kind: 'idNumber',
    headers: ['身份证号码', '公民身份号码', '身份证号', '身份证', '居民身份证号码', '身份证件号码', '证件号码'],
  },
  { path: 'birthDate', kind: 'date', headers: ['出生日期', '出生年月', '出生年月日', '生日', '出生时间'] },
  { path: 'lunarBirthday', kind: 'bool', headers: ['农历生日', '是否农历生日', '按农历过生日', '过农历生日'] },
  { path: 'politicalStatus', kind: 'political', headers: ['政治面貌', '党派'] },
  { path: 'partyJoinDate', kind: 'date', headers: ['入党时间', '入党日期', '入党年月'] },
  { path: 'workStartDate', kind: 'date', headers: ['参加工作时间', '参加工作日期', '参加工作年月', '工作时间'] },
  { path: 'originalUnit', kind: 'text', headers: ['原工作单位', '原单位', '工作单位', '原所在单位', '单位', '原单位名称', '所在单位'] },
  { path: 'originalPosition', kind: 'text', headers: ['原职务', '职务', '原任职务', '离退休前职务', '退休前职务'] },
  { path: 'rank', kind: 'rank', headers: ['职级', '原职级', '职务级别', '级别', '离退休前职级'] },
  { path: 'rankDetail', kind: 'text', headers: ['职级明细', '具体职级', '职级全称'] },
  { path: 'treatmentLevel', kind: 'text', headers: ['享受待遇', '待遇级别', '享受待遇级别', '待遇'] },
  { path: 'category', kind: 'category', headers: ['离退休类别', '类别', '人员类别', '离退休类型', '离休退休', '身份类别', '人员类型', '离退休'] },
  { path: 'retirementDate', kind: 'date', headers: ['离退休时间', '离退休日期', '离退休年月', '退休时间', '退休日期', '离休时间', '离休日期'] },
  {
    path: 'phones',
    kind: 'phones',
    headers: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '电话号码', '住宅电话', '家庭电话', '固定电话', '本人电话', '本人联系电话'],
  },
  { path: 'address', kind: 'text', headers: ['家庭住址', '住址', '现住址', '居住地址', '家庭地址', '现居住地址', '现居住地', '通讯地址', '地址'] },
  { path: 'livesElsewhere', kind: 'bool', headers: ['异地居住', '是否异地居住', '异地安置'] },
  { path: 'elsewhereAddress', kind: 'text', headers: ['异地居住地址', '异地地址', '异地安置地址'] },
  { path: 'emergencyContact.name', kind: 'text', headers: ['紧急联系人', '紧急联系人姓名', '联系人', '联系人姓名'] },
  { path: 'emergencyContact.relation', kind: 'text', headers: ['紧急联系人关系', '与本人关系', '联系人关系', '关系'] },
  { path: 'emergencyContact.phone', kind: 'phone', headers: ['紧急联系人电话', '联系人电话', '家属电话', '子女电话', '亲属电话'] },
  { path: 'spouse.name', kind: 'text', headers: ['配偶姓名', '配偶'] },
  { path: 'spouse.status', kind: 'spouseStatus', headers: ['配偶情况', '配偶状况', '配偶状态', '配偶是否健在'] },
  { path: 'health.status', kind: 'health', headers: ['健康状况', '身体状况', '健康情况', '身体情况'] },
  { path: 'health.conditions', kind: 'list', headers: ['主要疾病', '疾病', '患病情况', '慢性病', '病史', '疾病情况', '所患疾病'] },
  { path: 'health.careNeeds', kind: 'text', headers: ['护理需求', '照护需求', '照料需求'] },
  { path: 'difficulty.has', kind: 'bool', headers: ['生活困难', '是否困难', '是否有生活困难', '有无生活困难', '是否困难老干部'] },
  { path: 'difficulty.type', kind: 'difficultyType', headers: ['困难类型', '困难类别'] },
  { path: 'difficulty.description', kind: 'text', headers: ['困难情况', '困难描述', '困难说明', '生活困难情况'] },
  { path: 'difficulty.recognisedOn', kind: 'date', headers: ['困难认定时间', '认定时间', '困难认定日期'] },
  { path: 'hobbies', kind: 'list', headers: ['爱好', '兴趣爱好', '爱好特长'] },
  { path: 'specialties', kind: 'list', headers: ['特长', '专长'] },
  { path: 'study.partyBranch', kind: 'text', headers: ['所在党支部', '党支部', '支部'] },
  { path: 'study.seniorUniversity', kind: 'text', headers: ['老年大学', '参加老年大学'] },
  { path: 'study.activities', kind: 'text', headers: ['学习活动', '学习情况', '参加学习活动情况'] },
  { path: 'needs', kind: 'needs', headers: ['当前需求', '需求', '主要需求', '现实需求'], importOnly: true },
  { path: 'alive', kind: 'alive', headers: ['是否健在', '健在', '在世', '是否在世', '生存状态', '状态'] },
  { path: 'deathDate', kind: 'date', headers: ['去世时间', '去世日期', '逝世时间', '死亡日期', '病故时间', '去世年月'] },
  { path: 'tags', kind: 'list', headers: ['标签', '分组'] },
  { path: 'notes', kind: 'text', headers: ['备注', '说明', '其他情况'] },
  { path: 'id', kind: 'recordId', headers: ['系统编号', '记录编号'] },
] as const satisfies readonly ImportField[];

export type ImportFieldPath = (typeof IMPORT_FIELDS)[number]['path'];

/** Headers that name a column the import knows and leaves out: derived (年龄) or bookkeeping (序号). */
export const IGNORED_HEADERS: readonly string[] = ['序号', '编号', '年龄', '现年龄', '实际年龄', '周岁', '虚岁', '岁数'];

const BY_PATH = new Map<string, ImportField>(IMPORT_FIELDS.map((f) => [f.path, f]));

/** The field of a path. */
export function importField(path: ImportFieldPath): ImportField {
  return BY_PATH.get(path)!;
}

/** Fields whose values add up over several columns (two phone columns, 爱好 and 爱好特长). */
export function isMultiColumn(field: ImportField): boolean {
  return field.kind === 'phones' || field.kind === 'list' || field.kind === 'needs';
}
