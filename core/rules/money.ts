import { toHalfWidth } from '../model/validators/dates';
import { yuanToFen } from '../model/validators/rmb';

/**
 * Money as the rules read and write it: whole 分 (integers), so sums and comparisons never drift.
 * Form fields hold text (`2,500.00`, `￥2500`, `2500元`); caps and records hold yuan numbers.
 */

/**
 * Parses the 小写 amount typed into a form field to whole 分: digits with an optional two-place
 * decimal, thousands commas, a leading ￥/¥ or a trailing 元 allowed. Null for anything else
 * (letters, a negative number, a third decimal place).
 */
export function parseMoneyText(text: string): number | null {
  const s = toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/^(?:人民币|RMB|CNY)/i, '')
    .replace(/^[￥¥]/, '')
    .replace(/元$/, '');
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{0,2})?$/.test(s)) return null;
  const [whole = '0', fraction = ''] = s.replace(/,/g, '').split('.');
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** A cap or a recorded amount (yuan) as whole 分. */
export function toFen(yuan: number): number {
  return yuanToFen(yuan);
}

/** `2,500.00`: for messages. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** `2500.00`: what goes into an amount field (no thousands commas, which number inputs refuse). */
export function formatAmountField(fen: number): string {
  return formatYuan(fen).replace(/,/g, '');
}
