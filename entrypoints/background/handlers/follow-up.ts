import { dueBy } from '../../../core/ledger/follow-ups';
import { todayInShanghai } from '../../../core/model/validators/dates';
import { dueFollowUps, followUpsOfCadre, saveFollowUp } from '../../../storage/follow-up-queries';
import type { Handler } from './context';

/** 一跟进: a cadre's log, saving (and marking done), deleting, and the office's due list. */

/** `followUp.list`: a cadre's follow-ups, the latest first. */
export const listFollowUps: Handler<'followUp.list'> = async ({ cadreId }, { repos }) => ({ items: await followUpsOfCadre(repos.db, cadreId) });

/** `followUp.save`: create, or update with the `updatedAt` loaded; the cadre must be in the ledger. */
export const saveFollowUpHandler: Handler<'followUp.save'> = async ({ id, expectedUpdatedAt, input }, { repos }) => {
  if (id !== undefined && expectedUpdatedAt === undefined) return { ok: false, problems: [{ path: '', key: 'err_bad_message' }] };
  const target = id !== undefined ? { id, expectedUpdatedAt: expectedUpdatedAt! } : undefined;
  const r = await saveFollowUp(repos.db, repos.followUps, input, target);
  return r.ok ? { ok: true, followUp: r.record } : r;
};

/** `followUp.delete`: leaves a tombstone. */
export const deleteFollowUp: Handler<'followUp.delete'> = async ({ id }, { repos }) => ({ deleted: await repos.followUps.delete(id) });

/** `followUp.due`: open follow-ups due within the days asked, overdue ones first. */
export const dueFollowUpList: Handler<'followUp.due'> = async ({ withinDays }, { repos }) => {
  const today = todayInShanghai();
  return { items: await dueFollowUps(repos.db, dueBy(today, withinDays)), today };
};
