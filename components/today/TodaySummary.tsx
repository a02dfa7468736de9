import { useEffect, useState } from 'preact/hooks';
import type { Campaign, TodayCounts } from '../../core/today';
import { urgentCount } from '../../core/today/limit';
import { useT } from '../i18n';
import './today.css';

/** What the summary needs of the home screen's answer (`today.compute` with `limit: 0`). */
export interface TodayBrief {
  counts: TodayCounts;
  campaign?: Pick<Campaign, 'festival' | 'left' | 'open'>;
}

/**
 * The popup's short version of the home screen: what needs acting on soon, in a line of counts,
 * and a button to the home screen. The popup passes how to load and how to open (no browser API
 * here): `<TodaySummary load={() => request('today.compute', { limit: 0 })} onOpen={...} />`.
 */
export function TodaySummary({ load, onOpen }: { load: () => Promise<TodayBrief>; onOpen: () => void }) {
  const t = useT();
  const [brief, setBrief] = useState<TodayBrief | null | undefined>(undefined);
  // Loaded once when shown: the popup re-renders as the person types, with a new `load` each time.
  useEffect(() => {
    let live = true;
    load().then(
      (b) => live && setBrief(b),
      () => live && setBrief(null),
    );
    return () => {
      live = false;
    };
  }, []);

  if (brief === undefined) return <p class="muted today-summary" data-testid="today-summary" data-state="loading">{t('today_loading')}</p>;
  if (brief === null)
    return (
      <p class="muted today-summary" data-testid="today-summary" data-state="error">
        {t('err_request_failed')}
      </p>
    );
  const c = brief.counts;
  const urgent = urgentCount(c);
  const parts: [string, number][] = [
    [t('today_count_birthdays'), c.birthdaysPending],
    [t('today_count_followups'), c.followUpsDue + c.followUpsOverdue],
    [t('today_count_hospital'), c.inHospitalNotVisited],
    [t('today_count_discharged'), c.discharged],
  ];
  return (
    <section class="today-summary" data-testid="today-summary" data-state="ready" data-urgent={String(urgent)}>
      <h2>
        {t('today_summary_title')} <span class="today-count">{t('today_summary_urgent', String(urgent))}</span>
      </h2>
      <p class="today-summary-counts">
        {parts.map(([label, n]) => (
          <span key={label}>
            {label} <strong>{n}</strong>
          </span>
        ))}
        {brief.campaign && (
          <span data-testid="today-summary-campaign">
            {t('today_count_campaign', brief.campaign.festival)} <strong>{brief.campaign.left}</strong>
          </span>
        )}
      </p>
      <button type="button" class="link-button" data-testid="today-summary-open" onClick={onOpen}>
        {t('today_summary_open')}
      </button>
    </section>
  );
}
