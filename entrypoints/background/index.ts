import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openRepos } from '../../storage/repos';
import { originPermissionPattern } from '../../messaging/requests/fill';
import { createDispatcher } from './dispatch';
import { startPanelFocusRelay } from './fill/panel-focus';
import { startPanelEntryPoints } from './fill/wiring';
import { startGuardArming } from './guard/wiring';
import { handlers } from './handlers';
import { withLockGate } from './lock/gate';
import { wireLock } from './lock/idle';
import { syncOaRegistration } from './oa-registration';
import { wireReminders } from './reminders';
import { seedOnStart } from './seed';

/** Wiring only: the message dispatcher over the repositories, and the OA frame agent's registration. */
export default defineBackground(() => {
  // wireLock first: the session key must be known before the database opens
  const repos = wireReminders(seedOnStart(wireLock(openRepos())));
  const dispatch = createDispatcher(withLockGate(handlers), { repos }, {
    id: browser.runtime.id,
    baseUrl: browser.runtime.getURL('/'),
    // a content script's frame must be of an origin CareFill was granted (defence in depth)
    isGrantedOrigin: (origin) => browser.permissions.contains({ origins: [originPermissionPattern(origin)] }),
  });
  // returning the promise answers the message (webextension-polyfill)
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));
  // the in-page fill panel: keyboard shortcut and launcher button on OA pages
  startPanelEntryPoints();
  // while a panel is open, it keeps off fields focused in the tab's other frames
  startPanelFocusRelay();
  // the submit guard: armed at load on origins with a remembered form
  startGuardArming(repos);

  const resync = () => void syncOaRegistration().catch((e: unknown) => console.error(`[CareFill] content script registration failed: ${e instanceof Error ? e.name : typeof e}`));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();
});
