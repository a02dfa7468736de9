import { useT } from '../../components/i18n';
import type { FillReport, FillRow } from '../../messaging/protocol';
import { TeachCorrections } from './TeachCorrections';

export interface FillReportViewProps {
  report: FillReport;
  /** fill again, writing over values the person typed (shown when some were kept) */
  onOverwrite?: () => void;
  busy?: boolean;
}

const reasonKey = (reason: string): string => `fill_reason_${reason.replace(/-/g, '_')}`;

function Row({ row }: { row: FillRow }) {
  const t = useT();
  return (
    <li
      class={`fill-row is-${row.status}`}
      data-testid="fill-row"
      data-key={row.key}
      data-status={row.status}
      data-reason={row.reason ?? ''}
      data-frame-id={String(row.frameId)}
      data-frame-path={row.framePath}
      data-name={row.name}
      title={row.selector}
    >
      <span class="fill-row-label">{row.label || t('fill_no_label')}</span>
      <span class="fill-row-value">{row.status === 'skipped' ? '' : row.shown || row.value}</span>
      <span class="fill-row-status">
        {t(`fill_status_${row.status}`)}
        {row.reason ? `（${t(reasonKey(row.reason))}）` : ''}
      </span>
    </li>
  );
}

/** The fill report: counts, then every field with its status; skipped fields last. */
export function FillReportView({ report, onOverwrite, busy }: FillReportViewProps) {
  const t = useT();
  const { counts } = report;
  const done = report.rows.filter((r) => r.status !== 'skipped');
  const skipped = report.rows.filter((r) => r.status === 'skipped');
  const typed = skipped.filter((r) => r.reason === 'user-typed').length;
  return (
    <section
      class="fill-report"
      data-testid="fill-report"
      data-verified={String(counts.verified)}
      data-filled={String(counts.filled)}
      data-mismatch={String(counts.mismatch)}
      data-skipped={String(counts.skipped)}
      data-role={report.role}
      data-prepared-frames={String(report.preparedFrames)}
      aria-live="polite"
    >
      <p class="fill-summary">
        {t('fill_summary', [String(counts.verified + counts.filled + counts.mismatch), String(counts.verified), String(counts.mismatch), String(counts.skipped)])}
      </p>
      {typed > 0 && onOverwrite && (
        <button type="button" class="secondary" data-testid="fill-overwrite" disabled={busy} onClick={onOverwrite}>
          {t('fill_overwrite', String(typed))}
        </button>
      )}
      <ul class="fill-rows">
        {[...done, ...skipped].map((r, i) => (
          <Row key={`${r.frameId}|${r.selector}|${i}`} row={r} />
        ))}
      </ul>
      <TeachCorrections report={report} />
    </section>
  );
}
