import { lockServiceOf } from '../lock/registry';
import type { Handler } from './context';

/** `lock.status`: off / locked / unlocked and the idle minutes. */
export const lockStatus: Handler<'lock.status'> = async (_p, { repos }) => lockServiceOf(repos).status();
/** `lock.enable`: seals the database under a new passphrase (one transaction). */
export const lockEnable: Handler<'lock.enable'> = async ({ passphrase }, { repos }) => lockServiceOf(repos).enable(passphrase);
/** `lock.unlock`: the passphrase opens the vault; the key stays for this browser session. */
export const lockUnlock: Handler<'lock.unlock'> = async ({ passphrase }, { repos }) => lockServiceOf(repos).unlock(passphrase);
/** `lock.lock`: forgets the key now. */
export const lockNow: Handler<'lock.lock'> = async (_p, { repos }) => lockServiceOf(repos).lock();
/** `lock.disable`: stores everything in the clear again. */
export const lockDisable: Handler<'lock.disable'> = async ({ passphrase }, { repos }) => lockServiceOf(repos).disable(passphrase);
/** `lock.change`: re-wraps the data key under a new passphrase. */
export const lockChange: Handler<'lock.change'> = async ({ current, next }, { repos }) => lockServiceOf(repos).change(current, next);
/** `lock.idle`: minutes without a request before the Lock locks itself. */
export const lockIdle: Handler<'lock.idle'> = async ({ minutes }, { repos }) => lockServiceOf(repos).setIdleMinutes(minutes);
