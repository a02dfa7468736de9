import { useEffect, useState } from 'preact/hooks';
import { passphraseStrength } from '../../core/lock/strength';
import type { LockActionResult, LockStatus } from '../../messaging/requests/lock';
import { useT } from '../i18n';
import { UnlockForm } from './UnlockForm';

/** What the section asks of the background (the options page passes `request` calls). */
export interface LockApi {
  status(): Promise<LockStatus>;
  enable(passphrase: string): Promise<LockActionResult>;
  unlock(passphrase: string): Promise<LockActionResult>;
  lock(): Promise<LockActionResult>;
  disable(passphrase: string): Promise<LockActionResult>;
  change(current: string, next: string): Promise<LockActionResult>;
  idle(minutes: number): Promise<LockActionResult>;
}

type Form = 'none' | 'enable' | 'change' | 'disable';

const inputValue = (e: Event) => (e.target as HTMLInputElement).value;

/** Options → 设置 → 锁定: turn the Lock on (recommended), lock now, change passphrase, idle minutes, turn off. */
export function LockSection({ api }: { api: LockApi }) {
  const t = useT();
  const [status, setStatus] = useState<LockStatus>();
  const [form, setForm] = useState<Form>('none');
  const [pass1, setPass1] = useState('');
  const [pass2, setPass2] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ key: string; error: boolean }>();
  const [idle, setIdle] = useState('');

  const load = () => api.status().then(setStatus, () => setMessage({ key: 'err_request_failed', error: true }));
  useEffect(() => void load(), []);
  useEffect(() => {
    if (status) setIdle(String(status.idleMinutes));
  }, [status?.idleMinutes]);

  const run = async (action: () => Promise<LockActionResult>, doneKey: string) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const r = await action();
      if (!r.ok) return setMessage({ key: r.key, error: true });
      setStatus(r.status);
      setForm('none');
      setPass1('');
      setPass2('');
      setMessage({ key: doneKey, error: false });
    } catch {
      setMessage({ key: 'err_request_failed', error: true });
    } finally {
      setBusy(false);
    }
  };
  const open = (f: Form) => {
    setForm(f);
    setPass1('');
    setPass2('');
    setMessage(undefined);
  };

  const strength = passphraseStrength(pass1);
  const mismatch = pass2 !== '' && pass1 !== pass2;
  const state = status?.state;

  return (
    <div class="settings-block lock-section" data-testid="lock-section">
      <h3>{t('lock_title')}</h3>
      <p data-testid="lock-status" data-state={state ?? 'loading'} role="status">
        {state ? t(`lock_state_${state}`) : t('loading')}
      </p>
      <p class="muted">{t('lock_explain')}</p>

      {state === 'off' && form === 'none' && (
        <button type="button" class="primary" data-testid="lock-enable" onClick={() => open('enable')}>
          {t('lock_enable')}
        </button>
      )}

      {state === 'locked' && (
        <UnlockForm
          onUnlock={async (p) => {
            const r = await api.unlock(p);
            if (!r.ok) return r.key;
            setStatus(r.status);
            return undefined;
          }}
        />
      )}

      {state === 'unlocked' && form === 'none' && (
        <div class="lock-actions" style={{ display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' }}>
          <button type="button" class="primary" data-testid="lock-now" disabled={busy} onClick={() => void run(() => api.lock(), 'lock_done_locked')}>
            {t('lock_now')}
          </button>
          <button type="button" class="secondary" data-testid="lock-change" onClick={() => open('change')}>
            {t('lock_change')}
          </button>
          <button type="button" class="secondary" data-testid="lock-disable" onClick={() => open('disable')}>
            {t('lock_disable')}
          </button>
        </div>
      )}

      {state !== undefined && state !== 'off' && (
        <form
          class="lock-idle"
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(idle);
            if (Number.isInteger(n) && n >= 1 && n <= 480) void run(() => api.idle(n), 'lock_done_idle');
            else setMessage({ key: 'err_lock_idle_range', error: true });
          }}
        >
          <label>
            {t('lock_idle_minutes')}
            <input type="number" min={1} max={480} data-testid="lock-idle-minutes" value={idle} onInput={(e) => setIdle(inputValue(e))} />
          </label>
          <button type="submit" class="secondary" data-testid="lock-idle-save" disabled={busy}>
            {t('save')}
          </button>
        </form>
      )}

      {form === 'enable' && (
        <form
          class="lock-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (pass1 === pass2 && strength !== 'too-short') void run(() => api.enable(pass1), 'lock_done_enabled');
          }}
        >
          <p class="is-warning" role="note">
            {t('lock_forget_warning')}
          </p>
          <label>
            {t('lock_passphrase')}
            <input type="password" autoComplete="new-password" data-testid="lock-passphrase" value={pass1} onInput={(e) => setPass1(inputValue(e))} />
          </label>
          <p class="muted" data-testid="lock-strength" data-strength={strength}>
            {t(`lock_strength_${strength.replace('-', '_')}`)}
          </p>
          <label>
            {t('lock_passphrase_again')}
            <input type="password" autoComplete="new-password" data-testid="lock-passphrase2" value={pass2} onInput={(e) => setPass2(inputValue(e))} />
          </label>
          {mismatch && <p class="is-error">{t('lock_mismatch')}</p>}
          <button type="submit" class="primary" data-testid="lock-enable-submit" disabled={busy || strength === 'too-short' || pass1 !== pass2}>
            {busy ? t('lock_working') : t('lock_enable_submit')}
          </button>
          <button type="button" class="secondary" onClick={() => open('none')}>
            {t('cancel')}
          </button>
        </form>
      )}

      {form === 'change' && (
        <form
          class="lock-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => api.change(pass1, pass2), 'lock_done_changed');
          }}
        >
          <label>
            {t('lock_current_passphrase')}
            <input type="password" autoComplete="current-password" data-testid="lock-current" value={pass1} onInput={(e) => setPass1(inputValue(e))} />
          </label>
          <label>
            {t('lock_new_passphrase')}
            <input type="password" autoComplete="new-password" data-testid="lock-new" value={pass2} onInput={(e) => setPass2(inputValue(e))} />
          </label>
          <button type="submit" class="primary" data-testid="lock-change-submit" disabled={busy || pass1 === '' || pass2 === ''}>
            {t('lock_change')}
          </button>
          <button type="button" class="secondary" onClick={() => open('none')}>
            {t('cancel')}
          </button>
        </form>
      )}

      {form === 'disable' && (
        <form
          class="lock-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => api.disable(pass1), 'lock_done_disabled');
          }}
        >
          <p class="is-warning" role="note">
            {t('lock_disable_warning')}
          </p>
          <label>
            {t('lock_passphrase')}
            <input type="password" autoComplete="current-password" data-testid="lock-disable-passphrase" value={pass1} onInput={(e) => setPass1(inputValue(e))} />
          </label>
          <button type="submit" class="danger" data-testid="lock-disable-submit" disabled={busy || pass1 === ''}>
            {busy ? t('lock_working') : t('lock_disable')}
          </button>
          <button type="button" class="secondary" onClick={() => open('none')}>
            {t('cancel')}
          </button>
        </form>
      )}

      {message && (
        <p data-testid="lock-message" role={message.error ? 'alert' : 'status'} class={message.error ? 'is-error' : undefined}>
          {t(message.key)}
        </p>
      )}
    </div>
  );
}
