/**
 * A plain SVG bar chart (no chart library: a year has at most a dozen bars per chart, and text in
 * SVG is set as text, never markup). Bars are drawn in proportion to the largest value.
 */
export interface Bar {
  label: string;
  value: number;
  /** shown at the bar's end, e.g. `1,200.00` */
  display: string;
}

const ROW = 22;
const LABEL_WIDTH = 96;
const BAR_WIDTH = 260;
const VALUE_WIDTH = 96;

export function BarChart({ bars, title }: { bars: readonly Bar[]; title: string }) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 4;
  return (
    <svg class="report-chart" role="img" aria-label={title} width={LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH} height={height} viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH} ${height}`}>
      <title>{title}</title>
      {bars.map((b, i) => {
        const w = max > 0 ? Math.max(b.value > 0 ? 1 : 0, Math.round((b.value / max) * BAR_WIDTH)) : 0;
        const y = i * ROW + 2;
        return (
          <g key={`${i}-${b.label}`}>
            <text x={LABEL_WIDTH - 6} y={y + ROW / 2 + 4} text-anchor="end" class="report-chart-label">
              {b.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 3} width={w} height={ROW - 8} rx="2" class="report-chart-bar" />
            <text x={LABEL_WIDTH + w + 6} y={y + ROW / 2 + 4} class="report-chart-value">
              {b.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
