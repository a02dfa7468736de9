import { toHalfWidth } from '../model/validators/dates';
import { IGNORED_HEADERS, IMPORT_FIELDS, importField, isMultiColumn, type ImportFieldPath } from './fields';
import type { Sheet, SheetCell } from './types';

/**
 * Finding the header row of a ledger sheet and mapping its columns to fields. Offices put a title,
 * a date or a unit above the header and write headers their own way (`身份证号码（18位）`,
 * `联系\n电话`, `*姓名`): headers are compared without spaces, marks and notes in brackets, first
 * against the names of core/spreadsheet/fields.ts, then against a few patterns.
 */

/** `*身份证号码（18位）` → `身份证号码`; `联系 电话` → `联系电话`. */
export function normalizeHeader(raw: string): string {
  return toHalfWidth(raw.normalize('NFKC'))
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/[\s*＊※★☆:：·.、/／\\_-]/g, '')
    .toLowerCase();
}

const EXACT = new Map<string, ImportFieldPath>();
for (const f of IMPORT_FIELDS) for (const h of f.headers) if (!EXACT.has(h)) EXACT.set(h, f.path);
const IGNORED = new Set(IGNORED_HEADERS);

/** Someone else's phone, name or address, not the cadre's. */
const OTHER_PERSON = /配偶|爱人|老伴|子女|家属|亲属|联系人|紧急|监护/;

/** Patterns for headers no list foresaw, most specific first. */
const PATTERNS: [RegExp, ImportFieldPath, { notOther?: boolean }?][] = [
  [/身份证|身份号码/, 'idNumber', { notOther: true }],
  [/(联系人|紧急|配偶|爱人|老伴|子女|家属|亲属).*(电话|手机)/, 'emergencyContact.phone'],
  [/(配偶|爱人|老伴).*(姓名|名字)/, 'spouse.name'],
  [/电话|手机|联系方式/, 'phones', { notOther: true }],
  [/出生/, 'birthDate', { notOther: true }],
  [/离.*退.*(时间|日期|年月)|退休(时间|日期|年月)|离休(时间|日期|年月)/, 'retirementDate'],
  [/离退休|人员类别/, 'category'],
  [/去世|逝世|病故/, 'deathDate'],
  [/住址|地址|居住地/, 'address', { notOther: true }],
  [/单位/, 'originalUnit', { notOther: true }],
  [/职级/, 'rank'],
  [/职务/, 'originalPosition', { notOther: true }],
  [/健康|身体/, 'health.status', { notOther: true }],
  [/疾病|病情/, 'health.conditions', { notOther: true }],
  [/困难/, 'difficulty.description'],
  [/爱好/, 'hobbies'],
  [/特长|专长/, 'specialties'],
  [/需求/, 'needs'],
  [/备注/, 'notes'],
  [/姓名/, 'name', { notOther: true }],
];

export type HeaderMatch = { field: ImportFieldPath } | { ignored: true } | null;

/** What a header cell names: a field, a column to leave out on purpose, or nothing known. */
export function matchHeader(raw: string): HeaderMatch {
  const h = normalizeHeader(raw);
  if (!h) return null;
  const exact = EXACT.get(h);
  if (exact) return { field: exact };
  if (IGNORED.has(h)) return { ignored: true };
  for (const [pattern, field, opts] of PATTERNS) {
    if (opts?.notOther && OTHER_PERSON.test(h)) continue;
    if (pattern.test(h)) return { field };
  }
  return null;
}

/** The text of a cell as a header (numbers too). */
export function cellText(cell: SheetCell | null | undefined): string {
  if (!cell) return '';
  return typeof cell.v === 'string' ? cell.v.trim() : String(cell.v);
}

/** Rows searched for the header: titles and notes above it rarely take more. */
const HEADER_SCAN_ROWS = 30;

/**
 * The 0-based index of the header row: among the first rows, the one naming the most distinct
 * fields, the name among them (ties: the first). -1 when no row names a 姓名 column.
 */
export function findHeaderRow(sheet: Sheet): number {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const fields = new Set<ImportFieldPath>();
    for (const cell of sheet.rows[r] ?? []) {
      const m = matchHeader(cellText(cell));
      if (m && 'field' in m) fields.add(m.field);
    }
    if (fields.has('name') && fields.size > bestScore) {
      best = r;
      bestScore = fields.size;
    }
  }
  return best;
}

export interface ColumnMapping {
  /** 0-based column index */
  column: number;
  /** the header as written */
  header: string;
  /** where the column's values go; null: not imported */
  field: ImportFieldPath | null;
  /** what the header suggested (null: nothing known) */
  suggested: ImportFieldPath | null;
  /** the person chose `field` */
  manual: boolean;
  /** a header the import knows and leaves out on purpose (序号, 年龄) */
  ignored: boolean;
  /** another column already fills this single-valued field, so this one is left out */
  duplicateOf?: number;
}

/** The person's choices: column index → field (null: do not import). */
export type MappingOverrides = Readonly<Record<number, ImportFieldPath | null>>;

/** Maps every non-empty column of the header row, then applies the person's choices. */
export function mapColumns(sheet: Sheet, headerRow: number, overrides: MappingOverrides = {}): ColumnMapping[] {
  const header = sheet.rows[headerRow] ?? [];
  const width = Math.max(header.length, ...Object.keys(overrides).map((c) => Number(c) + 1));
  const taken = new Map<ImportFieldPath, number>();
  const mapping: ColumnMapping[] = [];
  for (let c = 0; c < width; c++) {
    const text = cellText(header[c]);
    const manual = Object.hasOwn(overrides, c);
    if (!text && !manual) continue;
    const m = matchHeader(text);
    const suggested = m && 'field' in m ? m.field : null;
    const chosen = manual ? overrides[c]! : suggested;
    const col: ColumnMapping = { column: c, header: text, field: chosen, suggested, manual, ignored: !!m && 'ignored' in m };
    if (chosen && !isMultiColumn(importField(chosen))) {
      const first = taken.get(chosen);
      if (first !== undefined && !manual) {
        col.field = null;
        col.duplicateOf = first;
      } else if (first === undefined) taken.set(chosen, c);
    }
    mapping.push(col);
  }
  return mapping;
}

/** Fields the mapping fills. */
export function mappedFields(mapping: readonly ColumnMapping[]): Set<ImportFieldPath> {
  return new Set(mapping.flatMap((m) => (m.field ? [m.field] : [])));
}
