import { useState } from 'preact/hooks';
import { useT } from './i18n';

export interface SelectionBarProps {
  /** cadres ticked */
  count: number;
  /** cadres the list shows */
  total: number;
  onSelectAll: () => void;
  onClear: () => void;
  /** deletes the ticked cadres; called only after the person confirmed */
  onDelete: () => void;
}

/** Selecting cadres of the list for a bulk action: all of the result, none, or delete them behind a confirmation. */
export function SelectionBar({ count, total, onSelectAll, onClear, onDelete }: SelectionBarProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  if (total === 0 && count === 0) return null;
  return (
    <div class="selection-bar" data-testid="selection-bar" data-count={String(count)}>
      {count < total && (
        <button type="button" class="link-button" data-testid="select-all" onClick={onSelectAll}>
          {t('select_all', String(total))}
        </button>
      )}
      {count > 0 && (
        <>
          <span class="selection-count">{t('selected_count', String(count))}</span>
          <button type="button" class="link-button" data-testid="select-none" onClick={onClear}>
            {t('select_none')}
          </button>
          {confirming ? (
            <span class="confirm-inline" role="alertdialog" aria-label={t('delete_selected')}>
              <span>{t('delete_selected_question', String(count))}</span>
              <button
                type="button"
                class="danger small"
                data-testid="bulk-delete-confirm"
                onClick={() => {
                  setConfirming(false);
                  onDelete();
                }}
              >
                {t('delete_confirm')}
              </button>
              <button type="button" class="secondary small" data-testid="bulk-delete-cancel" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </span>
          ) : (
            <button type="button" class="danger small" data-testid="bulk-delete" onClick={() => setConfirming(true)}>
              {t('delete_selected')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
