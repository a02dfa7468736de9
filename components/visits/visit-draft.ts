import type { z } from 'zod';
import { toFieldProblems, type FieldProblem } from '../../core/model/issues';
import type { IsoDate } from '../../core/model/validators/dates';
import { visitRecordFields, type VisitRecord } from '../../core/model/visit-record';

/** A visit record as the editor holds it: the fields without the stored envelope. */
export type VisitDraft = z.output<typeof visitRecordFields>;

/** The fields of a stored record, for editing. */
export function draftFromVisit(v: VisitRecord): VisitDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = v;
  return { ...fields };
}

/** A visit made outside the OA, entered by hand. */
export function emptyVisitDraft(cadreId: string, date: IsoDate): VisitDraft {
  return { cadreId, visitType: '节日慰问', date, amount: 0, goodsValue: 0, source: 'manual' };
}

/** Problems of a draft by path, before anything is sent (a figure typed wrong names itself). */
export function validateVisitDraft(draft: VisitDraft): FieldProblem[] {
  const parsed = visitRecordFields.safeParse(draft);
  if (parsed.success) return [];
  return toFieldProblems(parsed.error).map((p, i) => {
    const value = (draft as Record<string, unknown>)[String(parsed.error.issues[i]!.path[0])];
    return typeof value === 'number' && Number.isNaN(value) ? { ...p, key: 'err_number' } : p;
  });
}

/** The value of a record: cash plus goods, in yuan (summed in 分 so it never drifts). */
export function visitValue(v: Pick<VisitDraft, 'amount' | 'goodsValue'>): number {
  return (Math.round(v.amount * 100) + Math.round(v.goodsValue * 100)) / 100;
}
