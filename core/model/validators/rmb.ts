/**
 * 人民币大写金额: amounts in capital numerals, as written on approval forms and expense claims.
 *
 * Rules (《会计基础工作规范》第五十二条, 《支付结算办法》):
 * - digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿, 元 (or 圆), 角, 分; never 一二三, 十百千, 〇, 两, 另, 毛;
 * - a zero inside the number is written 零, a run of zeros as one 零; trailing zeros are not written;
 * - where the 元 (万, 亿) digit is 0 and the next lower digit is not, the 零 may be written or not;
 * - 整 (or 正) after 元, and optionally after 角; never after 分; an optional 人民币 prefix, no gap.
 *
 * The validator never compares strings: it parses the text to an integer number of 分 and compares
 * numbers, so every legal variant of the same amount matches.
 */

/** i18n keys (public/_locales) for text that is not a legal 大写 amount. */
export type RmbUpperError =
  | 'err_required'
  | 'err_rmb_format'
  | 'err_rmb_forbidden_char'
  | 'err_rmb_order'
  | 'err_rmb_zero'
  | 'err_rmb_zheng_after_fen'
  | 'err_rmb_too_large';

/** i18n keys for style findings: the amount reads, but the writing breaks a rule or a habit. */
export type RmbUpperWarning =
  | 'warn_rmb_forbidden_char'
  | 'warn_rmb_space'
  | 'warn_rmb_missing_prefix'
  | 'warn_rmb_missing_zheng'
  | 'warn_rmb_zheng_after_fen'
  | 'warn_rmb_bare_shi'
  | 'warn_rmb_leading_zero';

export type RmbUpperParse = { fen: number } | { error: RmbUpperError };

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const PREFIX = '人民币';
/** Colloquial characters that a 大写 amount must not contain (they are easy to alter). */
const FORBIDDEN = /[一二三四五六七八九十百千〇○两另毛块]/;
/** The largest whole-yuan part whose amount in 分 is still an exact JavaScript integer. */
const MAX_YUAN = Math.floor((Number.MAX_SAFE_INTEGER - 99) / 100);

type Token =
  | { kind: 'digit'; value: number }
  | { kind: 'unit'; place: number } // 拾 1, 佰 2, 仟 3, 万 4, 亿 8
  | { kind: 'yuan' | 'jiao' | 'fen' | 'zheng' };

const TOKENS: Record<string, Token> = {
  拾: { kind: 'unit', place: 1 },
  佰: { kind: 'unit', place: 2 },
  仟: { kind: 'unit', place: 3 },
  万: { kind: 'unit', place: 4 },
  亿: { kind: 'unit', place: 8 },
  元: { kind: 'yuan' },
  圆: { kind: 'yuan' },
  角: { kind: 'jiao' },
  分: { kind: 'fen' },
  整: { kind: 'zheng' },
  正: { kind: 'zheng' },
};
for (const [value, char] of [...DIGITS].entries()) TOKENS[char] = { kind: 'digit', value };

/** What the parser saw besides the value; the linter reports on it. */
interface Reading {
  fen: number;
  endsAtYuan: boolean;
  hasZheng: boolean;
  bareShi: boolean;
  leadingZeroYuan: boolean;
}

class RmbSyntaxError extends Error {
  constructor(readonly key: RmbUpperError) {
    super(key);
  }
}

function fail(key: RmbUpperError): never {
  throw new RmbSyntaxError(key);
}

const isZero = (t: Token | undefined) => t?.kind === 'digit' && t.value === 0;
const isSmallUnit = (t: Token | undefined): t is { kind: 'unit'; place: number } => t?.kind === 'unit' && t.place < 4;

/**
 * Parses a 大写 amount (`人民币壹仟零肆元伍角陆分`, `贰拾万零陆仟圆整`, `伍角`) to a whole number of 分.
 * Both legal spellings of an optional 零 and of 整 after 角 are accepted; 一二三, 十百千, 〇, 两, 另,
 * 毛, 整 after 分, a missing or doubled 零 and units out of order are refused with an i18n key.
 */
export function parseRmbUpper(text: string): RmbUpperParse {
  const r = read(text);
  return 'error' in r ? r : { fen: r.fen };
}

function read(text: string): Reading | { error: RmbUpperError } {
  try {
    return readOrThrow(text);
  } catch (e) {
    if (e instanceof RmbSyntaxError) return { error: e.key };
    throw e;
  }
}

