import type { ErrorResponse, RequestName } from '../../../messaging/protocol';
import type { HandlerContext, HandlerTable } from '../handlers/context';
import { isLockedError } from '../../../storage/lock/errors';
import { lockServiceOf } from './registry';

/**
 * Requests whose answer would be wrong, not just shorter, without the sealed fields: an export
 * would silently lose them, a fill would type empty ID numbers, an import could not match by ID.
 * While locked they are answered `err_locked` at once; any other request that reaches a sealed
 * field (a write, an ID search) fails in storage with a LockedError and gets the same answer.
 */
export const NEEDS_KEY: ReadonlySet<string> = new Set([
  'cadre.get',
  'cadre.revealId',
  'cadre.export',
  'ledger.import',
  'sync.export',
  'sync.preview',
  'sync.apply',
  'fill.start',
  'followUp.list',
  'visit.list',
]);

export const LOCKED: ErrorResponse = { error: 'locked', key: 'err_locked' };

/**
 * Wraps every handler: counts the request as activity for the idle lock, refuses NEEDS_KEY
 * requests while locked, and turns a LockedError from storage into `err_locked`.
 */
export function withLockGate(handlers: HandlerTable): HandlerTable {
  const wrapped: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [RequestName, (p: unknown, ctx: HandlerContext) => Promise<unknown>][]) {
    wrapped[name] = async (payload: unknown, ctx: HandlerContext) => {
      const lock = lockServiceOf(ctx.repos);
      if (!name.startsWith('lock.')) lock.markActive();
      if (NEEDS_KEY.has(name) && (await lock.status()).state === 'locked') return LOCKED;
      try {
        return await handler(payload, ctx);
      } catch (e) {
        if (isLockedError(e)) return LOCKED;
        throw e;
      }
    };
  }
  // an error answer in place of a response: the dispatcher passes it on as it passes its own
  return wrapped as HandlerTable;
}
