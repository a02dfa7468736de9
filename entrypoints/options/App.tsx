import { useEffect, useState } from 'preact/hooks';
import { OPTIONS_VIEWS, OptionsNav, type OptionsView } from '../../components/OptionsNav';
import { CheckView } from './CheckView';
import { ClaimsView } from './ClaimsView';
import { FollowUpsView } from './FollowUpsView';
import { ImportView } from './ImportView';
import { LedgerView } from './LedgerView';
import { ReportsView } from './ReportsView';
import { SettingsView } from './SettingsView';
import { SiteMapsView } from './SiteMapsView';
import { StandardsView } from './StandardsView';
import { SyncView } from './SyncView';
import { TemplatesView } from './TemplatesView';
import { TodayView } from './TodayView';
import { VisitsView } from './VisitsView';

/**
 * The view named by the URL hash (`options.html#import`), so a view can be linked and reloaded;
 * what follows a slash is for the view (`#ledger/<cadre id>`). The home screen by default.
 */
function viewFromHash(): OptionsView {
  const name = location.hash.replace(/^#/, '').split('/')[0] ?? '';
  return (OPTIONS_VIEWS as readonly string[]).includes(name) ? (name as OptionsView) : 'today';
}

/** The options page: the ledger, importing a ledger file, and settings. */
export function App() {
  const [view, setView] = useState<OptionsView>(viewFromHash);

  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const navigate = (next: OptionsView) => {
    history.replaceState(null, '', `#${next}`);
    setView(next);
  };

  return (
    <div class="options">
      <OptionsNav current={view} onNavigate={navigate} />
      <main class="options-main">
        {view === 'today' && <TodayView />}
        {view === 'ledger' && <LedgerView />}
        {view === 'followups' && <FollowUpsView />}
        {view === 'visits' && <VisitsView />}
        {view === 'check' && <CheckView />}
        {view === 'templates' && <TemplatesView />}
        {view === 'standards' && <StandardsView />}
        {view === 'reports' && <ReportsView />}
        {view === 'claims' && <ClaimsView />}
        {view === 'sitemaps' && <SiteMapsView />}
        {view === 'import' && <ImportView />}
        {view === 'sync' && <SyncView />}
        {view === 'settings' && <SettingsView />}
      </main>
    </div>
  );
}
