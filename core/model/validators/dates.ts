/**
 * Calendar dates as the office writes them. A date is stored as `YYYY-MM-DD` (a calendar day,
 * no time zone); "today" is always the day in Asia/Shanghai, whatever the machine's zone.
 */

export const OFFICE_TIME_ZONE = 'Asia/Shanghai';

/** `YYYY-MM-DD` */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function toIsoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Split a valid ISO date into numbers. */
export function dateParts(iso: IsoDate): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/**
 * Parses the date spellings found in Chinese ledgers and OA forms:
 * `2024-01-05`, `2024/1/5`, `2024.1.5`, `2024年1月5日` (spaces allowed), `20240105`.
 * Returns null for anything else or for a day that does not exist (2024年2月30日).
 */
export function parseChineseDate(input: string): IsoDate | null {
  const s = input.trim().replace(/\s+/g, '');
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(s) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isRealDate(y, mo, d) ? toIsoDate(y, mo, d) : null;
}

/** The calendar day in Asia/Shanghai at the given instant (default: now). */
export function todayInShanghai(now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: OFFICE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `2024年1月5日` */
export function formatChineseDate(iso: IsoDate): string {
  const { y, m, d } = dateParts(iso);
  return `${y}年${m}月${d}日`;
}

/** Whole years between birth and on (周岁). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const b = dateParts(birth);
  const o = dateParts(on);
  let age = o.y - b.y;
  if (o.m < b.m || (o.m === b.m && o.d < b.d)) age -= 1;
  return age;
}

/** Days from a to b (b - a), both calendar days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = dateParts(a);
  const pb = dateParts(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const { y, m, d } = dateParts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return toIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
