import type { ClaimVisitRow } from '../../messaging/requests/expense';
import { visitCostFen } from '../../core/expense/money';
import { formatYuan } from '../../core/rules/money';
import { useT } from '../i18n';

export interface ClaimVisitListProps {
  rows: readonly ClaimVisitRow[];
  selected: ReadonlySet<string>;
  onToggle: (visitId: string, on: boolean) => void;
  onSelectAll: (on: boolean) => void;
}

/** The visits the filters found, each with a checkbox; select all on top. */
export function ClaimVisitList({ rows, selected, onToggle, onSelectAll }: ClaimVisitListProps) {
  const t = useT();
  const all = rows.length > 0 && rows.every((r) => selected.has(r.visit.id));
  return (
    <div class="claim-visits" data-testid="claim-visits" data-count={String(rows.length)}>
      <label class="checkbox-label">
        <input type="checkbox" data-testid="claim-select-all" checked={all} disabled={rows.length === 0} onChange={(e) => onSelectAll(e.currentTarget.checked)} />
        {t('claim_select_all', [String(selected.size), String(rows.length)])}
      </label>
      {rows.length === 0 ? (
        <p class="muted small-text">{t('claim_no_visits')}</p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th />
              <th>{t('claim_col_date')}</th>
              <th>{t('claim_col_recipient')}</th>
              <th>{t('claim_col_type')}</th>
              <th>{t('claim_col_amount')}</th>
              <th>{t('claim_col_claimed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ visit, cadreName }) => (
              <tr key={visit.id} data-testid="claim-visit" data-visit-id={visit.id}>
                <td>
                  <input type="checkbox" aria-label={cadreName} checked={selected.has(visit.id)} onChange={(e) => onToggle(visit.id, e.currentTarget.checked)} />
                </td>
                <td>{visit.date}</td>
                <td>{cadreName}</td>
                <td>{visit.festival ?? visit.visitType}</td>
                <td class="num">{formatYuan(visitCostFen(visit))}</td>
                <td>{visit.claimedIn ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
