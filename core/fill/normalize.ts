/**
 * Label normalisation: the text an OA shows next to a field, reduced to what the lexicon matches.
 * Red asterisks, colons, full-width and non-breaking spaces, enumerators, notes such as （必填）
 * and unit suffixes such as （元） are removed; the unit is kept apart because it tells how to
 * write the value.
 */

export interface NormalizedLabel {
  /** lower-case, no spaces between Chinese characters, no markers or notes */
  text: string;
  /** a unit found in the label, e.g. 元 from 慰问金额（元） */
  unit?: string;
  /** the label carried a required marker (*, ※) or a 必填 note */
  required: boolean;
}

const REQUIRED_MARKS = /[*※✱✳⁎∗﹡★]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** Units written in labels or after fields. */
export const UNIT_PATTERN =
  /^(?:单位[:：]?)?(人民币元|万元|千元|元|角|分|天|日|张|人|次|岁|周岁|个|份|件|台|%|公里|千米|km|小时|月|年|平方米|㎡)$/i;

/** Bracket contents that are notes for the person, not part of the meaning. */
const NOTE_PATTERN =
  /^(?:必填|必输|必选|必须填写|全称|简称|选填|可选|非必填|可不填|不填|如有|若有|如无可不填|没有可不填|自动生成|自动计算|系统生成|只读|可多选|多选|单选|下拉选择|手工填写|\d+\s*位|(?:限|不超过|最多)\s*\d+\s*字.*|(?:注|例|如|比如|格式|示例|说明|请|e\.g\.?)[:：\s].*|(?:注|例|如|格式|示例)\S*)$/i;

/** A list of the choices, such as （离休/退休） or （厅、处、科）. */
const CHOICES_NOTE = /^[^/、|]{1,8}(?:[/、|][^/、|]{1,8})+$/;

/** A date-format note such as (yyyy-mm-dd) or （年-月-日）. */
const FORMAT_NOTE = /^[ymdhs\-/.:年月日时分秒\s]+$/i;

const BRACKETS = /[([【〔〈{]\s*([^()[\]【】〔〕〈〉{}]*?)\s*[)\]】〕〉}]/g;

/** Leading enumerators: 1. 1、 (一) 一、 ① */
const ENUMERATOR = /^\s*(?:\(?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)、.．]|\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\)|[①-⑳])\s*/;

/** Words with which placeholders and hints start: 请输入姓名 → 姓名. */
const PROMPT_PREFIX = /^(?:请(?:输入|填写|选择|录入|填入|输|填|选)|输入|选择)(?:您的|你的|本人)?\s*/;

/** Placeholders often go on with an example: 请输入手机号，例：138…  → cut at the example. */
const EXAMPLE_TAIL = /[,，;；]\s*(?:例|如|比如|格式|示例|e\.g).*$/i;

const CJK_OR_PUNCT = '\\u2e80-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f()[\\]/';
const SPACE_NEAR_CJK = new RegExp(`\\s+(?=[${CJK_OR_PUNCT}])|(?<=[${CJK_OR_PUNCT}])\\s+`, 'g');

/**
 * Folds full-width ASCII (Ａ１：（）＊) to ASCII and every kind of space (ideographic, nbsp)
 * to a plain space; removes zero-width characters.
 */
export function foldWidth(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Normalises a label as found in the page (see the file comment). Pure and cheap: it runs for
 * every label of every field.
 */
export function normalizeLabel(raw: string): NormalizedLabel {
  let s = foldWidth(raw).replace(/\s+/g, ' ').trim();
  let required = false;
  let unit: string | undefined;

  if (REQUIRED_MARKS.test(s)) required = true;
  s = s.replace(REQUIRED_MARKS, ' ').trim();
  s = s.replace(ENUMERATOR, '');
  s = s.replace(EXAMPLE_TAIL, '');

  s = s.replace(BRACKETS, (_whole, inner: string) => {
    const c = inner.trim();
    const u = UNIT_PATTERN.exec(c);
    if (u) {
      unit = u[1];
      return ' ';
    }
    if (/必填|必输|必选/.test(c)) required = true;
    if (c === '' || NOTE_PATTERN.test(c) || FORMAT_NOTE.test(c) || CHOICES_NOTE.test(c)) return ' ';
    return ` ${c} `;
  });

  // "金额/元", "金额 单位:元", "天数：天"
  const tailUnit = /(?:[/:]|单位[:：]?)\s*(人民币元|万元|元|天|张|人|次|岁)\s*$/.exec(s);
  if (tailUnit) {
    unit = tailUnit[1];
    s = s.slice(0, tailUnit.index);
  }

  s = s
    .replace(/[:;,，、。.．!?？！"'“”‘’`~|¥￥$]+/g, ' ')
    .replace(/^[-–—_=#>\s]+|[-–—_=#>\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .replace(SPACE_NEAR_CJK, '')
    .trim()
    .replace(PROMPT_PREFIX, '')
    .toLowerCase();
  if (/^必填$/.test(s)) s = '';
  return unit === undefined ? { text: s, required } : { text: s, unit, required };
}

/** The normalised text of a label, for matching and comparison. */
export function labelKey(raw: string): string {
  return normalizeLabel(raw).text;
}

/** A label that carries no meaning: empty, only digits (序号 cells) or only punctuation. */
export function isMeaninglessLabel(text: string): boolean {
  return text === '' || /^[\d\s#.]+$/.test(text) || /^(?:序号|no|#)$/i.test(text);
}

/**
 * Splits a name or id into lower-case tokens for attribute matching:
 * `cadreName` → cadre, name; `field_lable6012` → field, lable; `extendDataFormInfo.value(fd_xm)` → …, fd, xm.
 */
export function identifierTokens(id: string): string[] {
  return id
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((t) => t.length > 0);
}
