import { useState } from 'preact/hooks';
import { useT } from '../i18n';

export interface ReminderValues {
  enabled: boolean;
  /** HH:MM, office time */
  time: string;
}

/** The daily reminder: on or off, and at what time. */
export function ReminderSettings({ initial, onSave }: { initial: ReminderValues; onSave: (values: ReminderValues) => Promise<boolean> }) {
  const t = useT();
  const [enabled, setEnabled] = useState(initial.enabled);
  const [time, setTime] = useState(initial.time);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const save = async (e: Event) => {
    e.preventDefault();
    setStatus('saving');
    setStatus((await onSave({ enabled, time })) ? 'saved' : 'failed');
  };
  return (
    <form class="today-reminders" data-testid="today-reminders" onSubmit={(e) => void save(e)}>
      <h2>{t('today_reminders')}</h2>
      <label class="today-inline">
        <input type="checkbox" data-testid="today-reminders-enabled" checked={enabled} onChange={(e) => setEnabled((e.currentTarget as HTMLInputElement).checked)} />
        {t('today_reminders_enabled')}
      </label>
      <label class="today-inline">
        {t('today_reminders_time')}
        <input type="time" data-testid="today-reminders-time" required value={time} disabled={!enabled} onInput={(e) => setTime((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="small" data-testid="today-reminders-save" disabled={status === 'saving'}>
        {t('today_reminders_save')}
      </button>
      {status === 'saved' && <span class="muted" data-testid="today-reminders-status">{t('today_reminders_saved')}</span>}
      {status === 'failed' && (
        <span class="today-contact-error" role="alert" data-testid="today-reminders-status">
          {t('today_reminders_failed')}
        </span>
      )}
    </form>
  );
}
