import { useCallback, useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import type { ExportState } from '../../components/today/CampaignPanel';
import type { ContactDraft, ContactOutcome } from '../../components/today/ContactForm';
import type { ReminderValues } from '../../components/today/ReminderSettings';
import { TodayHome } from '../../components/today/TodayHome';
import { isIsoDate, todayInShanghai } from '../../core/model/validators/dates';
import { request } from '../../messaging/client';
import type { TodayResponses } from '../../messaging/protocol';
import { failureKey } from './failure';
import { startVisit } from './start-visit';
import { downloadVisitList } from './today-xlsx';

/** Items shown per list; the counts are always whole. */
const LIST_LIMIT = 50;

/**
 * The office day the page computes for: today in Asia/Shanghai. Test builds (`--mode test`)
 * accept `options.html?today=YYYY-MM-DD#today`, so end-to-end tests run against a fixed day.
 */
function officeDay(): string | undefined {
  if ((import.meta.env as { MODE?: string }).MODE !== 'test') return undefined;
  const day = new URLSearchParams(location.search).get('today');
  return day && isIsoDate(day) ? day : undefined;
}

type State = { kind: 'loading' } | { kind: 'ready'; result: TodayResponses['today.compute'] } | { kind: 'failed'; messageKey: string };

/** 今日工作, the options page's home: loads the lists, records contacts, exports the visit list. */
export function TodayView() {
  const t = useT();
  const [day] = useState(officeDay);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const [startError, setStartError] = useState<string>();
  const dayPayload = day ? { today: day } : {};

  const load = useCallback(async () => {
    try {
      setState({ kind: 'ready', result: await request('today.compute', { ...(day ? { today: day } : {}), limit: LIST_LIMIT }) });
    } catch (e) {
      setState({ kind: 'failed', messageKey: failureKey(e) });
    }
  }, [day]);
  useEffect(() => void load(), [load]);

  const record = async (cadreId: string, draft: ContactDraft): Promise<ContactOutcome> => {
    try {
      const res = await request('followUp.save', { input: { cadreId, date: day ?? todayInShanghai(), ...draft } });
      if (!res.ok) return { ok: false, messageKey: res.problems[0]?.key ?? 'err_request_failed' };
      void load();
      return { ok: true };
    } catch (e) {
      return { ok: false, messageKey: failureKey(e) };
    }
  };

  const exportList = async () => {
    setExportState({ kind: 'working' });
    try {
      const { sheet } = await request('today.visitList', dayPayload);
      if (!sheet) return setExportState({ kind: 'failed', messageKey: 'today_campaign_none' });
      await downloadVisitList(sheet);
      setExportState({ kind: 'done', rows: sheet.rows.length });
    } catch (e) {
      setExportState({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  const saveReminders = async (values: ReminderValues): Promise<boolean> => {
    try {
      return (await request('today.reminders', values)).ok;
    } catch {
      return false;
    }
  };

  const onStartVisit = (cadreId: string, templateId: string) => {
    setStartError(undefined);
    startVisit(cadreId, templateId).then(
      (opened) => opened || setStartError('today_start_no_oa_tab'),
      () => setStartError('err_request_failed'),
    );
  };

  if (state.kind === 'loading')
    return (
      <p class="empty-state" data-testid="today-home" data-state="loading">
        {t('today_loading')}
      </p>
    );
  if (state.kind === 'failed')
    return (
      <p class="empty-state is-error" role="alert" data-testid="today-home" data-state="error">
        {t(state.messageKey)}
      </p>
    );
  return (
    <>
      {startError && (
        <p class="empty-state is-error" role="alert" data-testid="today-start-error" data-key={startError}>
          {t(startError)}
        </p>
      )}
      <TodayHome
        result={state.result}
        onRecord={record}
        onExport={() => void exportList()}
        exportState={exportState}
        reminders={state.result.reminders}
        onSaveReminders={saveReminders}
        contactRules={state.result.contactRules}
        onSaveContactRules={async (rules) => {
          const res = await request('today.contactRules', { rules });
          if (res.ok) void load();
          return res;
        }}
        onStartVisit={onStartVisit}
      />
    </>
  );
}
