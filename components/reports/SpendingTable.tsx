import type { SpendingRow } from '../../core/reports';
import { formatYuan } from '../../core/rules/money';
import { useT } from '../i18n';
import { BarChart } from './BarChart';

/** One spending table of the report (rows, 合计 line) with its bar chart of totals. */
export function SpendingTable({
  id,
  title,
  keyHeader,
  rows,
  total,
  label,
}: {
  /** test id suffix: `report-by-<id>` */
  id: string;
  title: string;
  keyHeader: string;
  rows: readonly SpendingRow[];
  total: SpendingRow;
  label: (key: string) => string;
}) {
  const t = useT();
  return (
    <section class="report-section" aria-labelledby={`report-${id}-title`}>
      <h2 id={`report-${id}-title`}>{title}</h2>
      <div class="report-pair">
        <table class="report-table" data-testid={`report-by-${id}`}>
          <thead>
            <tr>
              <th>{keyHeader}</th>
              <th class="num">{t('report_col_count')}</th>
              <th class="num">{t('report_col_amount')}</th>
              <th class="num">{t('report_col_goods')}</th>
              <th class="num">{t('report_col_total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-testid="report-row" data-key={r.key} data-amount={formatYuan(r.totalFen).replace(/,/g, '')}>
                <td>{label(r.key)}</td>
                <td class="num">{r.count}</td>
                <td class="num">{formatYuan(r.amountFen)}</td>
                <td class="num">{formatYuan(r.goodsFen)}</td>
                <td class="num">{formatYuan(r.totalFen)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>{t('report_sum')}</th>
              <td class="num">{total.count}</td>
              <td class="num">{formatYuan(total.amountFen)}</td>
              <td class="num">{formatYuan(total.goodsFen)}</td>
              <td class="num">{formatYuan(total.totalFen)}</td>
            </tr>
          </tfoot>
        </table>
        {total.totalFen > 0 && <BarChart title={title} bars={rows.map((r) => ({ label: label(r.key), value: r.totalFen, display: formatYuan(r.totalFen) }))} />}
      </div>
    </section>
  );
}
