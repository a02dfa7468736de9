import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openRepos } from '../../storage/repos';
import { createDispatcher } from './dispatch';
import { startPanelEntryPoints } from './fill/wiring';
import { handlers } from './handlers';
import { syncOaRegistration } from './oa-registration';
import { wireReminders } from './reminders';
import { seedOnStart } from './seed';

/** Wiring only: the message dispatcher over the repositories, and the OA frame agent's registration. */
export default defineBackground(() => {
  const dispatch = createDispatcher(handlers, { repos: wireReminders(seedOnStart(openRepos())) }, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
  // returning the promise answers the message (webextension-polyfill)
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));
  // the in-page fill panel: keyboard shortcut and launcher button on OA pages
  startPanelEntryPoints();

  const resync = () => void syncOaRegistration().catch((e: unknown) => console.error(`[CareFill] content script registration failed: ${e instanceof Error ? e.name : typeof e}`));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();
});
