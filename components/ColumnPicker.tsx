import { useT } from './i18n';
import { COLUMN_IDS, LEDGER_COLUMNS, type ColumnId } from './ledger-columns';

export interface ColumnPickerProps {
  columns: readonly ColumnId[];
  onChange: (columns: ColumnId[]) => void;
}

/** Which columns the ledger list shows (the name always does), in the order of the list. */
export function ColumnPicker({ columns, onChange }: ColumnPickerProps) {
  const t = useT();
  const chosen = new Set(columns);
  const toggle = (id: ColumnId, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(COLUMN_IDS.filter((c) => c === 'name' || next.has(c)));
  };
  return (
    <details class="column-picker" data-testid="column-picker">
      <summary class="button secondary">{t('columns_button')}</summary>
      <div class="column-options" role="group" aria-label={t('columns_button')}>
        {COLUMN_IDS.map((id) => (
          <label key={id} class="check-label">
            <input
              type="checkbox"
              data-testid={`column-${id}`}
              checked={chosen.has(id)}
              disabled={id === 'name'}
              onChange={(e) => toggle(id, (e.currentTarget as HTMLInputElement).checked)}
            />
            {t(LEDGER_COLUMNS[id].labelKey)}
          </label>
        ))}
      </div>
    </details>
  );
}
