import { useState } from 'preact/hooks';
import { FOLLOW_UP_METHODS, type FollowUpMethod } from '../../core/model/vocab';
import { useT } from '../i18n';

/** What recording a contact needs from the person: the rest (date, cadre) the page fills in. */
export interface ContactDraft {
  method: FollowUpMethod;
  found: string;
  owner?: string;
}

/** The answer of a save: failures carry an i18n key. */
export type ContactOutcome = { ok: true } | { ok: false; messageKey: string };

/** A one-line form to record a contact (一跟进) right from a list item. */
export function ContactForm({
  defaultFound,
  defaultMethod = '电话联系',
  onSave,
  onCancel,
}: {
  defaultFound: string;
  defaultMethod?: FollowUpMethod;
  onSave: (draft: ContactDraft) => Promise<ContactOutcome>;
  onCancel: () => void;
}) {
  const t = useT();
  const [method, setMethod] = useState<FollowUpMethod>(defaultMethod);
  const [found, setFound] = useState(defaultFound);
  const [owner, setOwner] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'saving' } | { kind: 'failed'; messageKey: string }>({ kind: 'idle' });

  const submit = async (e: Event) => {
    e.preventDefault();
    setState({ kind: 'saving' });
    const outcome = await onSave({ method, found: found.trim(), ...(owner.trim() ? { owner: owner.trim() } : {}) });
    if (!outcome.ok) setState({ kind: 'failed', messageKey: outcome.messageKey });
  };

  return (
    <form class="today-contact-form" data-testid="today-contact-form" onSubmit={(e) => void submit(e)}>
      <label>
        <span>{t('today_contact_method')}</span>
        <select data-testid="today-contact-method" value={method} onChange={(e) => setMethod((e.currentTarget as HTMLSelectElement).value as FollowUpMethod)}>
          {FOLLOW_UP_METHODS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label class="today-contact-found">
        <span>{t('today_contact_found')}</span>
        <input type="text" data-testid="today-contact-found" required maxLength={2000} value={found} onInput={(e) => setFound((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label>
        <span>{t('today_contact_owner')}</span>
        <input type="text" data-testid="today-contact-owner" maxLength={30} value={owner} onInput={(e) => setOwner((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="primary small" data-testid="today-contact-save" disabled={state.kind === 'saving' || found.trim() === ''}>
        {t('today_contact_save')}
      </button>
      <button type="button" class="small" onClick={onCancel}>
        {t('today_contact_cancel')}
      </button>
      {state.kind === 'failed' && (
        <span class="today-contact-error" role="alert" data-testid="today-contact-status">
          {t('today_contact_failed', t(state.messageKey))}
        </span>
      )}
    </form>
  );
}
