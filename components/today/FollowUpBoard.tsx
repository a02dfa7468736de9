import type { OwnerGroup } from '../../core/today';
import { useT } from '../i18n';
import { relativeDays } from './format';
import { TodayItem, type RecordContact } from './TodayItem';
import { TodaySection } from './TodaySection';

/** 一跟进 due and overdue, one block per owner (经办人). */
export function FollowUpBoard({ groups, count, onRecord }: { groups: OwnerGroup[]; count: number; onRecord: RecordContact }) {
  const t = useT();
  const shown = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <TodaySection id="followups" title={t('today_followups')} count={count} shown={shown}>
      {groups.map((g) => (
        <div class="today-owner" key={g.owner ?? ''} data-testid="today-owner" data-owner={g.owner ?? ''} data-overdue={String(g.overdue)} data-due={String(g.due)}>
          <h3>
            {g.owner ?? t('today_owner_none')} <span class="muted">{t('today_owner_counts', [String(g.overdue), String(g.due)])}</span>
          </h3>
          <ul class="today-list">
            {g.items.map((f, i) => (
              <TodayItem key={`${f.followUpId ?? i}`} list="followups" cadre={f.cadre} found={t('today_found_followup')} onRecord={onRecord}>
                <span class={f.overdue ? 'today-overdue' : 'today-when'}>
                  {f.overdue ? t('today_overdue_days', String(-f.daysUntil)) : t('today_due_on', [f.dueDate, relativeDays(t, f.daysUntil)])}
                </span>
                <span>{f.action ?? f.found}</span>
              </TodayItem>
            ))}
          </ul>
        </div>
      ))}
    </TodaySection>
  );
}
