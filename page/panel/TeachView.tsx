import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { baseKey, FieldKeySelect } from '../../components/site-maps/FieldKeySelect';
import type { FieldKey } from '../../core/model/field-keys';
import type { TeachPicked } from '../../messaging/requests/site-maps';
import type { TeachApi } from '../teach/api';
import { FillApiError } from './fill-api';

/**
 * Teaching in the in-page panel: "教 CareFill 认字段" waits for the person's click on a field of
 * the page (in any frame), shows its label and what CareFill takes it for, and stores the meaning
 * the person chooses in this site's map. The test ids are the automation contract.
 */

type TeachState =
  | { kind: 'idle' }
  | { kind: 'picking' }
  | { kind: 'picked'; picked: TeachPicked; key: FieldKey | 'ignore' | '' }
  | { kind: 'saving'; picked: TeachPicked; key: FieldKey | 'ignore' }
  | { kind: 'saved'; label: string }
  | { kind: 'failed'; key: string };

/** The panel's stylesheet (styles.ts) belongs to the fill flow; teaching keeps its few rules here. */
const COLUMN = { display: 'flex', flexDirection: 'column', gap: '6px' } as const;
const SECTION = { ...COLUMN, marginTop: '10px', paddingTop: '8px', borderTop: '1px solid #e6e8eb' } as const;
const ROW = { display: 'flex', gap: '8px', alignItems: 'center' } as const;

const keyOf = (e: unknown): string => (e instanceof FillApiError ? e.key : 'err_request_failed');

export function TeachView({ api }: { api: TeachApi }) {
  const t = useT();
  const [state, setState] = useState<TeachState>({ kind: 'idle' });
  // a pick answered after the person cancelled it is dropped
  const seq = useRef(0);
  const picking = state.kind === 'picking';
  const latest = useRef(state);
  latest.current = state;

  // the panel closing mid-teaching ends the wait in the page and removes the outline
  useEffect(
    () => () => {
      if (latest.current.kind === 'picking' || latest.current.kind === 'picked') void api.cancel().catch(() => undefined);
    },
    [api],
  );

  const start = async () => {
    const mine = ++seq.current;
    setState({ kind: 'picking' });
    try {
      const res = await api.pick();
      if (mine !== seq.current) return;
      if (!res.ok) return setState(res.key === 'teach_err_cancelled' ? { kind: 'idle' } : { kind: 'failed', key: res.key });
      const current = baseKey(res.currentKey);
      setState({ kind: 'picked', picked: res, key: current as FieldKey | 'ignore' | '' });
    } catch (e) {
      if (mine === seq.current) setState({ kind: 'failed', key: keyOf(e) });
    }
  };
  const cancel = () => {
    seq.current++;
    setState({ kind: 'idle' });
    void api.cancel().catch(() => undefined);
  };
  const save = async (picked: TeachPicked, key: FieldKey | 'ignore') => {
    setState({ kind: 'saving', picked, key });
    try {
      const res = await api.save(picked, key);
      setState(res.ok ? { kind: 'saved', label: picked.labelShown } : { kind: 'failed', key: res.key });
    } catch (e) {
      setState({ kind: 'failed', key: keyOf(e) });
    }
  };

  const chosen = state.kind === 'picked' || state.kind === 'saving' ? state : undefined;
  return (
    <section class="teach" style={SECTION} data-testid="teach" data-state={state.kind}>
      {(state.kind === 'idle' || state.kind === 'saved' || state.kind === 'failed') && (
        <button type="button" class="secondary" data-testid="teach-start" onClick={() => void start()}>
          {t('teach_start')}
        </button>
      )}
      {picking && (
        <div class="teach-picking" style={COLUMN}>
          <p class="muted" style={{ margin: 0 }} role="status">
            {t('teach_hint')}
          </p>
          <button type="button" data-testid="teach-cancel" onClick={cancel}>
            {t('teach_cancel')}
          </button>
        </div>
      )}
      {chosen && (
        <div class="teach-chosen" style={COLUMN}>
          <p class="teach-label" style={{ margin: 0, fontWeight: 600 }} data-testid="teach-label" data-selector={chosen.picked.control.selector} data-current-key={chosen.picked.currentKey}>
            {t('teach_field', chosen.picked.labelShown || t('fill_no_label'))}
          </p>
          <FieldKeySelect
            testId="teach-key-select"
            label={t('teach_key_label')}
            value={chosen.key}
            disabled={state.kind === 'saving'}
            onChange={(key) => state.kind === 'picked' && setState({ ...state, key })}
          />
          <div class="teach-actions" style={ROW}>
            <button
              type="button"
              class="primary"
              data-testid="teach-save"
              disabled={state.kind !== 'picked' || state.key === ''}
              onClick={() => state.kind === 'picked' && state.key !== '' && void save(state.picked, state.key)}
            >
              {t('teach_save')}
            </button>
            <button type="button" data-testid="teach-cancel" onClick={cancel}>
              {t('teach_cancel')}
            </button>
          </div>
        </div>
      )}
      <p class="muted" style={{ margin: 0 }} data-testid="teach-status" data-state={state.kind} role="status">
        {state.kind === 'saved' && t('teach_saved', state.label || t('fill_no_label'))}
        {state.kind === 'failed' && t(state.key)}
      </p>
    </section>
  );
}
