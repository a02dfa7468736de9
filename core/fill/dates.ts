import { dateParts, isIsoDate, type IsoDate } from '../model/validators/dates';
import { foldWidth } from './normalize';

/**
 * Date formats: find the format a date field expects (declared by the page, shown by a value it
 * already holds, or hinted by its placeholder) and write an ISO date in it. Formats use the
 * tokens of My97 / Element UI: yyyy, MM, M, dd, d, HH, mm, ss.
 */

export const DEFAULT_DATE_FORMAT = 'yyyy-MM-dd';

export interface DateFieldHints {
  /** declared format: My97 dateFmt, date_format, Seeyon/O2OA ifFormat (%Y-%m-%d), data-format */
  formatHint?: string;
  /** the value the field holds now */
  value?: string;
  placeholder?: string;
  /** the input's type attribute: type=date always takes yyyy-MM-dd */
  inputType?: string;
}

const STRFTIME: Record<string, string> = { Y: 'yyyy', y: 'yy', m: 'MM', d: 'dd', e: 'd', H: 'HH', M: 'mm', S: 'ss' };

/**
 * Turns a declared format into our tokens: strftime (%Y-%m-%d), moment/dayjs (YYYY-MM-DD, DD)
 * and My97/Element (yyyy-MM-dd) all become yyyy-MM-dd. Returns null for something that is not a
 * date format.
 */
export function canonicalFormat(declared: string): string | null {
  let f = foldWidth(declared).trim();
  if (f === '') return null;
  if (f.includes('%')) f = f.replace(/%([YymdeHMS])/g, (_m, c: string) => STRFTIME[c] ?? '');
  else f = f.replace(/Y/g, 'y').replace(/D/g, 'd').replace(/h/g, 'H');
  if (!/y{2,4}/.test(f) || !/M/.test(f)) return null;
  return f;
}

/** Infers a format from a date written in it: 2024-1-5 → yyyy-M-d, 2024年01月05日 → yyyy年MM月dd日. */
export function formatOfExample(example: string): string | null {
  const s = foldWidth(example).trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return 'yyyyMMdd';
  const m = /^(\d{4})(\s*[-/.年]\s*)(\d{1,2})(\s*[-/.月]\s*)(\d{1,2})(\s*日?)(?:(\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  const [, , sep1, mo, sep2, d, tail, sp, , , sec] = m;
  let f = `yyyy${sep1}${mo!.length === 2 ? 'MM' : 'M'}${sep2}${d!.length === 2 ? 'dd' : 'd'}${tail}`;
  if (sp !== undefined) f += `${sp}HH:mm${sec !== undefined ? ':ss' : ''}`;
  return f;
}

/** A placeholder written as a format (yyyy-mm-dd, YYYY/MM/DD, 年-月-日) or as an example date. */
function formatOfPlaceholder(placeholder: string): string | null {
  const s = foldWidth(placeholder).trim().replace(/^(?:例|如|格式|示例)[:：]?\s*/, '');
  const asExample = formatOfExample(s);
  if (asExample) return asExample;
  const tokens = /([yY]{4})([^a-zA-Z0-9]*)([mM]{1,2})([^a-zA-Z0-9]*)([dD]{1,2})([^a-zA-Z0-9]*)/.exec(s);
  if (tokens) {
    const [, , s1, mo, s2, d, s3] = tokens;
    return `yyyy${s1}${mo!.length === 2 ? 'MM' : 'M'}${s2}${d!.length === 2 ? 'dd' : 'd'}${s3}`.trim();
  }
  if (/^年\s*[-/]\s*月\s*[-/]\s*日$/.test(s)) return `yyyy${s.includes('/') ? '/' : '-'}MM${s.includes('/') ? '/' : '-'}dd`;
  return null;
}

/**
 * The format a date field expects: a declared format first, then type=date, then the way its
 * current value is written, then its placeholder; otherwise yyyy-MM-dd.
 */
export function detectDateFormat(hints: DateFieldHints): string {
  if (hints.formatHint) {
    const declared = canonicalFormat(hints.formatHint);
    if (declared) return declared;
  }
  if (hints.inputType === 'date') return DEFAULT_DATE_FORMAT;
  if (hints.inputType === 'datetime-local') return "yyyy-MM-dd'T'HH:mm";
  if (hints.inputType === 'month') return 'yyyy-MM';
  if (hints.value) {
    const f = formatOfExample(hints.value);
    if (f) return f;
  }
  if (hints.placeholder) {
    const f = formatOfPlaceholder(hints.placeholder);
    if (f) return f;
  }
  return DEFAULT_DATE_FORMAT;
}

/**
 * Writes an ISO date (YYYY-MM-DD) in a format; time tokens are written as 00. Text in single
 * quotes is copied as is ('T'). Throws on an invalid ISO date: callers pass validated dates.
 */
export function formatDate(iso: IsoDate, format: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  const { y, m, d } = dateParts(iso);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return format.replace(/'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|mm|ss/g, (tok, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted;
    switch (tok) {
      case 'yyyy':
        return pad(y, 4);
      case 'yy':
        return pad(y % 100, 2);
      case 'MM':
        return pad(m, 2);
      case 'M':
        return String(m);
      case 'dd':
        return pad(d, 2);
      case 'd':
        return String(d);
      case 'H':
        return '0';
      default:
        return '00';
    }
  });
}
