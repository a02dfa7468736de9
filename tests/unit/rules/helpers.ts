import { cadre as cadreSchema, type Cadre } from '../../../core/model/cadre';
import { standard as standardSchema, type Standard, type StandardInput } from '../../../core/model/standard';
import { idCheckChar } from '../../../core/model/validators/id-number';
import { checkVisit } from '../../../core/rules/check-visit';
import type { FormValues } from '../../../core/rules/facts';
import type { Finding } from '../../../core/rules/finding';
import { VisitHistoryIndex, type HistoryVisit } from '../../../core/rules/history-index';
import type { Rule } from '../../../core/rules/rule';

/** Synthetic people and standards for rule tests (never real persons). */

export const TODAY = '2026-11-29';

/** A valid 18-digit ID number for a birth date (YYYY-MM-DD); odd `seq` = male. */
export function makeIdNumber(birthDate: string, seq = '123', region = '420106'): string {
  const first17 = `${region}${birthDate.replace(/-/g, '')}${seq}`;
  return first17 + idCheckChar(first17);
}

let cadreSeq = 0;

/** A ledger cadre: 张建国, 退休, 厅局级, born 1936-10-23 (male), unless overridden. */
export function makeCadre(overrides: Record<string, unknown> = {}): Cadre {
  const birthDate = (overrides.birthDate as string | undefined) ?? '1936-10-23';
  cadreSeq++;
  return cadreSchema.parse({
    id: `cadre${String(cadreSeq).padStart(5, '0')}`,
    createdAt: 0,
    updatedAt: 0,
    name: '张建国',
    gender: '男',
    idNumber: makeIdNumber(birthDate),
    birthDate,
    category: '退休',
    rank: '厅局级',
    originalUnit: '省示例厅',
    originalPosition: '副厅长',
    ...overrides,
  });
}

/** A standard with only the clauses a test gives (plus schema defaults), in force from 2020. */
export function makeStandard(overrides: Partial<StandardInput> & { id?: string } = {}): Standard {
  return standardSchema.parse({
    id: 'standard-test-0001',
    createdAt: 0,
    updatedAt: 0,
    name: '测试标准',
    effectiveFrom: '2020-01-01',
    ...overrides,
  });
}

let visitSeq = 0;

/** A visit record of the history. */
export function makeVisit(overrides: Partial<HistoryVisit> & Pick<HistoryVisit, 'cadreId'>): HistoryVisit {
  visitSeq++;
  return { id: `visit${String(visitSeq).padStart(6, '0')}`, visitType: '节日慰问', date: '2026-01-20', amount: 0, goodsValue: 0, ...overrides };
}

export interface RunOptions {
  form: FormValues;
  cadre?: Cadre;
  history?: HistoryVisit[];
  standard?: Standard | null;
  today?: string;
}

/** Runs one rule through `checkVisit`. */
export function runRule(rule: Rule, opts: RunOptions): Finding[] {
  return checkVisit({
    form: opts.form,
    cadre: opts.cadre,
    history: VisitHistoryIndex.build(opts.history ?? []),
    standards: opts.standard === null ? [] : [opts.standard ?? makeStandard()],
    today: opts.today ?? TODAY,
    rules: [rule],
  });
}

/** The severities found, for compact assertions. */
export function severities(findings: Finding[]): string[] {
  return findings.map((f) => f.severity);
}
