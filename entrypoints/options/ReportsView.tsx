import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { CadreTotalsTable } from '../../components/reports/CadreTotalsTable';
import { Overrides, PendingClaims } from '../../components/reports/PendingAndOverrides';
import { SpendingTable } from '../../components/reports/SpendingTable';
import '../../components/reports/reports.css';
import { dateParts, todayInShanghai } from '../../core/model';
import type { YearReport } from '../../core/reports';
import { formatYuan } from '../../core/rules/money';
import { request } from '../../messaging/client';
import { failureKey } from './failure';
import { downloadReport } from './report-xlsx';

/** Years offered: this one and the five before (audits look back), newest first. */
function yearsUpTo(year: number): number[] {
  return Array.from({ length: 6 }, (_, i) => year - i);
}

/** Wires the 经费报表 view: a year's spending tables and charts, export to .xlsx, print. */
export function ReportsView() {
  const t = useT();
  const thisYear = dateParts(todayInShanghai()).y;
  const [year, setYear] = useState(thisYear);
  const [report, setReport] = useState<YearReport>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    setReport(undefined);
    request('report.year', { year }).then(
      (r) => live && (setReport(r), setError(undefined)),
      (e: unknown) => live && setError(t(failureKey(e))),
    );
    return () => void (live = false);
  }, [year, t]);

  const notRecorded = (key: string) => key || t('report_not_recorded');
  return (
    <section class="reports" aria-labelledby="reports-title">
      <div class="reports-head">
        <h1 id="reports-title">{t('report_title', String(year))}</h1>
        <label class="reports-year">
          {t('report_year')}
          <select data-testid="report-year" value={String(year)} onChange={(e) => setYear(Number(e.currentTarget.value))}>
            {yearsUpTo(thisYear).map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="report-export" disabled={!report} onClick={() => report && void downloadReport(report)}>
          {t('report_export')}
        </button>
        <button type="button" data-testid="report-print" disabled={!report} onClick={() => print()}>
          {t('report_print')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!report && !error && <p class="muted">{t('report_loading')}</p>}
      {report && (
        <>
          <p class="report-total" data-testid="report-total" data-amount={formatYuan(report.total.totalFen).replace(/,/g, '')}>
            {t('report_total_line', [String(report.total.count), formatYuan(report.total.amountFen), formatYuan(report.total.goodsFen), formatYuan(report.total.totalFen)])}
          </p>
          <SpendingTable id="month" title={t('report_by_month')} keyHeader={t('report_col_month')} rows={report.byMonth} total={report.total} label={(k) => t('report_month', String(Number(k)))} />
          <SpendingTable id="type" title={t('report_by_type')} keyHeader={t('report_col_type')} rows={report.byType} total={report.total} label={notRecorded} />
          <SpendingTable id="source" title={t('report_by_source')} keyHeader={t('report_col_source')} rows={report.bySource} total={report.total} label={notRecorded} />
          <SpendingTable id="category" title={t('report_by_category')} keyHeader={t('report_col_category')} rows={report.byCategory} total={report.total} label={notRecorded} />
          <CadreTotalsTable rows={report.cadres} />
          <PendingClaims rows={report.pendingClaims} totalFen={report.pendingTotalFen} />
          <Overrides rows={report.overrides} />
        </>
      )}
    </section>
  );
}
