import type { TodayResult } from '../../core/today';
import { useT } from '../i18n';
import { BirthdayList } from './BirthdayList';
import { CampaignPanel, type ExportState } from './CampaignPanel';
import { CareList } from './CareList';
import { ContactRulesEditor, type SaveRules } from './ContactRulesEditor';
import { ContactList } from './ContactList';
import { FollowUpBoard } from './FollowUpBoard';
import { HospitalList } from './HospitalList';
import { ReminderSettings, type ReminderValues } from './ReminderSettings';
import { TodayCountsBar } from './TodayCounts';
import type { RecordContact } from './TodayItem';
import { StartVisitContext, type StartVisit } from './start-visit';
import type { ContactRule } from '../../core/model/contact-rule';
import './today.css';

/**
 * The home screen (今日工作): the day's counts, then each list — birthdays, the festival
 * campaign, follow-ups by owner, hospital, contact intervals, difficulties and needs — and the
 * daily reminder's settings. Data in, events out.
 */
export function TodayHome({
  result,
  onRecord,
  onExport,
  exportState,
  reminders,
  onSaveReminders,
  contactRules,
  onSaveContactRules,
  onStartVisit,
}: {
  result: TodayResult;
  onRecord: RecordContact;
  onExport: () => void;
  exportState: ExportState;
  reminders: ReminderValues;
  onSaveReminders: (values: ReminderValues) => Promise<boolean>;
  contactRules: { rules: ContactRule[]; custom: boolean };
  onSaveContactRules: SaveRules;
  /** 开始慰问 on items that call for a visit */
  onStartVisit?: StartVisit;
}) {
  const t = useT();
  const c = result.counts;
  return (
    <StartVisitContext.Provider value={onStartVisit}>
      <div class="today-home" data-testid="today-home" data-state="ready" data-today={result.today}>
        <header class="today-head">
          <h1>{t('today_title')}</h1>
          <p class="muted" data-testid="today-as-of">
            {t('today_as_of', result.today)}
            {' · '}
            {result.standard ? `${result.standard.name}${result.standard.isExample ? t('today_example_standard') : ''}` : t('today_no_standard')}
          </p>
        </header>
        <TodayCountsBar counts={c} campaign={result.campaign} />
        <div class="today-grid">
          <BirthdayList items={result.birthdays} count={c.birthdays} daysAhead={result.birthdayDays} onRecord={onRecord} />
          <CampaignPanel campaign={result.campaign} onExport={onExport} exportState={exportState} onRecord={onRecord} />
          <FollowUpBoard groups={result.followUps} count={c.followUpsDue + c.followUpsOverdue} onRecord={onRecord} />
          <HospitalList inHospital={result.inHospital} discharged={result.discharged} inHospitalCount={c.inHospital} dischargedCount={c.discharged} onRecord={onRecord} />
          <ContactList items={result.notContacted} count={c.notContacted} onRecord={onRecord} />
          <CareList difficulties={result.difficulties} needs={result.needs} difficultyCount={c.difficulties} needCount={c.needs} onRecord={onRecord} />
        </div>
        <ReminderSettings initial={reminders} onSave={onSaveReminders} />
        <ContactRulesEditor initial={contactRules.rules} custom={contactRules.custom} onSave={onSaveContactRules} />
      </div>
    </StartVisitContext.Provider>
  );
}
