import { z } from 'zod';
import { STANDARD_SCHEMA_VERSION, standardFileEntry } from '../model/standard';
import type { StandardVersion } from './standard-in-force';
import { jsonErrorPosition } from './json-error-offset';

/**
 * The standards file: every version of the office's standards, exported and imported on its own
 * (docs/standards.md). A malformed file is refused whole, with the path of the first bad field
 * and a message in Chinese (and English) that names it.
 */

export const STANDARDS_FILE_FORMAT = 'carefill.standards';

const standardsFile = z.strictObject({
  format: z.literal(STANDARDS_FILE_FORMAT),
  schemaVersion: z.literal(STANDARD_SCHEMA_VERSION),
  exportedAt: z.string().max(40).optional(),
  standards: z.array(standardFileEntry).min(1).max(100),
});

export type StandardsFileEntry = z.output<typeof standardFileEntry>;

export interface StandardsFileError {
  /** `standards[0].perVisitCaps[2].cap`; empty for the file as a whole */
  path: string;
  /** the path in words: `第 1 个版本 › 单次上限 第 3 项 › 上限金额` */
  field: string;
  message: string;
  messageEn: string;
}

export type ParseStandardsResult = { ok: true; standards: StandardsFileEntry[] } | { ok: false; error: StandardsFileError };

/** Chinese names of the file's fields, for messages. */
const FIELD_ZH: Record<string, string> = {
  format: '文件格式',
  schemaVersion: '格式版本',
  exportedAt: '导出时间',
  standards: '标准版本',
  id: '编号',
  name: '名称',
  document: '文件名称',
  effectiveFrom: '生效日期',
  effectiveTo: '失效日期',
  isExample: '示例标记',
  notes: '说明',
  ageMode: '年龄计算方式',
  milestones: '寿辰年龄',
  milestoneRef: '寿辰条款',
  birthdayWindow: '生日慰问时间',
  before: '节前（生日前）天数',
  after: '节后（生日后）天数',
  perVisitCaps: '单次上限',
  annualCaps: '年度上限',
  frequency: '次数限制',
  festivalWindows: '节日慰问时间',
  allowedForms: '慰问形式',
  forbiddenItems: '禁发物品',
  requiredFields: '必填项',
  dateRules: '日期规则',
  approvalThresholds: '审批层级',
  duplicateWindowDays: '重复判断天数',
  duplicateRef: '重复条款',
  warnRatio: '预警比例',
  visitType: '慰问类型',
  visitTypes: '慰问类型',
  category: '离退休类别',
  rank: '职级',
  festival: '节日',
  tier: '档次',
  measure: '计量对象',
  cap: '上限金额',
  ref: '条款',
  max: '次数',
  per: '周期',
  forms: '形式',
  items: '物品',
  fields: '字段',
  emergencyVisitTypes: '可先慰问后补办的类型',
  noFutureFields: '不得晚于今天的日期字段',
  over: '金额门槛',
  level: '审批层级',
};

/** Messages for the i18n keys the schema uses. */
const KEY_ZH: Record<string, [zh: string, en: string]> = {
  err_money_negative: ['金额不能为负数', 'an amount cannot be negative'],
  err_money_too_large: ['金额过大', 'the amount is too large'],
  err_money_cents: ['金额最多两位小数', 'an amount has at most two decimals'],
  err_date_format: ['日期应为 YYYY-MM-DD 格式的真实日期', 'a date is a real day written YYYY-MM-DD'],
  err_tier_for_type: [
    '档次与慰问类型不符（住院看望：一般/手术/重大疾病；去世吊唁：本人/直系亲属；生日寿辰：年龄数字）',
    'the tier does not fit the visit type (住院看望: 一般/手术/重大疾病; 去世吊唁: 本人/直系亲属; 生日寿辰: an age)',
  ],
  err_festival_for_type: ['只有节日慰问和遗属慰问可以指定节日', 'only festival and survivor visits name a festival'],
  err_per_for_type: [
    '周期与慰问类型不符（“每次住院”只用于住院看望，“每个节日”只用于节日慰问和遗属慰问）',
    'the period does not fit the visit type (per hospitalisation: 住院看望; per festival: 节日慰问, 遗属慰问)',
  ],
  err_effective_range: ['失效日期早于生效日期', 'the end date is before the start date'],
  err_duplicate: ['与前面的项目重复', 'repeats an earlier entry'],
  err_required: ['不能为空', 'is required'],
  err_too_long: ['内容过长', 'is too long'],
  err_schema_version: [`格式版本应为 ${STANDARD_SCHEMA_VERSION}`, `the schema version must be ${STANDARD_SCHEMA_VERSION}`],
};

const TYPE_ZH: Record<string, string> = { number: '数字', string: '文字', boolean: 'true 或 false', array: '列表', object: '对象' };

type Segment = PropertyKey;

function formatPath(path: readonly Segment[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)), '');
}