function readOrThrow(text: string): Reading {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') fail('err_required');
  if (FORBIDDEN.test(compact)) fail('err_rmb_forbidden_char');
  const body = compact.startsWith(PREFIX) ? compact.slice(PREFIX.length) : compact;
  const tokens = [...body].map((c) => TOKENS[c] ?? fail('err_rmb_format'));

  const hasZheng = tokens.at(-1)?.kind === 'zheng';
  if (hasZheng) tokens.pop();
  if (tokens.some((t) => t.kind === 'zheng')) fail('err_rmb_format');
  if (hasZheng && tokens.at(-1)?.kind === 'fen') fail('err_rmb_zheng_after_fen');

  const yuanAt = tokens.findIndex((t) => t.kind === 'yuan');
  if (yuanAt !== tokens.findLastIndex((t) => t.kind === 'yuan')) fail('err_rmb_order');
  const ctx = { bareShi: false };
  let yuan: number | null = null;
  let zeroYuanWritten = false;
  if (yuanAt >= 0) {
    const whole = tokens.slice(0, yuanAt);
    if (whole.length === 0) fail('err_rmb_format');
    zeroYuanWritten = whole.length === 1 && isZero(whole[0]);
    yuan = zeroYuanWritten ? 0 : readWhole(whole, ctx);
    if (yuan > MAX_YUAN) fail('err_rmb_too_large');
  }
  const fraction = readFraction(yuanAt >= 0 ? tokens.slice(yuanAt + 1) : tokens, yuan, zeroYuanWritten);
  if (yuan === null && fraction.empty) fail('err_rmb_format');
  return {
    fen: (yuan ?? 0) * 100 + fraction.fen,
    endsAtYuan: fraction.empty,
    hasZheng,
    bareShi: ctx.bareShi,
    leadingZeroYuan: zeroYuanWritten && !fraction.empty,
  };
}

/** The whole-yuan part: `[W 亿] W`, W being `[S 万] S`, S a section below 10 000. */
function readWhole(tokens: Token[], ctx: { bareShi: boolean }): number {
  const yi = splitAt(tokens, 8);
  if (!yi) return readWan(tokens, ctx, true);
  const high = readWan(yi.high, ctx, true);
  return high * 1e8 + readLowPart(high, yi.low, 8, (t) => readWan(t, ctx, false));
}

function readWan(tokens: Token[], ctx: { bareShi: boolean }, atStart: boolean): number {
  const wan = splitAt(tokens, 4);
  if (!wan) return readSection(tokens, ctx, atStart);
  const high = readSection(wan.high, ctx, atStart);
  return high * 1e4 + readLowPart(high, wan.low, 4, (t) => readSection(t, ctx, false));
}

/** Splits at the one 万 (place 4) or 亿 (place 8); a second one is out of order. */
function splitAt(tokens: Token[], place: number): { high: Token[]; low: Token[] } | null {
  const at = tokens.findIndex((t) => t.kind === 'unit' && t.place === place);
  if (at < 0) return null;
  if (tokens.slice(at + 1).some((t) => t.kind === 'unit' && t.place === place)) fail('err_rmb_order');
  if (at === 0) fail('err_rmb_order');
  return { high: tokens.slice(0, at), low: tokens.slice(at + 1) };
}

/**
 * The part after 万 or 亿 (worth less than 10^place). When its top digit is missing, one 零 must
 * stand first (壹万零伍佰). When the top digit is there, 零 may stand only if the digit before
 * the 万/亿 is 0 (贰拾万零陆仟 = 贰拾万陆仟; 壹万零伍仟 is wrong).
 */
function readLowPart(high: number, tokens: Token[], place: number, readLow: (t: Token[]) => number): number {
  if (tokens.length === 0) return 0;
  const zero = isZero(tokens[0]);
  const rest = zero ? tokens.slice(1) : tokens;
  if (zero && (rest.length === 0 || isZero(rest[0]))) fail('err_rmb_zero');
  const low = readLow(rest);
  const topDigitPresent = low >= 10 ** (place - 1);
  if (topDigitPresent ? zero && high % 10 !== 0 : !zero) fail('err_rmb_zero');
  return low;
}

/**
 * A section below 10 000: digit-unit pairs with falling units, the ones digit bare, one 零 for
 * each gap inside. A bare 拾 (拾伍 for 壹拾伍) is read only at the very start of the amount.
 */
