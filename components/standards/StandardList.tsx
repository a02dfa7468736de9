import { useState } from 'preact/hooks';
import type { Standard } from '../../core/model/standard';
import { useT } from '../i18n';

export interface StandardListProps {
  /** live versions, oldest effective date first */
  standards: readonly Standard[];
  selectedId?: string;
  /** the version in force today, marked */
  inForceId?: string;
  onOpen: (id: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
}

/** The versions of the standards with their effective dates; the example is labelled as such. */
export function StandardList({ standards, selectedId, inForceId, onOpen, onDuplicate, onDelete }: StandardListProps) {
  const t = useT();
  const [confirming, setConfirming] = useState<string>();
  if (standards.length === 0) return <p class="empty-state" data-testid="standards-empty">{t('std_list_empty')}</p>;
  return (
    <ul class="std-list" data-testid="standard-list">
      {standards.map((s) => (
        <li
          key={s.id}
          class={`std-item${s.id === selectedId ? ' is-selected' : ''}`}
          data-testid="standard-row"
          data-id={s.id}
          data-example={String(s.isExample)}
          data-in-force={String(s.id === inForceId)}
        >
          <div class="std-item-main">
            <button type="button" class="link-button std-item-name" data-testid="standard-open" onClick={() => onOpen(s.id)}>
              {s.name}
            </button>
            {s.isExample && <span class="tag tag-example">{t('std_example_badge')}</span>}
            {s.id === inForceId && <span class="tag tag-ok">{t('std_in_force_today')}</span>}
          </div>
          <div class="std-item-sub muted">
            {s.effectiveTo ? t('std_effective_range', [s.effectiveFrom, s.effectiveTo]) : t('std_effective_since', s.effectiveFrom)}
            {' · '}
            {t('std_counts', [String(s.perVisitCaps.length), String(s.annualCaps.length)])}
          </div>
          <div class="std-item-actions">
            <button type="button" class="small secondary" data-testid="standard-duplicate" onClick={() => onDuplicate(s.id)}>
              {t('std_duplicate')}
            </button>
            {confirming === s.id ? (
              <>
                <button type="button" class="small danger" data-testid="standard-delete-confirm" onClick={() => onDelete(s.id)}>
                  {t('delete_confirm')}
                </button>
                <button type="button" class="small" onClick={() => setConfirming(undefined)}>
                  {t('cancel')}
                </button>
              </>
            ) : (
              <button type="button" class="small" data-testid="standard-delete" onClick={() => setConfirming(s.id)}>
                {t('delete')}
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
