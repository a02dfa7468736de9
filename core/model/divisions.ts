/**
 * China's administrative divisions as addresses and forms write them: 湖北省武汉市武昌区…, a
 * cascader's 湖北省 / 武汉市 / 武昌区. Only the shape of the names is known here (their
 * suffixes), no list of places: the options a form offers are the list.
 */

/** The suffixes a division's name ends with, longest first (湖北省, 恩施土家族苗族自治州, 朝阳区). */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '街道', '省', '市', '区', '县', '旗', '盟', '镇', '乡'] as const;

/** A name without its division suffix (湖北省 → 湖北), or null when nothing of two characters or more is left. */
export function divisionCore(name: string): string | null {
  const suffix = SUFFIXES.find((x) => name.endsWith(x));
  return suffix && Array.from(name).length - Array.from(suffix).length >= 2 ? name.slice(0, -suffix.length) : null;
}

/** One leading division of an address: up to nine characters of name, then a suffix a region uses. */
const LEADING_DIVISION = /^(.{1,9}?)(特别行政区|自治区|自治州|自治县|自治旗|省|市|地区|盟|区|县|旗)/u;
/** Words of a street address: a part holding one is past the divisions (中北路小区 is not a 区). */
const STREET_WORD = /[路街道巷弄号村组栋楼室\d]|小区|大道|社区|花园|公寓|大厦/u;

/**
 * The region an address starts with, its province, city and district as written
 * (武汉市武昌区中北路1号 → 武汉市武昌区); undefined when it starts with none.
 */
export function regionOfAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  let rest = address.normalize('NFKC').replace(/\s+/g, '');
  let region = '';
  for (let level = 0; level < 3; level++) {
    const m = LEADING_DIVISION.exec(rest);
    if (!m || STREET_WORD.test(m[1]!)) break;
    region += m[0];
    rest = rest.slice(m[0].length);
  }
  return region === '' ? undefined : region;
}
