import type { SiteMapSummary } from '../../messaging/requests/site-maps';
import { useT } from '../i18n';

/** When a site map last changed, in the office's time zone. */
export function formatUpdated(ms: number): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(ms);
}

/** Summaries grouped by OA origin, in the order given. */
export function groupByOrigin(items: readonly SiteMapSummary[]): [string, SiteMapSummary[]][] {
  const groups = new Map<string, SiteMapSummary[]>();
  for (const m of items) groups.set(m.origin, [...(groups.get(m.origin) ?? []), m]);
  return [...groups];
}

export interface SiteMapListProps {
  items: readonly SiteMapSummary[];
  selectedId?: string;
  onOpen: (id: string) => void;
}

/** The remembered forms, per OA origin: name, role, number of fields, last change. */
export function SiteMapList({ items, selectedId, onOpen }: SiteMapListProps) {
  const t = useT();
  if (items.length === 0) return <p class="muted" data-testid="sitemap-empty">{t('sitemap_empty')}</p>;
  return (
    <div class="tpl-list">
      {groupByOrigin(items).map(([origin, maps]) => (
        <section key={origin} class="tpl-group" data-testid="sitemap-origin" data-origin={origin}>
          <h3>{origin}</h3>
          <ul>
            {maps.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  class={m.id === selectedId ? 'tpl-item is-selected' : 'tpl-item'}
                  data-testid="sitemap-row"
                  data-id={m.id}
                  data-origin={m.origin}
                  data-signature={m.formSignature}
                  data-fields={String(m.fields)}
                  onClick={() => onOpen(m.id)}
                >
                  <span>
                    <strong>{m.formName || t('sitemap_form_unnamed')}</strong>
                    <span class="muted small-text">
                      {' · '}
                      {t(`sitemap_role_${m.role}`)}
                      {' · '}
                      {t('sitemap_field_count', [String(m.fields), String(m.ignored)])}
                      {' · '}
                      {formatUpdated(m.updatedAt)}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
