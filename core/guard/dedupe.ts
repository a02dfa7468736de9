import type { VisitRecord } from '../model/visit-record';
import type { VisitCandidate } from './candidate';

/**
 * A submit is recorded once even when the person presses 提交 twice (or the page posts twice): a
 * visit of the same cadre, type, date, amounts and form, recorded from the OA a short while ago,
 * is the same submit.
 */

/** How long a second identical submit counts as the same one. */
export const DUPLICATE_SUBMIT_WINDOW_MS = 10 * 60 * 1000;

type Recorded = Pick<VisitRecord, 'cadreId' | 'visitType' | 'date' | 'amount' | 'goodsValue' | 'source' | 'createdAt'> &
  Partial<Pick<VisitRecord, 'formSignature' | 'oaFormNumber' | 'deletedAt'>>;

/** The identity of a submit: cadre + visit type + date + amounts + form signature. */
export function submitKey(v: Pick<VisitCandidate, 'cadreId' | 'visitType' | 'date' | 'amount' | 'goodsValue' | 'formSignature'>): string {
  return [v.cadreId, v.visitType, v.date, Math.round(v.amount * 100), Math.round(v.goodsValue * 100), v.formSignature ?? ''].join('|');
}

/** The earlier record this submit repeats, if any. */
export function duplicateOf<R extends Recorded>(candidate: VisitCandidate, recorded: readonly R[], now: number, windowMs = DUPLICATE_SUBMIT_WINDOW_MS): R | undefined {
  const key = submitKey(candidate);
  return recorded.find(
    (r) =>
      r.deletedAt === undefined &&
      r.source === 'oa' &&
      submitKey(r) === key &&
      // the same OA form number is the same form, however late; otherwise only within the window
      ((candidate.oaFormNumber !== undefined && r.oaFormNumber === candidate.oaFormNumber) || now - r.createdAt <= windowMs),
  );
}
