import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TableChanges } from '../../../storage/cadre-mutations';
import type { CareFillDB } from '../../../storage/db';
import { openRepos } from '../../../storage/repos';
import { freshDb } from './synthetic';

let db: CareFillDB;
let changes: TableChanges;
beforeEach(async () => {
  db = freshDb();
  changes = new TableChanges(db.name, 'followUps');
  // opening (creating) the database reports every table as changed
  await db.open();
  expect(changes.take()).toBe('all');
});
afterEach(async () => {
  changes.dispose();
  await db.delete();
});

const followUp = (i: number) => ({
  id: `followup${String(i).padStart(4, '0')}`,
  createdAt: 1,
  updatedAt: 1,
  cadreId: 'cadre00001',
  date: '2026-01-01',
  method: '电话联系' as const,
  found: '无',
});

describe('TableChanges', () => {
  it('says "all" first, then the keys each committed write touched', async () => {
    expect(changes.take()).toEqual(new Set());
    await db.followUps.put(followUp(1));
    await db.followUps.bulkPut([followUp(2), followUp(3)]);
    expect(changes.take()).toEqual(new Set(['followup0001', 'followup0002', 'followup0003']));
    await openRepos(db).followUps.delete('followup0002');
    expect(changes.take()).toEqual(new Set(['followup0002']));
  });

  it('says "all" after bulk writes and a clear, and ignores other tables and databases', async () => {
    await db.followUps.bulkPut(Array.from({ length: 60 }, (_, i) => followUp(i)));
    expect(changes.take()).toBe('all');
    await db.followUps.clear();
    expect(changes.take()).toBe('all');
    await db.audit.add({ id: 'audit0001', createdAt: 1, updatedAt: 1, at: 1, kind: 'wipe', detail: {} });
    const other = freshDb();
    await other.followUps.put(followUp(9));
    await other.delete();
    expect(changes.take()).toEqual(new Set());
  });

  it('sees nothing of a transaction that failed', async () => {
    await expect(
      db.transaction('rw', db.followUps, async () => {
        await db.followUps.put(followUp(5));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(changes.take()).toEqual(new Set());
  });
});
