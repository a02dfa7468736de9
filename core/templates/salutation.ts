/**
 * 称谓: how a letter or a reason text addresses a retired cadre. The custom is the surname and 老
 * (张老, 欧阳老); a name with a middle dot (阿依古丽·买买提) has no surname to take, so the full
 * name and 同志 are used.
 */

/** Two-character surnames common enough to meet in a ledger. */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '诸葛', '上官', '司徒', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文',
  '夏侯', '轩辕', '令狐', '端木', '西门', '独孤', '南宫', '万俟', '闻人', '澹台', '申屠', '钟离',
  '太史', '呼延', '赫连', '司空', '濮阳', '公羊', '淳于', '单于', '拓跋', '百里', '东郭', '南门',
]);

/** The surname of a Chinese name, or undefined for a name with a middle dot or an empty one. */
export function surnameOf(name: string): string | undefined {
  const n = name.trim();
  if (n === '' || /[·•・]/.test(n)) return undefined;
  const two = n.slice(0, 2);
  if (n.length > 2 && COMPOUND_SURNAMES.has(two)) return two;
  return n.slice(0, 1);
}

/** The default 称谓: 张老, or 阿依古丽·买买提同志. */
export function defaultSalutation(name: string): string {
  const surname = surnameOf(name);
  return surname ? `${surname}老` : `${name.trim()}同志`;
}
