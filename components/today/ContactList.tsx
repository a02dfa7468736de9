import type { ContactItem } from '../../core/today';
import { useT } from '../i18n';
import { TodayItem, type RecordContact } from './TodayItem';
import { TodaySection } from './TodaySection';

/** 超期未联系: cadres whose last contact is older than their interval, never-contacted first. */
export function ContactList({ items, count, onRecord }: { items: ContactItem[]; count: number; onRecord: RecordContact }) {
  const t = useT();
  return (
    <TodaySection id="not-contacted" title={t('today_not_contacted')} count={count} shown={items.length}>
      <ul class="today-list">
        {items.map((c) => (
          <TodayItem key={c.cadre.cadreId} list="not-contacted" cadre={c.cadre} found={t('today_found_contact')} onRecord={onRecord}>
            <span class="today-overdue">{c.lastContact ? t('today_last_contact', c.lastContact) : t('today_never_contacted')}</span>
            <span class="muted">
              {t('today_interval', String(c.months))}
              {c.reason && `（${c.reason}）`}
            </span>
          </TodayItem>
        ))}
      </ul>
    </TodaySection>
  );
}
