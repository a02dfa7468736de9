import type { CadreSummary } from '../messaging/protocol';
import { useT } from './i18n';
import { VirtualList } from './VirtualList';

export const CADRE_ROW_HEIGHT = 44;

export interface CadreListProps {
  items: readonly CadreSummary[];
  /** height of the scrolling area in pixels */
  height: number;
  selectedId?: string;
  /** full ID numbers the person chose to see, by cadre id */
  revealed: Readonly<Record<string, string>>;
  onSelect: (id: string) => void;
  /** asks for the full ID number of a cadre (shown once `revealed` has it) */
  onReveal: (id: string) => void;
  onHide: (id: string) => void;
}

/**
 * The ledger: one fixed-height row per cadre, ID numbers masked unless the person asks to see one.
 * Only the rows in view are rendered.
 */
export function CadreList({ items, height, selectedId, revealed, onSelect, onReveal, onHide }: CadreListProps) {
  const t = useT();
  return (
    <div class="cadre-list">
      <div class="cadre-list-head" aria-hidden="true">
        <span class="col-name">{t('field_name')}</span>
        <span class="col-gender">{t('field_gender')}</span>
        <span class="col-category">{t('field_category')}</span>
        <span class="col-rank">{t('field_rank')}</span>
        <span class="col-unit">{t('field_originalUnit')}</span>
        <span class="col-id">{t('field_idNumber')}</span>
      </div>
      <VirtualList
        items={items}
        rowHeight={CADRE_ROW_HEIGHT}
        height={height}
        label={t('ledger_list')}
        getKey={(c) => c.id}
        renderRow={(c) => {
          const fullId = revealed[c.id];
          return (
            <div
              class={c.id === selectedId ? 'cadre-row is-selected' : 'cadre-row'}
              data-testid="cadre-row"
              data-cadre-id={c.id}
            >
              <button type="button" class="col-name cadre-row-open" onClick={() => onSelect(c.id)} title={t('open_cadre')}>
                {c.name}
                {!c.alive && <span class="tag tag-muted">{t('deceased')}</span>}
              </button>
              <span class="col-gender">{c.gender ?? ''}</span>
              <span class="col-category">{c.category}</span>
              <span class="col-rank">{c.rank ?? ''}</span>
              <span class="col-unit" title={c.originalUnit}>
                {c.originalUnit ?? ''}
              </span>
              <span class="col-id">
                <span class={fullId ? 'id-full' : 'id-masked'} data-testid="cadre-id">
                  {fullId ?? c.idMasked ?? ''}
                </span>
                {c.idMasked &&
                  (fullId ? (
                    <button type="button" class="link-button" data-testid="hide-id" onClick={() => onHide(c.id)}>
                      {t('hide_id')}
                    </button>
                  ) : (
                    <button type="button" class="link-button" data-testid="reveal-id" onClick={() => onReveal(c.id)}>
                      {t('reveal_id')}
                    </button>
                  ))}
              </span>
            </div>
          );
        }}
      />
    </div>
  );
}
