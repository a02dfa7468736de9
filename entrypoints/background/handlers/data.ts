import { browser } from 'wxt/browser';
import { wipeAll } from '../../../storage/maintenance';
import type { Handler } from './context';

/** `data.wipe`: every table, then the extension's key-value storage areas. */
export const wipeData: Handler<'data.wipe'> = async (_payload, { repos }) => {
  await wipeAll(repos.db);
  await browser.storage.local.clear();
  await browser.storage.session?.clear();
  return { ok: true };
};
