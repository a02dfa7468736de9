import type { FieldProblem } from '../model/issues';
import { parseChineseDate, parseChineseMonth, toHalfWidth, toIsoDate, type IsoDate } from '../model/validators/dates';
import { CATEGORIES, RANKS } from '../model/vocab';
import type { ValueKind } from './fields';
import type { SheetCell } from './types';

/**
 * Reading one cell as the value of a field. Spellings offices use become the ledger's vocabulary
 * (男性 → 男, 离休干部 → 离休, 正处级 → 县处级 with the detail kept, 1930.04 → a date). A value
 * that cannot be read is passed on as written, so that validation names the field and the reason;
 * only what validation could not explain (an ID number Excel turned into a number, a yes/no cell
 * saying neither) becomes a problem here.
 */

export type CellReading =
  | { ok: true; value: unknown; /** `rankDetail` read along with a finer rank */ detail?: string; /** a date given to the month only */ monthOnly?: boolean }
  | { ok: true; empty: true }
  | { ok: false; problem: FieldProblem };

const EMPTY: CellReading = { ok: true, empty: true };
const value = (v: unknown): CellReading => ({ ok: true, value: v });

/** Days between 1899-12-30 (Excel day 0 of the 1900 system, after its fake 1900-02-29) and 1970-01-01. */
const EXCEL_1900_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/**
 * The calendar day of an Excel serial day number. The 1900 system counts 1900-02-29, a day that
 * never was (Lotus 1-2-3's bug, kept by Excel): serial 60 has no day, and days before it are one
 * off from the plain count.
 */
export function excelSerialToIso(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial);
  let ms: number;
  if (date1904) ms = EXCEL_1904_EPOCH + days * DAY_MS;
  else if (days < 1 || days === 60) return null;
  else ms = EXCEL_1900_EPOCH + (days < 60 ? days + 1 : days) * DAY_MS;
  const d = new Date(ms);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Serial numbers a date column may plausibly hold: 1900 to about 2119. */
const PLAUSIBLE_SERIAL = { min: 1, max: 80_000 };

/** The text of a cell: strings trimmed, integers without exponent, other numbers as Excel shows them. */
export function cellAsText(cell: SheetCell): string {
  if (typeof cell.v === 'string') return cell.v.trim();
  if (typeof cell.v === 'boolean') return cell.v ? '是' : '否';
  if (Number.isInteger(cell.v) && Math.abs(cell.v) < 1e21) return cell.v.toFixed(0);
  return (cell.text ?? String(cell.v)).trim();
}

/** A cell as the person recognises it in a preview: dates as dates, numbers as Excel shows them. */
export function cellPreview(cell: SheetCell | null | undefined, date1904 = false): string {
  if (!cell) return '';
  if (cell.date && typeof cell.v === 'number') return excelSerialToIso(cell.v, date1904) ?? cellAsText(cell);
  return typeof cell.v === 'number' && cell.text ? cell.text : cellAsText(cell);
}

/** Synonyms → vocabulary, compared without spaces. */
const GENDER: Record<string, string> = { 男: '男', 男性: '男', m: '男', male: '男', 女: '女', 女性: '女', f: '女', female: '女' };
const CATEGORY: Record<string, string> = {
  离: '离休', 离休: '离休', 离休干部: '离休', 离休人员: '离休', 离休老干部: '离休',
  退: '退休', 退休: '退休', 退休干部: '退休', 退休人员: '退休', 退休职工: '退休',
  遗属: '遗属', 遗孀: '遗属', 遗属人员: '遗属', 干部遗属: '遗属', 离休干部遗属: '遗属', 退休干部遗属: '遗属', 去世干部遗属: '遗属',
};
const POLITICAL: Record<string, string> = {
  中共党员: '中共党员', 党员: '中共党员', 共产党员: '中共党员', 中国共产党党员: '中共党员', 中共预备党员: '中共党员', 预备党员: '中共党员',
  民主党派: '民主党派', 无党派人士: '无党派人士', 无党派: '无党派人士', 无党派民主人士: '无党派人士', 群众: '群众', 无: '群众',
};
const DEMOCRATIC_PARTY = /^(民革|民盟|民建|民进|农工|致公|九三|台盟)/;
const HEALTH: Record<string, string> = {
  健康: '健康', 良好: '健康', 好: '健康', 身体健康: '健康', 较好: '健康',
  一般: '一般', 尚可: '一般', 较差: '长年有病',
  长年有病: '长年有病', 长期患病: '长年有病', 多病: '长年有病', 有病: '长年有病', 差: '长年有病', 慢性病: '长年有病', 常年有病: '长年有病',
  生活不能自理: '生活不能自理', 不能自理: '生活不能自理', 失能: '生活不能自理', 卧床: '生活不能自理', 长期卧床: '生活不能自理',
};
const DIFFICULTY_TYPE: Record<string, string> = {
  特困: '特困', 特困户: '特困', 重病: '重病', 大病: '重病', 低保: '低保', 低保户: '低保', 独居: '独居', 空巢: '独居', 失能: '失能', 其他: '其他',
};
const SPOUSE_STATUS: Record<string, string> = {
  健在: '健在', 在世: '健在', 已故: '已故', 去世: '已故', 已去世: '已故', 病故: '已故', 亡故: '已故', 离异: '离异', 离婚: '离异', 无: '无', 未婚: '无',
};
const YES = new Set(['是', '有', '√', '✓', '✔', 'y', 'yes', 'true', '是的', '1']);
const NO = new Set(['否', '无', '×', '✗', '✘', 'n', 'no', 'false', '没有', '0']);
const LIVING = new Set(['健在', '在世', '生存', '存活']);
const DECEASED = new Set(['已故', '去世', '已去世', '病故', '死亡', '逝世', '亡故']);