function readSection(tokens: Token[], ctx: { bareShi: boolean }, atStart: boolean): number {
  let value = 0;
  let lastPlace = 4;
  let pendingZero = false;
  let seen = false;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t.kind === 'unit' && t.place === 1 && atStart && i === 0) {
      ctx.bareShi = true;
      value = 10;
      lastPlace = 1;
      seen = true;
      i += 1;
      continue;
    }
    if (t.kind !== 'digit') return fail('err_rmb_order');
    if (t.value === 0) {
      if (!seen || pendingZero) fail('err_rmb_zero');
      pendingZero = true;
      i += 1;
      continue;
    }
    const next = tokens[i + 1];
    if (next !== undefined && !isSmallUnit(next)) fail(isZero(next) ? 'err_rmb_zero' : 'err_rmb_order');
    const place = next === undefined ? 0 : next.place;
    if (place >= lastPlace) fail('err_rmb_order');
    const gap = lastPlace - place - 1;
    if (seen && (gap > 0) !== pendingZero) fail('err_rmb_zero');
    value += t.value * 10 ** place;
    lastPlace = place;
    pendingZero = false;
    seen = true;
    i += next === undefined ? 1 : 2;
  }
  if (!seen) fail('err_rmb_order');
  if (pendingZero) fail('err_rmb_zero');
  return value;
}

/**
 * 角 and 分 after 元 (or alone, below one yuan). 零 before 角 is optional when the 元 digit is 0;
 * 零 before 分 is required when 角 is 0 and there are yuan (壹元零伍分); after a written 零元 either.
 */
function readFraction(tokens: Token[], yuan: number | null, zeroYuanWritten: boolean): { fen: number; empty: boolean } {
  let i = 0;
  const leadingZero = isZero(tokens[0]);
  if (leadingZero) i += 1;
  const afterZero = tokens[i]?.kind;
  if (leadingZero && (afterZero === 'jiao' || afterZero === 'fen')) fail('err_rmb_zero'); // 零角, 零分
  const take = (kind: 'jiao' | 'fen'): number => {
    const d = tokens[i];
    if (d?.kind !== 'digit' || tokens[i + 1]?.kind !== kind) return 0;
    if (d.value === 0) fail('err_rmb_zero'); // 零角, 零分
    i += 2;
    return d.value;
  };
  const jiao = take('jiao');
  const fen = take('fen');
  if (i < tokens.length) {
    const left = tokens[i];
    if (isZero(left)) fail('err_rmb_zero');
    // Digits and units with no 元 at all (壹佰, 壹元伍) are not an amount.
    fail(yuan === null && jiao === 0 && fen === 0 ? 'err_rmb_format' : 'err_rmb_order');
  }
  const empty = jiao === 0 && fen === 0;
  if (leadingZero && !zeroYuanWritten) {
    const allowed = yuan !== null && yuan > 0 && (jiao > 0 ? yuan % 10 === 0 : !empty);
    if (!allowed) fail('err_rmb_zero');
  }
  if (!leadingZero && !zeroYuanWritten && yuan !== null && yuan > 0 && jiao === 0 && fen > 0) fail('err_rmb_zero');
  if (leadingZero && empty) fail('err_rmb_zero');
  return { fen: jiao * 10 + fen, empty };
}

/**
 * The canonical 大写 of a whole number of 分: 100 → `壹元整`, 50 → `伍角整`, 42 503 →
 * `肆佰贰拾伍元零叁分`, 20 600 075 → `贰拾万陆仟元柒角伍分`. Where 零 is optional it is left out, and
 * 整 follows 角, so the text satisfies both 《会计基础工作规范》 and 《支付结算办法》. Throws a
 * RangeError for a negative or non-integer amount.
 */
