import type { FollowUp } from '../core/model/follow-up';
import type { IsoDate } from '../core/model/validators/dates';
import { CadreStore } from './cadre-store';
import { isLive, type CareFillDB } from './db';
import type { RecordRepo, RecordSaveResult } from './record-repo';

/** 一跟进 in storage: a cadre's log, the office's due list, and saving with the cadre checked. */

/** A cadre's follow-ups, the latest contact first. */
export async function followUpsOfCadre(db: CareFillDB, cadreId: string): Promise<FollowUp[]> {
  const rows = (await db.followUps.where('cadreId').equals(cadreId).toArray()).filter(isLive);
  return rows.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : b.createdAt - a.createdAt));
}

/** An open follow-up and the cadre it is about (what the due list shows; no ID number). */
export interface DueFollowUp {
  followUp: FollowUp;
  cadre: { id: string; name: string; category: string; originalUnit?: string; phone?: string };
}

/** Open follow-ups due on or before `until` (overdue ones included), the earliest first. */
export async function dueFollowUps(db: CareFillDB, until: IsoDate): Promise<DueFollowUp[]> {
  return db.transaction('r', db.followUps, db.cadreBuckets, async () => {
    const open = (await db.followUps.where('dueDate').belowOrEqual(until).toArray()).filter((f) => isLive(f) && !f.doneDate) as FollowUp[];
    const cadres = await new CadreStore(db).getRows([...new Set(open.map((f) => f.cadreId))]);
    const byId = new Map(cadres.filter(isLive).map((c) => [c.id, c]));
    const due: DueFollowUp[] = [];
    for (const f of open) {
      const c = byId.get(f.cadreId);
      if (!c) continue;
      const cadre: DueFollowUp['cadre'] = { id: c.id, name: c.name, category: c.category };
      if (c.originalUnit) cadre.originalUnit = c.originalUnit;
      if (c.phones[0]) cadre.phone = c.phones[0];
      due.push({ followUp: f, cadre });
    }
    return due.sort((a, b) => (a.followUp.dueDate! < b.followUp.dueDate! ? -1 : a.followUp.dueDate! > b.followUp.dueDate! ? 1 : a.cadre.name.localeCompare(b.cadre.name, 'zh')));
  });
}

/**
 * Saves a follow-up (create without `target`, else an optimistic update) after checking that
 * its cadre is in the ledger: a follow-up about a deleted or unknown cadre is refused.
 */
export async function saveFollowUp(
  db: CareFillDB,
  repo: RecordRepo<FollowUp>,
  input: unknown,
  target?: { id: string; expectedUpdatedAt: number },
): Promise<RecordSaveResult<FollowUp>> {
  const cadreId = input && typeof input === 'object' ? (input as { cadreId?: unknown }).cadreId : undefined;
  return db.transaction('rw', db.followUps, db.cadreBuckets, async () => {
    if (typeof cadreId === 'string' && !(await new CadreStore(db).get(cadreId)))
      return { ok: false as const, problems: [{ path: 'cadreId', key: 'err_not_found' }] };
    return repo.save(input, target);
  });
}
