import type { CadreTotalRow } from '../../core/reports';
import { formatYuan } from '../../core/rules/money';
import { useT } from '../i18n';

/** Per-cadre totals of the year against the binding annual cap, those over it marked. */
export function CadreTotalsTable({ rows }: { rows: readonly CadreTotalRow[] }) {
  const t = useT();
  return (
    <section class="report-section" aria-labelledby="report-cadres-title">
      <h2 id="report-cadres-title">{t('report_cadres')}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('report_none')}</p>
      ) : (
        <table class="report-table">
          <thead>
            <tr>
              <th>{t('report_col_name')}</th>
              <th>{t('report_col_category')}</th>
              <th>{t('report_col_unit')}</th>
              <th class="num">{t('report_col_count')}</th>
              <th class="num">{t('report_col_total')}</th>
              <th class="num">{t('report_col_cap')}</th>
              <th class="num">{t('report_col_ratio')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.cadreId} class={r.over ? 'report-over' : undefined} data-testid="report-cadre-row" data-cadre-id={r.cadreId} data-over={String(r.over)} data-amount={formatYuan(r.totalFen).replace(/,/g, '')}>
                <td>{r.name}</td>
                <td>{r.category ?? ''}</td>
                <td>{r.originalUnit ?? ''}</td>
                <td class="num">{r.count}</td>
                <td class="num">{formatYuan(r.totalFen)}</td>
                <td class="num">{r.capFen === undefined ? '—' : formatYuan(r.capFen)}</td>
                <td class="num">
                  {r.ratio === undefined || !Number.isFinite(r.ratio) ? '—' : `${Math.round(r.ratio * 100)}%`}
                  {r.over && <strong class="report-over-mark"> {t('report_over')}</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