export function fenToRmbUpper(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
  if (fen === 0) return '零元整';
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let out = yuan > 0 ? `${writeWhole(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  return cents > 0 ? `${out}${DIGITS[cents]}分` : `${out}整`;
}

function writeWhole(n: number): string {
  if (n < 1e8) return writeWan(n);
  return `${writeWan(Math.floor(n / 1e8))}亿${writeLowPart(n % 1e8, 8, writeWan)}`;
}

function writeWan(n: number): string {
  if (n < 1e4) return writeSection(n);
  return `${writeSection(Math.floor(n / 1e4))}万${writeLowPart(n % 1e4, 4, writeSection)}`;
}

function writeLowPart(low: number, place: number, write: (n: number) => string): string {
  if (low === 0) return '';
  return (low < 10 ** (place - 1) ? '零' : '') + write(low);
}

function writeSection(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    out += DIGITS[d]! + SMALL_UNITS[place]!;
    pendingZero = false;
  }
  return out;
}

/*
 * Why not nzh's toMoney: it works on the float and truncates below a fen (1.005 → 壹元, with no
 * 整), and it writes no 整 after 角 by default. Writing from integer 分 with the parser's own tables
 * keeps generation and parsing one definition; the tests use nzh as an independent oracle.
 */

/** The canonical 大写 of an amount in yuan (rounded half up to the fen, see `yuanToFen`). */
export function toRmbUpper(amountYuan: number): string {
  return fenToRmbUpper(yuanToFen(amountYuan));
}

/**
 * True when the 大写 text is a legal spelling of the amount in yuan. An amount with a part below
 * one fen (1.005) matches nothing; float noise (0.1 + 0.2) is tolerated.
 */
export function rmbUpperMatches(upper: string, amountYuan: number): boolean {
  if (!Number.isFinite(amountYuan) || amountYuan < 0) return false;
  const parsed = parseRmbUpper(upper);
  if ('error' in parsed) return false;
  const fen = yuanToFen(amountYuan);
  return parsed.fen === fen && Math.abs(fenToYuan(fen) - amountYuan) < FLOAT_NOISE_YUAN;
}

/** Differences below this are float noise, not money (the same bound as the `money` field). */
const FLOAT_NOISE_YUAN = 1e-6;

/**
 * Yuan to whole 分 without floating-point drift: the decimal the number prints as (its shortest
 * round-trip form, i.e. what was typed) is shifted two places, then rounded half away from zero.
 * `yuanToFen(1.005)` is 101 where `Math.round(1.005 * 100)` gives 100; 0.1 + 0.2 gives 30.
 * Throws a RangeError for a non-finite number or one beyond exact integers in fen.
 */
export function yuanToFen(amountYuan: number): number {
  if (!Number.isFinite(amountYuan)) throw new RangeError(`not an amount: ${amountYuan}`);
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(amountYuan)));
  if (!m) throw new RangeError(`not an amount: ${amountYuan}`);
  const digits = `${m[1]}${m[2] ?? ''}`;
  // Where the decimal point falls in `digits`, after moving it two places right (yuan → fen).
  const point = m[1]!.length + Number(m[3] ?? 0) + 2;
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const firstDropped = point < 0 ? '0' : (digits[point] ?? '0');
  const fen = Number(whole) + (firstDropped >= '5' ? 1 : 0);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount too large: ${amountYuan}`);
  return amountYuan < 0 && fen !== 0 ? -fen : fen;
}

/**
 * Whole 分 to yuan. An integer divided by 100 is the double nearest the decimal, so
 * `String(fenToYuan(12345))` is `'123.45'`. Throws a RangeError for a non-integer.
 */
export function fenToYuan(fen: number): number {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  return fen / 100;
}

export interface RmbLintOptions {
  /** Report a missing 人民币 prefix (票据 and some forms require it). */
  requirePrefix?: boolean;
}

/**
 * Style findings on a 大写 amount, as i18n keys, in a fixed order: forbidden characters, gaps,
 * a missing 人民币 prefix (if required), 整 after 分, a missing 整 after 元, a bare leading 拾,
 * a written 零元 before 角/分. Legal variants (元/圆, 整/正, an optional 零) are not findings.
 * Validity is `parseRmbUpper`'s business; this works on unreadable text too.
 */
export function lintRmbUpper(text: string, options: RmbLintOptions = {}): RmbUpperWarning[] {
  const found: RmbUpperWarning[] = [];
  const compact = text.replace(/\s+/g, '');
  if (FORBIDDEN.test(compact)) found.push('warn_rmb_forbidden_char');
  if (/\s/.test(text.trim())) found.push('warn_rmb_space');
  if (options.requirePrefix && !compact.startsWith(PREFIX)) found.push('warn_rmb_missing_prefix');
  if (/分[整正]$/.test(compact)) found.push('warn_rmb_zheng_after_fen');
  const r = read(text);
  if (!('error' in r)) {
    if (r.endsAtYuan && !r.hasZheng) found.push('warn_rmb_missing_zheng');
    if (r.bareShi) found.push('warn_rmb_bare_shi');
    if (r.leadingZeroYuan) found.push('warn_rmb_leading_zero');
  }
  return found;
}
