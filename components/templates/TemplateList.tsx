import type { Template } from '../../core/model/template';
import { VISIT_TYPES, type VisitType } from '../../core/model/vocab';
import { useT } from '../i18n';

export interface TemplateListProps {
  templates: readonly Template[];
  selectedId?: string;
  onOpen: (id: string) => void;
  onNew: (visitType: VisitType) => void;
}

/** Templates grouped by visit type, each group with its own "new" button. */
export function TemplateList({ templates, selectedId, onOpen, onNew }: TemplateListProps) {
  const t = useT();
  return (
    <div class="tpl-list" data-testid="template-list">
      {VISIT_TYPES.map((type) => {
        const mine = templates.filter((x) => x.visitType === type);
        return (
          <section key={type} class="tpl-group" data-testid="template-group" data-visit-type={type}>
            <div class="tpl-group-head">
              <h3>
                {type} <span class="muted">{mine.length}</span>
              </h3>
              <button type="button" class="link-button" data-testid="template-new" data-visit-type={type} onClick={() => onNew(type)}>
                {t('tpl_new')}
              </button>
            </div>
            {mine.length === 0 ? (
              <p class="muted small-text">{t('tpl_group_empty')}</p>
            ) : (
              <ul>
                {mine.map((x) => (
                  <li key={x.id}>
                    <button
                      type="button"
                      class={`tpl-item${x.id === selectedId ? ' is-selected' : ''}`}
                      data-testid="template-open"
                      data-id={x.id}
                      onClick={() => onOpen(x.id)}
                    >
                      <span>{x.name}</span>
                      {x.festival && <span class="tag tag-plain">{x.festival}</span>}
                      {x.tier && <span class="tag tag-plain">{x.visitType === '生日寿辰' ? t('tpl_age_tier', x.tier) : x.tier}</span>}
                      {x.isDefault && <span class="tag">{t('tpl_default_tag')}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
