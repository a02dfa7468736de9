import { followUpStatus } from '../core/ledger/follow-ups';
import { daysBetween } from '../core/model';
import type { DueFollowUpItem } from '../messaging/protocol';
import { useT } from './i18n';

export interface FollowUpDueListProps {
  /** undefined while loading */
  items?: readonly DueFollowUpItem[];
  today: string;
  withinDays: number;
  onWithinDays: (days: number) => void;
  /** translated text of a failure */
  error?: string;
  busyId?: string;
  onOpenCadre: (cadreId: string) => void;
  onMarkDone: (item: DueFollowUpItem) => void;
}

const WINDOWS = [0, 7, 30, 90] as const;

/** The office's follow-ups that are overdue or due soon, the earliest first, each with its cadre. */
export function FollowUpDueList({ items, today, withinDays, onWithinDays, error, busyId, onOpenCadre, onMarkDone }: FollowUpDueListProps) {
  const t = useT();
  const overdue = items?.filter((i) => i.followUp.dueDate! < today).length ?? 0;
  return (
    <section class="panel followups-panel" data-testid="followups-due">
      <h2>{t('followups_title')}</h2>
      <div class="followups-toolbar">
        <label class="filter">
          <span>{t('followups_window')}</span>
          <select data-testid="followups-window" value={String(withinDays)} onChange={(e) => onWithinDays(Number((e.currentTarget as HTMLSelectElement).value))}>
            {WINDOWS.map((d) => (
              <option key={d} value={String(d)}>
                {d === 0 ? t('followups_window_overdue') : t('followups_window_days', String(d))}
              </option>
            ))}
          </select>
        </label>
        {items && (
          <p class="muted" data-testid="followups-count" data-total={String(items.length)} data-overdue={String(overdue)}>
            {t('followups_count', [String(items.length), String(overdue)])}
          </p>
        )}
      </div>
      {error && (
        <p class="notice is-error" role="alert">
          {error}
        </p>
      )}
      {items === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p class="empty-state">{t('followups_none')}</p>
      ) : (
        <table class="followups-table">
          <thead>
            <tr>
              <th>{t('followup_due')}</th>
              <th>{t('field_name')}</th>
              <th>{t('field_originalUnit')}</th>
              <th>{t('followup_found')}</th>
              <th>{t('followup_action')}</th>
              <th>{t('followup_owner')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const f = item.followUp;
              const status = followUpStatus(f, today);
              const late = daysBetween(f.dueDate!, today);
              return (
                <tr key={f.id} class={`is-${status}`} data-testid="followup-due-row" data-status={status}>
                  <td>
                    <span class="followup-date">{f.dueDate}</span>{' '}
                    <span class={`tag status-${status}`}>
                      {status === 'overdue' ? t('followups_late', String(late)) : status === 'due-today' ? t('followups_today') : t('followups_in', String(-late))}
                    </span>
                  </td>
                  <td>
                    <button type="button" class="link-button" data-testid="followup-open-cadre" onClick={() => onOpenCadre(item.cadre.id)}>
                      {item.cadre.name}
                    </button>
                  </td>
                  <td>{item.cadre.originalUnit ?? ''}</td>
                  <td class="followup-found">{f.found}</td>
                  <td>{f.action ?? ''}</td>
                  <td>{f.owner ?? ''}</td>
                  <td>
                    <button type="button" class="secondary small" data-testid="followup-due-done" disabled={busyId === f.id} onClick={() => onMarkDone(item)}>
                      {t('followup_mark_done')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
