import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { FIELD_KEYS, isFieldKey } from '../../core/model/field-keys';
import type { FillReport } from '../../messaging/requests/fill';
import type { TeachChange } from '../../messaging/requests/site-maps';
import type { TeachApi } from '../teach/api';
import { correctionOffers, type CorrectionOffer } from '../teach/corrections';

/**
 * Remembered corrections: for two minutes after a fill, while its report is open in the in-page
 * panel, the frames are asked every couple of seconds for the filled fields the person changed; a
 * text field given the value of another field's key is offered to be remembered as that key for
 * this site. Asking stops when the window ends, the report changes or the panel closes. The panel provides the
 * teaching API through `TeachContext`; the popup provides none, so it shows nothing.
 */

export const TeachContext = createContext<TeachApi | null>(null);

/** How often the frames are asked for changed fields while the report is open. */
export const CORRECTION_POLL_MS = 2000;
/** "Right after a fill": how long corrections are looked for. */
export const CORRECTION_WINDOW_MS = 120_000;

const keyName = (key: string) => {
  const base = key.replace(/\[\d+\]$/, '');
  return isFieldKey(base) ? FIELD_KEYS[base].zh : key;
};

/** The offers for a report, refreshed while it is shown; nothing outside the panel. */
export function TeachCorrections({ report }: { report: FillReport }) {
  const api = useContext(TeachContext);
  const t = useT();
  const [changes, setChanges] = useState<(TeachChange & { frameId: number })[]>([]);
  const [done, setDone] = useState<Record<string, 'saving' | 'saved' | 'dismissed' | 'failed'>>({});

  useEffect(() => {
    if (!api) return;
    let alive = true;
    const look = () => api.changes().then((res) => alive && setChanges(res.changes), () => undefined);
    void look();
    const timer = setInterval(() => void look(), CORRECTION_POLL_MS);
    const end = setTimeout(() => clearInterval(timer), CORRECTION_WINDOW_MS);
    return () => {
      alive = false;
      clearInterval(timer);
      clearTimeout(end);
    };
  }, [api, report]);

  if (!api) return null;
  const offers = correctionOffers(report, changes);
  const idOf = (o: CorrectionOffer) => `${o.row.frameId}|${o.row.selector}|${o.learnKey}`;
  const accept = async (o: CorrectionOffer) => {
    setDone((d) => ({ ...d, [idOf(o)]: 'saving' }));
    const res = await api.acceptCorrection(report, o).catch(() => ({ ok: false as const, key: 'err_request_failed' }));
    setDone((d) => ({ ...d, [idOf(o)]: res.ok ? 'saved' : 'failed' }));
  };
  const shown = offers.filter((o) => done[idOf(o)] !== 'dismissed');
  if (shown.length === 0) return null;
  return (
    <ul class="fill-rows" data-testid="teach-corrections">
      {shown.map((o) => {
        const state = done[idOf(o)];
        return (
          <li key={idOf(o)} class="fill-row" style={{ display: 'flex', flexDirection: 'column', gap: '4px' }} data-testid="teach-correction" data-key={o.row.key} data-learn-key={o.learnKey} data-selector={o.row.selector} data-state={state ?? 'offered'}>
            <span>{t('teach_correction', [o.row.label || t('fill_no_label'), keyName(o.learnKey)])}</span>
            {state === 'saved' ? (
              <span class="muted">{t('teach_correction_saved')}</span>
            ) : (
              <span style={{ display: 'flex', gap: '6px' }}>
                <button type="button" class="primary" data-testid="teach-correction-accept" disabled={state === 'saving'} onClick={() => void accept(o)}>
                  {t('teach_correction_accept')}
                </button>
                <button type="button" data-testid="teach-correction-dismiss" onClick={() => setDone((d) => ({ ...d, [idOf(o)]: 'dismissed' }))}>
                  {t('teach_correction_dismiss')}
                </button>
                {state === 'failed' && <span class="muted">{t('err_request_failed')}</span>}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
