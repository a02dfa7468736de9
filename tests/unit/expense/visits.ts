import { visitRecord, type VisitRecord } from '../../../core/model/visit-record';

/** A synthetic visit record (validated through the real schema). */
export function visit(id: string, over: Partial<VisitRecord> = {}): VisitRecord {
  return visitRecord.parse({
    id: `visit-${id}`.padEnd(8, '0'),
    createdAt: 1,
    updatedAt: 1,
    cadreId: `cadre-${id}`.padEnd(8, '0'),
    visitType: '节日慰问',
    festival: '春节',
    date: '2026-02-10',
    amount: 500,
    goodsValue: 0,
    form: '慰问金',
    source: 'manual',
    ...over,
  });
}
