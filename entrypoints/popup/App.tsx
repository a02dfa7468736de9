import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FrameStatusPanel, type FrameStatusState } from '../../components/FrameStatusPanel';
import { useT } from '../../components/i18n';
import { TodaySummary } from '../../components/today/TodaySummary';
import { UnlockForm } from '../../components/lock/UnlockForm';
import { request } from '../../messaging/client';
import { FillFlow, type FillPreset } from '../../page/panel/FillFlow';
import { popupFillApi } from './fill-api';
import { presetFromUrl } from './preset';
import { targetTabId } from './target-tab';

/** The popup: find a cadre, fill the OA form of the current tab, and see where CareFill runs. */
export function App() {
  const t = useT();
  const [frames, setFrames] = useState<FrameStatusState>({ kind: 'loading' });
  const api = useMemo(() => popupFillApi(), []);
  // `?cadre=&template=`: a visit started from the home screen (read before the flow mounts)
  const [preset, setPreset] = useState<FillPreset | undefined | 'loading'>(() => (new URLSearchParams(location.search).has('cadre') ? 'loading' : undefined));
  // the Lock: while locked, the passphrase comes before any fill
  const [locked, setLocked] = useState<boolean>();
  useEffect(() => {
    request('lock.status', {}).then(
      (s) => setLocked(s.state === 'locked'),
      () => setLocked(false),
    );
  }, []);
  const unlock = async (passphrase: string) => {
    const r = await request('lock.unlock', { passphrase });
    if (!r.ok) return r.key;
    setLocked(false);
    return undefined;
  };

  useEffect(() => {
    if (preset === 'loading') presetFromUrl().then(setPreset, () => setPreset(undefined));
    // read once, when the popup opens
  }, []);

  useEffect(() => {
    void (async () => {
      try {
        const tabId = await targetTabId();
        if (tabId === undefined) return setFrames({ kind: 'unavailable', reasonKey: 'status_no_tab' });
        const res = await request('tab.frames', { tabId });
        setFrames({ kind: 'ready', frames: res.frames });
      } catch {
        setFrames({ kind: 'unavailable', reasonKey: 'status_unavailable' });
      }
    })();
  }, []);

  return (
    <main class="popup">
      <header class="popup-header">
        <span class="brand-mark" aria-hidden="true" />
        <h1>{t('extName')}</h1>
      </header>
      {locked && <UnlockForm onUnlock={unlock} />}
      {locked === false && preset !== 'loading' && <FillFlow api={api} autoFocus={!preset} preset={preset} />}
      <FrameStatusPanel state={frames} />
      <TodaySummary
        load={() => request('today.compute', { limit: 0 })}
        onOpen={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#today') })}
      />
      <footer class="popup-footer">
        <button type="button" class="link-button" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('open_options')}
        </button>
      </footer>
    </main>
  );
}
