/** Units a benchmark metric may be reported in. */
export type MetricUnit = 'ms' | 'ratio' | 'bytes' | 'count';

/**
 * One measured number and the budget it must stay within (at most, unless `better` is 'higher').
 * A metric without a budget is reported for comparison only (e.g. the cold path beside the one a
 * person waits for).
 */
export interface Metric {
  value: number;
  unit: MetricUnit;
  budget?: number;
  /** 'higher' for metrics where more is better (accuracy ratios): then the budget is a floor. */
  better?: 'higher';
}

export type MetricSet = Record<string, Metric>;

/** Shared services for metric modules. */
export interface BenchContext {
  /** repository root */
  root: string;
  /** The production Chrome build directory, built first when missing (or always with --build). */
  productionBuild(): Promise<string>;
  /** The production Firefox build directory, built first when missing. */
  firefoxBuild(): Promise<string>;
}

/**
 * A file in tests/bench/metrics/ exports `measure`; the runner discovers every such file, so a new
 * benchmark is one new module.
 */
export interface MetricModule {
  measure(ctx: BenchContext): Promise<MetricSet>;
}

/** True when the metric is within its budget. */
export function withinBudget(m: Metric): boolean {
  if (m.budget === undefined) return true;
  return m.better === 'higher' ? m.value >= m.budget : m.value <= m.budget;
}
