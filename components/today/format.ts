import type { Translate } from '../i18n';

/** Small wording helpers shared by the home screen's lists. */

/** 今天 / N 天后 / N 天前 */
export function relativeDays(t: Translate, days: number): string {
  if (days === 0) return t('today_today');
  return days > 0 ? t('today_days_until', String(days)) : t('today_days_ago', String(-days));
}

/** 周岁 / 虚岁 in the page's language. */
export function ageModeLabel(t: Translate, mode: '周岁' | '虚岁'): string {
  return t(mode === '虚岁' ? 'today_age_mode_xusui' : 'today_age_mode_zhousui');
}

/** The link that opens a cadre in the ledger view. */
export function cadreHref(cadreId: string): string {
  return `#ledger/${encodeURIComponent(cadreId)}`;
}
