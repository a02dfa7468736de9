import { useT } from './i18n';

export type OptionsView = 'today' | 'ledger' | 'followups' | 'visits' | 'check' | 'templates' | 'standards' | 'reports' | 'claims' | 'sitemaps' | 'import' | 'sync' | 'settings';
export const OPTIONS_VIEWS: readonly OptionsView[] = ['today', 'ledger', 'followups', 'visits', 'check', 'templates', 'standards', 'reports', 'claims', 'sitemaps', 'import', 'sync', 'settings'];

/** The options page header: product name and the views. */
export function OptionsNav({ current, onNavigate }: { current: OptionsView; onNavigate: (view: OptionsView) => void }) {
  const t = useT();
  const labels: Record<OptionsView, string> = {
    today: t('nav_today'),
    ledger: t('nav_ledger'),
    followups: t('nav_followups'),
    visits: t('nav_visits'),
    check: t('nav_check'),
    templates: t('nav_templates'),
    standards: t('nav_standards'),
    reports: t('nav_reports'),
    claims: t('nav_claims'),
    sitemaps: t('nav_sitemaps'),
    import: t('nav_import'),
    sync: t('nav_sync'),
    settings: t('nav_settings'),
  };
  return (
    <header class="app-header">
      <div class="brand">
        <span class="brand-mark" aria-hidden="true" />
        <span class="brand-name">{t('extName')}</span>
      </div>
      <nav class="app-nav" aria-label={t('nav_label')}>
        {OPTIONS_VIEWS.map((view) => (
          <a
            key={view}
            href={`#${view}`}
            class={view === current ? 'nav-item is-current' : 'nav-item'}
            data-testid={`nav-${view}`}
            aria-current={view === current ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              onNavigate(view);
            }}
          >
            {labels[view]}
          </a>
        ))}
      </nav>
    </header>
  );
}
