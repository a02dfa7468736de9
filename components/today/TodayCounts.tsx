import type { Campaign, TodayCounts } from '../../core/today';
import { useT } from '../i18n';

/** The counts of every list on one line: what the day holds at a glance. Each links to its list. */
export function TodayCountsBar({ counts, campaign }: { counts: TodayCounts; campaign?: Pick<Campaign, 'festival'> }) {
  const t = useT();
  const cells: [id: string, label: string, value: number, target: string][] = [
    ['birthdays', t('today_count_birthdays'), counts.birthdays, 'birthdays'],
    ['campaign-left', campaign ? t('today_count_campaign', campaign.festival) : t('today_campaign'), counts.campaignLeft, 'campaign'],
    ['followups', t('today_count_followups'), counts.followUpsDue + counts.followUpsOverdue, 'followups'],
    ['overdue', t('today_count_overdue'), counts.followUpsOverdue, 'followups'],
    ['in-hospital', t('today_count_hospital'), counts.inHospital, 'hospital'],
    ['discharged', t('today_count_discharged'), counts.discharged, 'discharged'],
    ['not-contacted', t('today_count_not_contacted'), counts.notContacted, 'not-contacted'],
    ['difficulties', t('today_count_difficulties'), counts.difficulties, 'difficulties'],
    ['needs', t('today_count_needs'), counts.needs, 'needs'],
  ];
  return (
    <ul class="today-counts" data-testid="today-counts">
      {cells.map(([id, label, value, target]) => (
        <li key={id}>
          <a href={`#today-${target}-title`} data-testid={`today-count-${id}`} data-count={String(value)} onClick={(e) => jumpTo(e, `today-${target}-title`)}>
            <strong>{value}</strong>
            <span>{label}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Scrolls to a list without touching the URL hash (which names the options view). */
function jumpTo(e: Event, id: string): void {
  e.preventDefault();
  const target = (e.currentTarget as HTMLElement).ownerDocument.getElementById(id);
  target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
