import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';

/** One card of the home screen: a heading with its count, the list, and how many are not shown. */
export function TodaySection({
  id,
  title,
  count,
  shown,
  children,
}: {
  id: string;
  title: string;
  count: number;
  /** items listed below (the rest are counted, not shown) */
  shown: number;
  children?: ComponentChildren;
}) {
  const t = useT();
  return (
    <section class="today-section" data-testid={`today-${id}`} data-count={String(count)} aria-labelledby={`today-${id}-title`}>
      <h2 id={`today-${id}-title`}>
        {title} <span class="today-count">{count}</span>
      </h2>
      {count === 0 ? <p class="muted today-empty">{t('today_empty')}</p> : children}
      {count > shown && <p class="muted today-more">{t('today_more', String(count - shown))}</p>}
    </section>
  );
}
