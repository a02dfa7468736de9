import type { OverrideRow, PendingClaimRow } from '../../core/reports';
import { formatYuan } from '../../core/rules/money';
import { useT } from '../i18n';

/** Visits whose money is not yet in an expense claim (待报销). */
export function PendingClaims({ rows, totalFen }: { rows: readonly PendingClaimRow[]; totalFen: number }) {
  const t = useT();
  return (
    <section class="report-section" aria-labelledby="report-pending-title">
      <h2 id="report-pending-title">
        {t('report_pending')} <span class="muted">{t('report_pending_total', [String(rows.length), formatYuan(totalFen)])}</span>
      </h2>
      {rows.length === 0 ? (
        <p class="muted">{t('report_none')}</p>
      ) : (
        <table class="report-table">
          <thead>
            <tr>
              <th>{t('report_col_date')}</th>
              <th>{t('report_col_name')}</th>
              <th>{t('report_col_type')}</th>
              <th class="num">{t('report_col_total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.visitId} data-testid="report-pending-row" data-visit-id={r.visitId} data-amount={formatYuan(r.totalFen).replace(/,/g, '')}>
                <td>{r.date}</td>
                <td>{r.name}</td>
                <td>{r.festival ? `${r.visitType}（${r.festival}）` : r.visitType}</td>
                <td class="num">{formatYuan(r.totalFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Blocking findings overridden at submit, with the reason the person wrote (超标准办理). */
export function Overrides({ rows }: { rows: readonly OverrideRow[] }) {
  const t = useT();
  return (
    <section class="report-section" aria-labelledby="report-overrides-title">
      <h2 id="report-overrides-title">{t('report_overrides')}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('report_none')}</p>
      ) : (
        <table class="report-table">
          <thead>
            <tr>
              <th>{t('report_col_date')}</th>
              <th>{t('report_col_name')}</th>
              <th>{t('report_col_rules')}</th>
              <th>{t('report_col_reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="report-override-row">
                <td>{r.date}</td>
                <td>{r.name}</td>
                <td>{r.rules}</td>
                <td class="report-reason">{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
