import { useT } from '../../components/i18n';
import type { FillApi } from './fill-api';
import { FillFlow } from './FillFlow';

/** The in-page panel's content: a title bar with a close button over the fill flow. */
export function Panel({ api, onClose }: { api: FillApi; onClose: () => void }) {
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
        <FillFlow api={api} autoFocus />
      </div>
    </>
  );
}
