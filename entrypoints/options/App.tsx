import { useEffect, useState } from 'preact/hooks';
import { OPTIONS_VIEWS, OptionsNav, type OptionsView } from '../../components/OptionsNav';
import { ImportView } from './ImportView';
import { LedgerView } from './LedgerView';
import { SettingsView } from './SettingsView';

/** The view named by the URL hash (`options.html#import`), so a view can be linked and reloaded. */
function viewFromHash(): OptionsView {
  const name = location.hash.replace(/^#/, '');
  return (OPTIONS_VIEWS as readonly string[]).includes(name) ? (name as OptionsView) : 'ledger';
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
        {view === 'ledger' && <LedgerView />}
        {view === 'import' && <ImportView />}
        {view === 'settings' && <SettingsView />}
      </main>
    </div>
  );
}
