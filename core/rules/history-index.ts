import type { VisitRecord } from '../model/visit-record';
import { dateParts, type IsoDate } from '../model/validators/dates';

/**
 * The visit records a check counts (annual caps, frequency, duplicates), indexed by cadre and
 * calendar year once, so that checking one form reads only that cadre's records of the years
 * concerned, never the whole history.
 */

/** What the rules read of a visit record. */
export type HistoryVisit = Pick<VisitRecord, 'cadreId' | 'visitType' | 'date'> &
  Partial<Pick<VisitRecord, 'id' | 'festival' | 'tier' | 'amount' | 'goodsValue' | 'oaFormNumber' | 'deletedAt'>>;

const NONE: readonly HistoryVisit[] = Object.freeze([]);

export class VisitHistoryIndex {
  private readonly byCadre = new Map<string, Map<number, HistoryVisit[]>>();
  private count = 0;

  /** Indexes the records; deleted ones (tombstones) are left out. */
  static build(records: Iterable<HistoryVisit>): VisitHistoryIndex {
    const index = new VisitHistoryIndex();
    for (const r of records) index.add(r);
    return index;
  }

  /** An index with no records. */
  static empty(): VisitHistoryIndex {
    return new VisitHistoryIndex();
  }

  /** Adds one record (a visit just submitted) without rebuilding. */
  add(record: HistoryVisit): void {
    if (record.deletedAt !== undefined) return;
    const year = dateParts(record.date).y;
    let years = this.byCadre.get(record.cadreId);
    if (!years) {
      years = new Map();
      this.byCadre.set(record.cadreId, years);
    }
    const list = years.get(year);
    if (list) {
      // Keep each year sorted by date; records mostly arrive in order, so this is usually a push.
      let i = list.length;
      while (i > 0 && list[i - 1]!.date > record.date) i--;
      list.splice(i, 0, record);
    } else years.set(year, [record]);
    this.count++;
  }

  /** The number of records indexed. */
  get size(): number {
    return this.count;
  }

  /** A cadre's records of one calendar year, by date. */
  inYear(cadreId: string, year: number): readonly HistoryVisit[] {
    return this.byCadre.get(cadreId)?.get(year) ?? NONE;
  }

  /** A cadre's records dated from `from` to `to` (inclusive), by date. */
  between(cadreId: string, from: IsoDate, to: IsoDate): HistoryVisit[] {
    const years = this.byCadre.get(cadreId);
    if (!years || from > to) return [];
    const out: HistoryVisit[] = [];
    for (let y = dateParts(from).y; y <= dateParts(to).y; y++)
      for (const r of years.get(y) ?? NONE) if (r.date >= from && r.date <= to) out.push(r);
    return out;
  }
}

/**
 * The records other than the visit on the form itself: a form already recorded (same OA form
 * number) must not count against itself when it is checked again.
 */
export function otherVisits(records: readonly HistoryVisit[], formNumber: string | undefined): HistoryVisit[] {
  return formNumber === undefined ? [...records] : records.filter((r) => r.oaFormNumber !== formNumber);
}
