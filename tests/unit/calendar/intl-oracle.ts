/**
 * An independent oracle for lunar dates: the Chinese calendar of the ICU data in Node's Intl.
 * Tests compare tyme4ts (what the code uses) with it, so neither is trusted alone.
 */
const format = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

const MONTHS = ['正月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '冬月', '腊月'];
const ALT_MONTHS: Record<string, number> = { 十一月: 11, 十二月: 12 };

export function intlLunar(iso: string): { year: number; month: number; day: number; leap: boolean } {
  const parts = format.formatToParts(new Date(`${iso}T00:00:00Z`));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const rawMonth = get('month');
  const leap = rawMonth.startsWith('闰');
  const name = leap ? rawMonth.slice(1) : rawMonth;
  const month = MONTHS.indexOf(name) + 1 || ALT_MONTHS[name] || Number(name);
  return { year: Number(get('relatedYear')), month, day: Number(get('day')), leap };
}

/**
 * Lunar months, 1900-2100, where ICU's approximate astronomy differs from the official calendar
 * that tyme4ts follows: new moons within minutes of Beijing midnight (2012-08-17, 2027-02-06,
 * 2030-02-03 ...) and leap-month placements before 1929. [first solar day, length in days].
 */
const ICU_DEVIATIONS: Array<[string, number]> = [
  ['1917-03-23', 59],
  ['1922-06-25', 59],
  ['1954-02-03', 30],
  ['1955-02-22', 30],
  ['1987-07-26', 59],
  ['1999-01-17', 30],
  ['2012-08-17', 30],
  ['2018-11-07', 30],
  ['2027-02-06', 30],
  ['2030-02-02', 30],
  ['2070-03-12', 30],
];

export function isKnownIcuDeviation(iso: string): boolean {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return ICU_DEVIATIONS.some(([start, days]) => {
    const s = Date.parse(`${start}T00:00:00Z`);
    return t >= s && t < s + days * 86_400_000;
  });
}
