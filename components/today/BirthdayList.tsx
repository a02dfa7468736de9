import type { BirthdayItem } from '../../core/today';
import { useT } from '../i18n';
import { ageModeLabel, relativeDays } from './format';
import { TodayItem, type RecordContact } from './TodayItem';
import { TodaySection } from './TodaySection';
import { VisitHint } from './VisitHint';

/** 近期寿辰: milestone birthdays in the coming days, with the birthday visit ready to start. */
export function BirthdayList({ items, count, daysAhead, onRecord }: { items: BirthdayItem[]; count: number; daysAhead: number; onRecord: RecordContact }) {
  const t = useT();
  return (
    <TodaySection id="birthdays" title={t('today_birthdays', String(daysAhead))} count={count} shown={items.length}>
      <ul class="today-list">
        {items.map((b) => (
          <TodayItem key={b.cadre.cadreId} list="birthdays" cadre={b.cadre} found={t('today_found_birthday')} onRecord={onRecord}>
            <span class="today-when">
              {b.date}（{relativeDays(t, b.daysUntil)}）
            </span>
            {b.lunar && <span class="tag">{t('today_lunar')}</span>}
            <span class="today-strong">{t('today_birthday_age', [String(b.milestone), ageModeLabel(t, b.ageMode)])}</span>
            {b.funded && <span class="tag">{t('today_funded')}</span>}
            {b.visitedOn ? <span class="tag tag-plain">{t('today_visited_on', b.visitedOn)}</span> : <VisitHint visit={b.visit} cadreId={b.cadre.cadreId} />}
          </TodayItem>
        ))}
      </ul>
    </TodaySection>
  );
}
