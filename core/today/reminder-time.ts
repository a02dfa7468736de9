import { todayInShanghai, addDays } from '../model/validators/dates';

/**
 * When the daily reminder fires: the configured time (HH:MM) in the office's zone, Asia/Shanghai
 * (UTC+8 all year: China keeps no daylight saving time), whatever the machine's zone.
 */

const SHANGHAI_OFFSET = '+08:00';

/** The next instant (epoch ms) after `now` at which the office clock shows `time`. */
export function nextReminderAt(time: string, now: number): number {
  const today = todayInShanghai(new Date(now));
  const at = Date.parse(`${today}T${time}:00${SHANGHAI_OFFSET}`);
  if (Number.isNaN(at)) throw new RangeError(`bad reminder time: ${time}`);
  return at > now ? at : Date.parse(`${addDays(today, 1)}T${time}:00${SHANGHAI_OFFSET}`);
}
