import { useState } from 'preact/hooks';
import { useT } from './i18n';
import { OfficeSettingsBlock, type OfficeStatus, type OfficeValues } from './OfficeSettingsBlock';

export interface StoredCounts {
  cadres: number;
  followUps: number;
  visits: number;
}

export type WipeStatus = { kind: 'idle' } | { kind: 'wiping' } | { kind: 'done' } | { kind: 'failed'; messageKey: string };

/** The OA origins CareFill works on: loading, the list, or a failure to read it. */
export type OriginsState = { kind: 'loading' } | { kind: 'ready'; origins: string[] } | { kind: 'failed' };

/** What became of the last add or remove. */
export type OriginStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; messageKey: string };

export interface SettingsPanelProps {
  /** what is stored now; undefined while loading, 'failed' when it could not be read */
  counts?: StoredCounts | 'failed';
  wipe: WipeStatus;
  /** erases everything; only called after the person confirmed */
  onWipe: () => void;
  /** the OA origins section is shown when these are given */
  origins?: OriginsState;
  originStatus?: OriginStatus;
  /**
   * Adds the typed origin. Called from the click itself: the browser asks for the host permission
   * only during a click.
   */
  onAddOrigin?: (text: string) => void;
  onRemoveOrigin?: (origin: string) => void;
  /** the office details section is shown when these are given */
  office?: { values?: OfficeValues; status: OfficeStatus; onSave: (v: OfficeValues) => void };
}

/** The OA addresses CareFill may work on: list, remove, add (with the browser's permission). */
function OaOriginsBlock({ origins, status, onAdd, onRemove }: { origins: OriginsState; status: OriginStatus; onAdd: (text: string) => void; onRemove: (origin: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  return (
    <div class="settings-block" data-testid="oa-origins" data-state={origins.kind}>
      <h3>{t('settings_oa_title')}</h3>
      <p class="muted">{t('settings_oa_explain')}</p>
      {origins.kind === 'loading' && <p>{t('loading')}</p>}
      {origins.kind === 'failed' && <p class="is-error">{t('settings_oa_failed')}</p>}
      {origins.kind === 'ready' &&
        (origins.origins.length === 0 ? (
          <p class="muted">{t('settings_oa_empty')}</p>
        ) : (
          <ul class="origin-list" style={{ listStyle: 'none', padding: 0, margin: '6px 0' }}>
            {origins.origins.map((o) => (
              <li key={o} data-testid="oa-origin" data-origin={o} style={{ display: 'flex', alignItems: 'center', gap: '8px', padding: '2px 0' }}>
                <code>{o}</code>
                <button type="button" class="secondary" data-testid="oa-origin-remove" disabled={status.kind === 'busy'} onClick={() => onRemove(o)}>
                  {t('settings_oa_remove')}
                </button>
              </li>
            ))}
          </ul>
        ))}
      <form
        class="origin-add"
        style={{ display: 'flex', gap: '8px', maxWidth: '520px' }}
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() !== '') onAdd(text.trim());
        }}
      >
        <input
          type="text"
          data-testid="oa-origin-input"
          aria-label={t('settings_oa_label')}
          placeholder={t('settings_oa_placeholder')}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="primary" data-testid="oa-origin-add" disabled={status.kind === 'busy' || text.trim() === ''}>
          {t('settings_oa_add')}
        </button>
      </form>
      <p data-testid="oa-origin-status" data-state={status.kind} role="status" class={status.kind === 'failed' ? 'is-error' : undefined}>
        {status.kind === 'failed' && t(status.messageKey)}
      </p>
    </div>
  );
}

/** Settings: the OA addresses, what CareFill stores, and erasing all of it behind a confirmation step. */
export function SettingsPanel({ counts, wipe, onWipe, origins, originStatus, onAddOrigin, onRemoveOrigin, office }: SettingsPanelProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);

  return (
    <section class="panel settings-panel">
      <h2>{t('settings_title')}</h2>

      {origins && onAddOrigin && onRemoveOrigin && (
        <OaOriginsBlock origins={origins} status={originStatus ?? { kind: 'idle' }} onAdd={onAddOrigin} onRemove={onRemoveOrigin} />
      )}

      {office && <OfficeSettingsBlock {...office} />}

      <div class="settings-block">
        <h3>{t('settings_storage')}</h3>
        <p data-testid="stored-counts">
          {counts === undefined
            ? t('loading')
            : counts === 'failed'
              ? t('settings_counts_failed')
              : t('settings_counts', [String(counts.cadres), String(counts.followUps), String(counts.visits)])}
        </p>
        <p class="muted">{t('settings_local_only')}</p>
      </div>

      <div class="settings-block danger-zone">
        <h3>{t('wipe_title')}</h3>
        <p>{t('wipe_explain')}</p>
        {!confirming ? (
          <button type="button" class="danger" data-testid="wipe-all" disabled={wipe.kind === 'wiping'} onClick={() => setConfirming(true)}>
            {t('wipe_button')}
          </button>
        ) : (
          <div class="confirm-box" role="alertdialog" aria-label={t('wipe_title')}>
            <p class="confirm-question">{t('wipe_confirm_question')}</p>
            <button
              type="button"
              class="danger"
              data-testid="wipe-confirm"
              onClick={() => {
                setConfirming(false);
                onWipe();
              }}
            >
              {t('wipe_confirm')}
            </button>
            <button type="button" class="secondary" data-testid="wipe-cancel" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        )}
        <p class="wipe-status" data-testid="wipe-status" data-state={wipe.kind} role="status">
          {wipe.kind === 'wiping' && t('wipe_in_progress')}
          {wipe.kind === 'done' && t('wipe_done')}
          {wipe.kind === 'failed' && t(wipe.messageKey)}
        </p>
      </div>
    </section>
  );
}