/** `standards[0].perVisitCaps[2].cap` → `第 1 个版本 › 单次上限 第 3 项 › 上限金额` */
function describePath(path: readonly Segment[]): string {
  const parts: string[] = [];
  path.forEach((seg, i) => {
    if (typeof seg === 'number') {
      const parent = path[i - 1];
      if (parent === 'standards') parts[parts.length - 1] = `第 ${seg + 1} 个版本`;
      else parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} 第 ${seg + 1} 项`;
    } else parts.push(FIELD_ZH[String(seg)] ?? String(seg));
  });
  return parts.join(' › ');
}

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

function explain(issue: z.core.$ZodIssue, root: unknown): [zh: string, en: string] {
  if (issue.code === 'unrecognized_keys') return [`有未知字段：${issue.keys.join('、')}`, `unknown field(s): ${issue.keys.join(', ')}`];
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v)).join('、');
    return valueAt(root, issue.path) === undefined ? [`缺少此项，应为 ${values} 之一`, `missing; one of ${values}`] : [`应为 ${values} 之一`, `must be one of ${values}`];
  }
  if (issue.code === 'invalid_type') {
    if (valueAt(root, issue.path) === undefined) return ['缺少此项', 'is missing'];
    return [`应为${TYPE_ZH[issue.expected] ?? issue.expected}`, `must be a ${issue.expected}`];
  }
  const known = KEY_ZH[issue.message];
  if (known) return known;
  if (issue.code === 'too_small') return [`不能小于 ${String(issue.minimum)}（或不能为空）`, `must be at least ${String(issue.minimum)}`];
  if (issue.code === 'too_big') return [`不能大于 ${String(issue.maximum)}（或过长、过多）`, `must be at most ${String(issue.maximum)}`];
  return [issue.message, issue.message];
}

function refuse(path: readonly Segment[], zh: string, en: string): { ok: false; error: StandardsFileError } {
  const p = formatPath(path);
  const field = describePath(path);
  return {
    ok: false,
    error: {
      path: p,
      field,
      message: p ? `经费标准文件有误：${field}（${p}）${zh}` : `经费标准文件有误：${zh}`,
      messageEn: p ? `Standards file refused: ${p} ${en}` : `Standards file refused: ${en}`,
    },
  };
}

/**
 * Reads a standards file (its text, or the value already parsed from JSON). Refuses it whole,
 * naming the first bad field, when it is not JSON, not a standards file, fails the schema, holds
 * two versions with one id, or two versions of the office (not examples) in force from the same day.
 */
export function parseStandardsFile(input: string | unknown): ParseStandardsResult {
  let root: unknown = input;
  if (typeof input === 'string') {
    try {
      root = JSON.parse(input);
    } catch {
      // Only the position: the parser's own message quotes the file, which may be a ledger.
      const at = jsonErrorPosition(input);
      return at
        ? refuse([], `不是有效的 JSON（第 ${at.line} 行第 ${at.column} 列，位置 ${at.offset}）`, `not valid JSON (line ${at.line}, column ${at.column}, offset ${at.offset})`)
        : refuse([], '不是有效的 JSON', 'not valid JSON');
    }
  }
  if (root === null || typeof root !== 'object' || Array.isArray(root) || (root as { format?: unknown }).format !== STANDARDS_FILE_FORMAT)
    return refuse(['format'], `不是 CareFill 经费标准文件（format 应为 "${STANDARDS_FILE_FORMAT}"）`, `is not a CareFill standards file (format must be "${STANDARDS_FILE_FORMAT}")`);
  const parsed = standardsFile.safeParse(root);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [zh, en] = explain(issue, root);
    return refuse(issue.path, zh, en);
  }
  const ids = new Map<string, number>();
  for (const [i, s] of parsed.data.standards.entries()) {
    if (s.id === undefined) continue;
    const earlier = ids.get(s.id);
    if (earlier !== undefined)
      return refuse(['standards', i, 'id'], `与第 ${earlier + 1} 个版本的编号（${s.id}）相同`, `repeats the id (${s.id}) of version ${earlier + 1}`);
    ids.set(s.id, i);
  }
  const seen = new Map<string, number>();
  for (const [i, s] of parsed.data.standards.entries()) {
    if (s.isExample) continue;
    const earlier = seen.get(s.effectiveFrom);
    if (earlier !== undefined)
      return refuse(
        ['standards', i, 'effectiveFrom'],
        `与第 ${earlier + 1} 个版本的生效日期（${s.effectiveFrom}）相同，无法确定哪个版本适用`,
        `is the same day (${s.effectiveFrom}) as version ${earlier + 1}: which applies is ambiguous`,
      );
    seen.set(s.effectiveFrom, i);
  }
  return { ok: true, standards: parsed.data.standards };
}

/**
 * Writes a standards file: every live version, by effective date, without the storage envelope
 * (only the id is kept, so a re-import updates rather than duplicates).
 */
export function exportStandardsFile(standards: readonly StandardVersion[], exportedAt?: string): string {
  const versions = standards
    .filter((s) => s.deletedAt === undefined)
    .map((s) => {
      const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = s as StandardVersion & { createdAt?: number };
      return rest;
    })
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  const file = { format: STANDARDS_FILE_FORMAT, schemaVersion: STANDARD_SCHEMA_VERSION, ...(exportedAt ? { exportedAt } : {}), standards: versions };
  return `${JSON.stringify(file, null, 2)}\n`;
}
