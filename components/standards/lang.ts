import { FIELD_KEYS, type FieldKey } from '../../core/model/field-keys';
import { useT } from '../i18n';

/**
 * The UI language as the messages say it (`ui_language` is "English" only in the English
 * messages), for texts that come from core in both languages: findings, field names,
 * standards-file errors.
 */
export function useLang(): 'zh' | 'en' {
  return useT()('ui_language') === 'English' ? 'en' : 'zh';
}

/** The name of a logical form field in the UI language (慰问金额 / Amount). */
export function fieldKeyLabel(key: FieldKey, lang: 'zh' | 'en'): string {
  return FIELD_KEYS[key][lang];
}
