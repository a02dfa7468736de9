import { FIELD_KEY_LIST, FIELD_KEYS, type FieldKey } from '../../core/model/field-keys';
import { useT } from '../i18n';

/**
 * A chooser of what a form field means: the field keys with their Chinese names, grouped by
 * what they describe (the cadre, the visit, the expense claim), and "忽略此字段" (`ignore`).
 * Row keys (`expense.row.amount[2]`) show as their field key; the caller keeps the row.
 */

const GROUPS = ['cadre', 'visit', 'expense'] as const;

/** `expense.row.amount[2]` → `expense.row.amount`. */
export function baseKey(key: string): string {
  return key.replace(/\[\d+\]$/, '');
}

export interface FieldKeySelectProps {
  value: string;
  onChange: (key: FieldKey | 'ignore' | '') => void;
  testId: string;
  /** the accessible name of the select */
  label: string;
  disabled?: boolean;
  /** the text of the empty choice */
  noneLabel?: string;
}

export function FieldKeySelect({ value, onChange, testId, label, disabled, noneLabel }: FieldKeySelectProps) {
  const t = useT();
  const current = baseKey(value);
  return (
    <select data-testid={testId} aria-label={label} value={current} disabled={disabled} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as FieldKey | 'ignore' | '')}>
      <option value="">{noneLabel ?? t('sitemap_key_none')}</option>
      <option value="ignore">{t('sitemap_key_ignore')}</option>
      {GROUPS.map((g) => (
        <optgroup key={g} label={t(`sitemap_group_${g}`)}>
          {FIELD_KEY_LIST.filter((k) => k.startsWith(`${g}.`)).map((k) => (
            <option key={k} value={k}>
              {`${FIELD_KEYS[k].zh}（${k}）`}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
