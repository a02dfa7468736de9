import type { CadreSummary } from '../messaging/protocol';
import { useT } from './i18n';

export interface CadreResultListProps {
  /** the query the results belong to ('' before the person typed anything) */
  query: string;
  items: CadreSummary[];
  total: number;
  loading?: boolean;
  /** translated text of a failed search */
  error?: string;
  selectedId?: string;
  onPick?: (id: string) => void;
}

/** Search results in the popup: name, category, unit and the masked ID number of each cadre. */
export function CadreResultList({ query, items, total, loading, error, selectedId, onPick }: CadreResultListProps) {
  const t = useT();
  if (error) return <p class="empty-state is-error">{error}</p>;
  if (!query) return <p class="empty-state">{t('search_hint')}</p>;
  if (items.length === 0) return <p class="empty-state">{loading ? t('searching') : t('search_no_results')}</p>;

  return (
    <div class="result-block">
      <ul class="result-list" aria-label={t('search_results')}>
        {items.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              class={c.id === selectedId ? 'cadre-option is-selected' : 'cadre-option'}
              data-testid="cadre-option"
              data-cadre-id={c.id}
              aria-pressed={c.id === selectedId}
              onClick={() => onPick?.(c.id)}
            >
              <span class="cadre-option-main">
                <span class="cadre-name">{c.name}</span>
                {!c.alive && <span class="tag tag-muted">{t('deceased')}</span>}
                <span class="tag">{c.category}</span>
                {c.rank && <span class="tag tag-plain">{c.rank}</span>}
              </span>
              <span class="cadre-option-sub">
                <span class="cadre-unit">{c.originalUnit || t('unit_unknown')}</span>
                <span class="id-masked">{c.idMasked || t('id_none')}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {total > items.length && <p class="result-more">{t('search_more', [String(items.length), String(total)])}</p>}
    </div>
  );
}
