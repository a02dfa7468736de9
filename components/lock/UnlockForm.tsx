import { useState } from 'preact/hooks';
import { useT } from '../i18n';

export interface UnlockFormProps {
  /** resolves to an i18n error key, or undefined when unlocked */
  onUnlock: (passphrase: string) => Promise<string | undefined>;
}

/** The passphrase prompt shown while the Lock is locked (popup before a fill, options). */
export function UnlockForm({ onUnlock }: UnlockFormProps) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const key = await onUnlock(passphrase).catch(() => 'err_request_failed');
    setBusy(false);
    if (key) setError(key);
    else setPassphrase('');
  };
  return (
    <form class="unlock-form settings-block" data-testid="unlock-form" onSubmit={(e) => void submit(e)}>
      <p>{t('lock_locked_explain')}</p>
      <label>
        {t('lock_passphrase')}
        <input
          type="password"
          data-testid="unlock-passphrase"
          autoComplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
          autoFocus
        />
      </label>
      <button type="submit" class="primary" data-testid="unlock-submit" disabled={busy || passphrase === ''}>
        {t('lock_unlock')}
      </button>
      {error && (
        <p class="is-error" role="alert" data-testid="unlock-error">
          {t(error)}
        </p>
      )}
    </form>
  );
}
