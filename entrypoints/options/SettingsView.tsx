import { useEffect, useState } from 'preact/hooks';
import { SettingsPanel, type StoredCounts, type WipeStatus } from '../../components/SettingsPanel';
import { request } from '../../messaging/client';
import { failureKey } from './failure';

/** Wires the settings panel: stored counts and erasing everything. */
export function SettingsView() {
  const [counts, setCounts] = useState<StoredCounts | 'failed'>();
  const [wipe, setWipe] = useState<WipeStatus>({ kind: 'idle' });

  const loadCounts = () =>
    request('ledger.stats', {}).then(setCounts, () => setCounts('failed'));
  useEffect(() => void loadCounts(), []);

  const onWipe = async () => {
    setWipe({ kind: 'wiping' });
    try {
      await request('data.wipe', { confirm: 'WIPE' });
      setWipe({ kind: 'done' });
    } catch (e) {
      setWipe({ kind: 'failed', messageKey: failureKey(e) });
    }
    await loadCounts();
  };

  return <SettingsPanel counts={counts} wipe={wipe} onWipe={() => void onWipe()} />;
}
