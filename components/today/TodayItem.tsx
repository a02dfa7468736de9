import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CadreRef } from '../../core/today';
import { useT } from '../i18n';
import { ContactForm, type ContactDraft, type ContactOutcome } from './ContactForm';
import { cadreHref } from './format';

/** Records a contact with a cadre; the page saves it and refreshes the lists. */
export type RecordContact = (cadreId: string, draft: ContactDraft) => Promise<ContactOutcome>;

/**
 * One cadre on a list: the name links to the cadre in the ledger, a line of detail, and
 * "记录联系" one click away.
 */
export function TodayItem({
  list,
  cadre,
  children,
  found,
  onRecord,
}: {
  /** which list (data-list), for tests and styling */
  list: string;
  cadre: CadreRef;
  children?: ComponentChildren;
  /** the prefilled "what was found" of a contact recorded from this list */
  found: string;
  onRecord: RecordContact;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const meta = [cadre.category, cadre.rank, cadre.unit, cadre.age === undefined ? undefined : t('today_age', String(cadre.age))].filter(Boolean).join(' · ');
  return (
    <li class="today-item" data-testid="today-item" data-list={list} data-cadre-id={cadre.cadreId}>
      <div class="today-item-main">
        <a class="today-cadre" href={cadreHref(cadre.cadreId)} title={t('today_open_cadre')} data-testid="today-cadre-link">
          {cadre.name}
        </a>
        <span class="muted today-meta">{meta}</span>
        <span class="today-detail">{children}</span>
        {saved ? (
          <span class="today-saved" data-testid="today-contact-status">
            {t('today_contact_saved')}
          </span>
        ) : (
          <button type="button" class="link-button today-record" data-testid="today-record-contact" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('today_record_contact')}
          </button>
        )}
      </div>
      {open && !saved && (
        <ContactForm
          defaultFound={found}
          onCancel={() => setOpen(false)}
          onSave={async (draft) => {
            const outcome = await onRecord(cadre.cadreId, draft);
            if (outcome.ok) {
              setSaved(true);
              setOpen(false);
            }
            return outcome;
          }}
        />
      )}
    </li>
  );
}
