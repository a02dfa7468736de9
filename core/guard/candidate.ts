import type { VisitRecord } from '../model/visit-record';
import type { VisitFacts } from '../rules/facts';
import { fieldText, type FormValues } from '../rules/facts';

/** Where the submitted form was. */
export interface SubmitPlace {
  /** the OA page's address */
  oaUrl: string;
  /** core/fill formSignature of the frame's fields */
  formSignature: string;
}

/** The input of a visit record (`repos.visits.save`) for a submit that went through. */
export type VisitCandidate = Pick<VisitRecord, 'cadreId' | 'visitType' | 'date' | 'amount' | 'goodsValue' | 'source'> &
  Partial<Pick<VisitRecord, 'festival' | 'tier' | 'form' | 'goods' | 'fundingSource' | 'oaUrl' | 'oaFormNumber' | 'formSignature'>>;

const MAX_URL = 2000;

/**
 * The visit a submitted form records: type, festival, tier, date (the visit date, else the apply
 * date, else today), cash and goods value, form, goods, funding source, OA address and form
 * number. Null when the form names no visit type (it is not a 慰问审批单 the ledger counts).
 */
export function visitCandidate(form: FormValues, facts: VisitFacts, cadreId: string, place: SubmitPlace): VisitCandidate | null {
  if (!facts.visitType) return null;
  const goods = fieldText(form, 'visit.goods')?.slice(0, 200);
  const funding = fieldText(form, 'visit.fundingSource')?.slice(0, 60);
  return {
    cadreId,
    visitType: facts.visitType,
    date: facts.on,
    amount: (facts.cashFen ?? (facts.goodsFen === undefined ? facts.totalFen : undefined) ?? 0) / 100,
    goodsValue: (facts.goodsFen ?? 0) / 100,
    source: 'oa',
    ...(facts.festival ? { festival: facts.festival } : {}),
    ...(facts.tier ? { tier: facts.tier.slice(0, 20) } : {}),
    ...(facts.supportForm ? { form: facts.supportForm } : {}),
    ...(goods ? { goods } : {}),
    ...(funding ? { fundingSource: funding } : {}),
    ...(place.oaUrl ? { oaUrl: place.oaUrl.slice(0, MAX_URL) } : {}),
    ...(facts.formNumber ? { oaFormNumber: facts.formNumber.slice(0, 60) } : {}),
    ...(place.formSignature ? { formSignature: place.formSignature.slice(0, 100) } : {}),
  };
}
