import type { FieldProblem } from '../../core/model/issues';
import { toFieldProblems } from '../../core/model/issues';
import { standardInput, type Standard, type StandardRules } from '../../core/model/standard';
import type { IsoDate } from '../../core/model/validators/dates';

/**
 * A version of the standards as the editor holds it: the rules without the stored envelope.
 * Numbers typed wrong are NaN until fixed; `validateStandardDraft` names them.
 */
export type StandardDraft = StandardRules;

export type PerVisitCapRow = StandardDraft['perVisitCaps'][number];
export type AnnualCapRow = StandardDraft['annualCaps'][number];
export type FrequencyRow = StandardDraft['frequency'][number];
export type FestivalWindowRow = StandardDraft['festivalWindows'][number];
export type AllowedFormsRow = StandardDraft['allowedForms'][number];
export type ForbiddenItemsRow = StandardDraft['forbiddenItems'][number];
export type RequiredFieldsRow = StandardDraft['requiredFields'][number];
export type ApprovalRow = StandardDraft['approvalThresholds'][number];

/** The rules of a stored version, for editing. */
export function draftFromStandard(s: Standard): StandardDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...rules } = s;
  return structuredClone(rules);
}

/** A new, empty version of the office, in force from `today`. */
export function emptyStandardDraft(today: IsoDate): StandardDraft {
  return standardInput.parse({ name: '本单位经费标准', effectiveFrom: today });
}

const MAX_NAME = 100;

/**
 * A copy of a version to start the next one from: the office's own (never the example's label),
 * in force from `today`, with no end date. The figures and clause references are kept.
 */
export function duplicateDraft(s: Standard | StandardDraft, today: IsoDate): StandardDraft {
  const rules = 'id' in s ? draftFromStandard(s) : structuredClone(s);
  const name = rules.isExample ? '本单位经费标准（由示例复制，请逐项核对）' : `${rules.name}（副本）`.slice(0, MAX_NAME);
  const { effectiveTo: _to, ...rest } = rules;
  return { ...rest, name, isExample: false, effectiveFrom: today };
}

/** True for a number typed wrong somewhere at `path` of the draft. */
function isNaNAt(root: unknown, path: readonly PropertyKey[]): boolean {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return false;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return typeof v === 'number' && Number.isNaN(v);
}

/** The problems of a draft by path (`perVisitCaps.2.cap`), before anything is sent. */
export function validateStandardDraft(draft: StandardDraft): FieldProblem[] {
  const parsed = standardInput.safeParse(draft);
  if (parsed.success) return [];
  const problems = toFieldProblems(parsed.error);
  return parsed.error.issues.map((issue, i) => (isNaNAt(draft, issue.path) ? { path: problems[i]!.path, key: 'err_number' } : problems[i]!));
}

/** New rows, with the first choice of each vocabulary filled in. */
export const newRows = {
  perVisitCap: (): PerVisitCapRow => ({ visitType: '住院看望', measure: '合计', cap: Number.NaN }),
  annualCap: (): AnnualCapRow => ({ visitTypes: [], cap: Number.NaN }),
  frequency: (): FrequencyRow => ({ visitType: '住院看望', max: 1, per: 'year' }),
  festivalWindow: (used: readonly string[]): FestivalWindowRow => {
    const festival = (['春节', '元旦', '清明', '端午', '七一', '中秋', '国庆', '重阳'] as const).find((f) => !used.includes(f)) ?? '春节';
    return { festival, before: 10, after: 3 };
  },
  allowedForms: (): AllowedFormsRow => ({ visitType: '节日慰问', forms: ['慰问品'] }),
  forbiddenItems: (): ForbiddenItemsRow => ({ visitTypes: [], items: [] }),
  requiredFields: (): RequiredFieldsRow => ({ visitTypes: [], fields: [] }),
  approval: (): ApprovalRow => ({ over: Number.NaN, level: '' }),
};
