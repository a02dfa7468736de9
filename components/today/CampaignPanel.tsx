import type { Campaign } from '../../core/today';
import { useT } from '../i18n';
import { relativeDays } from './format';
import { TodayItem, type RecordContact } from './TodayItem';
import { TodaySection } from './TodaySection';
import { StartVisitButton, VisitHint } from './VisitHint';

export type ExportState = { kind: 'idle' | 'working' } | { kind: 'done'; rows: number } | { kind: 'failed'; messageKey: string };

/**
 * 节日走访: the next festival campaign — its window, who is eligible, visited and left — the
 * cadres still to visit, and one click to build the printable visit list (走访名单).
 */
export function CampaignPanel({
  campaign,
  onExport,
  exportState,
  onRecord,
}: {
  campaign: Campaign | undefined;
  onExport: () => void;
  exportState: ExportState;
  onRecord: RecordContact;
}) {
  const t = useT();
  if (!campaign)
    return (
      <TodaySection id="campaign" title={t('today_campaign')} count={0} shown={0}>
        {null}
      </TodaySection>
    );
  const left = campaign.entries.filter((e) => e.visitedOn === undefined);
  return (
    <TodaySection id="campaign" title={t('today_campaign_title', [campaign.festival, campaign.day])} count={campaign.left} shown={left.length}>
      <p class="today-campaign-head" data-testid="today-campaign-head" data-festival={campaign.festival} data-day={campaign.day}>
        <span class={campaign.open ? 'tag' : 'tag tag-plain'}>
          {campaign.open ? t('today_campaign_open') : t('today_campaign_upcoming', relativeDays(t, campaign.daysUntil))}
        </span>{' '}
        {t('today_campaign_window', [campaign.from, campaign.to])}
      </p>
      <p
        class="today-campaign-counts"
        data-testid="today-campaign-counts"
        data-eligible={String(campaign.eligible)}
        data-visited={String(campaign.visited)}
        data-left={String(campaign.left)}
      >
        {t('today_campaign_counts', [String(campaign.eligible), String(campaign.visited), String(campaign.left)])}
        {campaign.standard && <span class="muted"> · {campaign.standard.name}</span>}
      </p>
      <div class="today-campaign-actions">
        <VisitHint visit={campaign.visit} />
        <button type="button" class="primary small" data-testid="today-export-visit-list" disabled={exportState.kind === 'working' || campaign.eligible === 0} onClick={onExport}>
          {exportState.kind === 'working' ? t('today_campaign_exporting') : t('today_campaign_export')}
        </button>
        {exportState.kind === 'done' && (
          <span class="muted" data-testid="today-export-status" data-rows={String(exportState.rows)}>
            {t('today_campaign_exported', String(exportState.rows))}
          </span>
        )}
        {exportState.kind === 'failed' && (
          <span class="today-contact-error" role="alert" data-testid="today-export-status">
            {t(exportState.messageKey)}
          </span>
        )}
      </div>
      <ul class="today-list">
        {left.map((e) => (
          <TodayItem key={e.cadre.cadreId} list="campaign" cadre={e.cadre} found={t('today_found_campaign', campaign.festival)} onRecord={onRecord}>
            <span>{e.visitType}</span>
            {e.amount !== undefined && <span class="muted">{t('today_amount', String(e.amount))}</span>}
            {e.cadre.phone && <span class="muted">{e.cadre.phone}</span>}
            {campaign.visit.template && <StartVisitButton cadreId={e.cadre.cadreId} templateId={campaign.visit.template.id} />}
          </TodayItem>
        ))}
      </ul>
    </TodaySection>
  );
}
