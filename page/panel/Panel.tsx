import { useT } from '../../components/i18n';
import type { FillApi } from './fill-api';
import { FillFlow } from './FillFlow';
import { GuardView } from './GuardView';
import type { GuardApi } from '../guard/guard-api';
import type { GuardPanelStore } from '../guard/panel-store';
import type { TeachApi } from '../teach/api';
import { TeachContext } from './TeachCorrections';
import { TeachView } from './TeachView';

/** The in-page panel's content: a title bar with a close button over the fill flow. */
export function Panel({ api, onClose, guard, teach }: { api: FillApi; onClose: () => void; guard?: { api: GuardApi; store: GuardPanelStore }; teach?: TeachApi }) {
  const t = useT();
  return (
    <>
      <div class="panel-head">
        <h2>{t('panel_title')}</h2>
        <button type="button" class="panel-close" data-testid="panel-close" aria-label={t('panel_close')} title={t('panel_close')} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="panel-body">
        {guard && <GuardView api={guard.api} store={guard.store} />}
        <TeachContext.Provider value={teach ?? null}>
          <FillFlow api={api} autoFocus />
        </TeachContext.Provider>
        {teach && <TeachView api={teach} />}
      </div>
    </>
  );
}
