import type { Finding, Severity } from '../rules/finding';

/**
 * What the guard does with a submit, from the findings: `pass` lets it through untouched (no
 * findings, or information only), `confirm` asks the person (warnings), `block` holds it until
 * the form is fixed or the person overrides with a written reason.
 */
export type GuardVerdict = 'pass' | 'confirm' | 'block';

/** The worst severity among the findings; `none` when there are none. */
export function severityMax(findings: readonly Pick<Finding, 'severity'>[]): Severity | 'none' {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  if (findings.some((f) => f.severity === 'warn')) return 'warn';
  if (findings.some((f) => f.severity === 'info')) return 'info';
  return 'none';
}

/** The verdict on a submit with these findings. */
export function verdictOf(findings: readonly Pick<Finding, 'severity'>[]): GuardVerdict {
  const max = severityMax(findings);
  return max === 'block' ? 'block' : max === 'warn' ? 'confirm' : 'pass';
}

/** An override needs a reason a reader can understand: a few characters at least. */
export const MIN_OVERRIDE_REASON = 4;

/** The reason as stored: trimmed; null when too short to count as a written reason. */
export function overrideReason(text: string): string | null {
  const t = text.trim();
  return [...t].length >= MIN_OVERRIDE_REASON ? t.slice(0, 2000) : null;
}
