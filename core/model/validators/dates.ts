/**
 * Calendar dates as the office writes them. A date is stored as `YYYY-MM-DD` (a calendar day,
 * no time zone); "today" is always the day in Asia/Shanghai, whatever the machine's zone.
 */

export const OFFICE_TIME_ZONE = 'Asia/Shanghai';

/** `YYYY-MM-DD` */
export type IsoDate = string;

/** `YYYY-MM`, for month-level fields (e.g. 离退休年月). */
export type IsoMonth = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Full-width digits, letters and punctuation (０-９, Ｘ, －, ／, （）…) and the ideographic space as
 * their ASCII twins: a Chinese IME often types them into ledgers. Shared by the validators.
 */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True when y-m-d is a day of the Gregorian calendar (years 1800–2200, the range a ledger needs). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** Days in month m (1–12) of year y, by the Gregorian rule (no Date: Date.UTC maps years 0–99 to 19xx). */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` from numbers (not checked: see `isRealDate`). */
export function toIsoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True for a `YYYY-MM-DD` string naming a real day. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Split a valid ISO date into numbers. */
export function dateParts(iso: IsoDate): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** Spaces go, full-width characters become ASCII. */
function compactDateText(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '');
}

/**
 * Parses the date spellings found in Chinese ledgers and OA forms:
 * `2024-01-05`, `2024/1/5`, `2024.1.5` (one separator throughout), `2024年1月5日` (日 or 号, spaces
 * allowed), `20240105`, and their full-width forms. Returns null for anything else or for a day
 * that does not exist (2024年2月30日).
 */
export function parseChineseDate(input: string): IsoDate | null {
  const parts = dateNumbers(compactDateText(input));
  if (!parts) return null;
  const [y, mo, d] = parts.map(Number) as [number, number, number];
  return isRealDate(y, mo, d) ? toIsoDate(y, mo, d) : null;
}

/** Year, month and day digits of one of the accepted spellings, unchecked. */
function dateNumbers(s: string): [string, string, string] | null {
  const separated = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (separated) return [separated[1]!, separated[3]!, separated[4]!];
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return m ? [m[1]!, m[2]!, m[3]!] : null;
}

/**
 * Parses a month-level value (`2024年1月`, `2024-01`, `2024/1`, `2024.1`) to `YYYY-MM`, or null.
 */
export function parseChineseMonth(input: string): IsoMonth | null {
  const s = compactDateText(input);
  const m = /^(\d{4})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月份?$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  return isRealDate(y, mo, 1) ? toIsoDate(y, mo, 1).slice(0, 7) : null;
}

const SHANGHAI_DAY = new Intl.DateTimeFormat('en-US', {
  timeZone: OFFICE_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

let cachedDay: { minute: number; day: IsoDate } | undefined;

/**
 * The calendar day in Asia/Shanghai at the given instant (default: now). "Now" is cached per
 * minute: schemas ask for it for every date field, and formatting costs microseconds each.
 */
export function todayInShanghai(now?: Date): IsoDate {
  if (now) return shanghaiDay(now);
  const minute = Math.floor(Date.now() / 60_000);
  if (cachedDay?.minute !== minute) cachedDay = { minute, day: shanghaiDay(new Date(minute * 60_000)) };
  return cachedDay.day;
}

function shanghaiDay(now: Date): IsoDate {
  // formatToParts, not format(): the layout of a formatted date differs between ICU versions.
  const parts = SHANGHAI_DAY.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return toIsoDate(part('year'), part('month'), part('day'));
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

/** The calendar day `days` after (or before, if negative) the given one. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const { y, m, d } = dateParts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return toIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