/** Finer grades → 职级. */
const RANK_PATTERNS: [RegExp, (typeof RANKS)[number]][] = [
  [/^(正|副)?(省|部|省部)级?$|^(正|副)(省|部)(长)?级$/, '省部级'],
  [/^(正|副)?(厅|局|司局|地厅|厅局)级?$|巡视员$/, '厅局级'],
  [/^(正|副)?(处|县|县处)级?$|调研员$/, '县处级'],
  [/^(正|副)?(科|乡|乡科)级?(及以下)?$|科员$|办事员$|^工勤|技术工$|普通工$/, '乡科级及以下'],
];

const squash = (s: string) => toHalfWidth(s).replace(/\s+/g, '').toLowerCase();
const fromTable = (table: Record<string, string>, text: string): string => table[squash(text)] ?? text;

/** Reads a cell for a field of kind `kind`; `date1904` is the workbook's date system. */
export function readCell(cell: SheetCell | null | undefined, kind: ValueKind, path: string, date1904 = false): CellReading {
  if (!cell) return EMPTY;
  const text = cellAsText(cell);
  if (text === '') return EMPTY;
  switch (kind) {
    case 'text':
    case 'phone':
    case 'recordId':
      return value(text);
    case 'date':
      return readDate(cell, text, date1904);
    case 'idNumber':
      return readIdNumber(cell, text, path);
    case 'gender':
      return value(fromTable(GENDER, text));
    case 'category':
      return value(readCategory(text));
    case 'political': {
      const known = POLITICAL[squash(text)];
      return value(known ?? (DEMOCRATIC_PARTY.test(squash(text)) ? '民主党派' : text));
    }
    case 'health':
      return value(fromTable(HEALTH, text));
    case 'difficultyType':
      return value(fromTable(DIFFICULTY_TYPE, text));
    case 'spouseStatus':
      return value(fromTable(SPOUSE_STATUS, text));
    case 'rank':
      return readRank(text);
    case 'bool':
      return readYesNo(text, path, false);
    case 'alive':
      return readYesNo(text, path, true);
    case 'phones':
      return value(splitPhones(text));
    case 'list':
      return value(splitItems(text));
    case 'needs':
      return value(splitItems(text).map((t) => ({ category: '其他', text: t })));
  }
}

function readCategory(text: string): string {
  const s = squash(text);
  if (CATEGORY[s]) return CATEGORY[s];
  return (CATEGORIES as readonly string[]).find((c) => s.startsWith(c)) ?? text;
}

function readRank(text: string): CellReading {
  const s = squash(text);
  if ((RANKS as readonly string[]).includes(s)) return value(s);
  const hit = RANK_PATTERNS.find(([p]) => p.test(s.replace(/^(一|二|三|四)级(主任)?/, '')));
  return hit ? { ok: true, value: hit[1], detail: text } : value(text);
}

function readYesNo(text: string, path: string, alive: boolean): CellReading {
  const s = squash(text);
  if (YES.has(s) || (alive && LIVING.has(s))) return value(true);
  if (NO.has(s) || (alive && DECEASED.has(s))) return value(false);
  return { ok: false, problem: { path, key: 'err_import_yes_no', subs: [text] } };
}

function readDate(cell: SheetCell, text: string, date1904: boolean): CellReading {
  if (typeof cell.v === 'number') {
    const v = cell.v;
    const serialDay = () => {
      const iso = excelSerialToIso(v, date1904);
      return iso ? value(iso) : value(text);
    };
    if (cell.date) return serialDay();
    // 19300412 typed as a number
    if (Number.isInteger(v) && v >= 18_000_101 && v <= 22_001_231) return readDateText(String(v));
    // 1930.04 typed as a number: what Excel shows keeps the month's zero
    if (!Number.isInteger(v) && cell.text) return readDateText(cell.text);
    if (Number.isInteger(v) && v >= PLAUSIBLE_SERIAL.min && v <= PLAUSIBLE_SERIAL.max) return serialDay();
  }
  return readDateText(text);
}

function readDateText(text: string): CellReading {
  const day = parseChineseDate(text);
  if (day) return value(day);
  const month = parseChineseMonth(text);
  if (month) return { ok: true, value: `${month}-01`, monthOnly: true };
  return value(text);
}

/**
 * An ID number Excel stored as a number has lost its last digits (a double holds 15 to 16
 * digits, an ID number has 18); a 15-digit legacy number survives.
 */
function readIdNumber(cell: SheetCell, text: string, path: string): CellReading {
  if (typeof cell.v === 'number' && (!Number.isSafeInteger(cell.v) || cell.v >= 1e17))
    return { ok: false, problem: { path, key: 'err_import_id_as_number' } };
  return value(toHalfWidth(text).replace(/^'/, '').replace(/\s+/g, '').toUpperCase());
}

/** Phone numbers of one cell: separated by 、,，;；/ or line breaks (spaces may sit inside a number). */
export function splitPhones(text: string): string[] {
  return text
    .split(/[、,，;；/／\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** List items of one cell (爱好, 疾病, 标签): the editor's separators. */
export function splitItems(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
