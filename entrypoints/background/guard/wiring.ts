import { browser } from 'wxt/browser';
import type { Repos } from '../../../storage/repos';
import { armOnLoad } from './arm';
import { browserGuardTabApi } from './frames';

/**
 * Arms the submit guard in a tab when a page of an origin with a remembered form has loaded
 * (the tab is `complete`). The host permission decides what we may script: other pages are
 * never touched.
 */
export function startGuardArming(repos: Pick<Repos, 'siteMaps'>): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    void armOnLoad(tabId, tab.url, browserGuardTabApi, repos).catch(() => undefined);
  });
}
