import type { FieldKey } from '../model/field-keys';

/**
 * What a rule found: `block` stops the submit (a hard limit, a wrong fact), `warn` asks the person
 * to look (near a cap, outside a window), `info` tells (the approval level needed).
 */
export type Severity = 'block' | 'warn' | 'info';

export const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Chinese, stating the limit and the value (and the clause) */
  message: string;
  messageEn?: string;
  /** the clause of the office's document (《管理办法》第八条) */
  ref?: string;
  /** the form fields the finding concerns, to highlight */
  fields: FieldKey[];
}

/** Findings in order of severity (block first), then in the order the rules ran. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity) || a.i - b.i)
    .map(({ f }) => f);
}

/** `（示例第八条）` after a Chinese message, or nothing. */
export function citeZh(ref: string | undefined): string {
  return ref ? `（${ref}）` : '';
}

/** ` (示例第八条)` after an English message, or nothing. */
export function citeEn(ref: string | undefined): string {
  return ref ? ` (${ref})` : '';
}
