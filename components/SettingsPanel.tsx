import { useState } from 'preact/hooks';
import { useT } from './i18n';

export interface StoredCounts {
  cadres: number;
  followUps: number;
  visits: number;
}

export type WipeStatus = { kind: 'idle' } | { kind: 'wiping' } | { kind: 'done' } | { kind: 'failed'; messageKey: string };

export interface SettingsPanelProps {
  /** what is stored now; undefined while loading, 'failed' when it could not be read */
  counts?: StoredCounts | 'failed';
  wipe: WipeStatus;
  /** erases everything; only called after the person confirmed */
  onWipe: () => void;
}

/** Settings: what CareFill stores, and erasing all of it behind a confirmation step. */
export function SettingsPanel({ counts, wipe, onWipe }: SettingsPanelProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);

  return (
    <section class="panel settings-panel">
      <h2>{t('settings_title')}</h2>

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
