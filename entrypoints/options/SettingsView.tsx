import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { OfficeStatus, OfficeValues } from '../../components/OfficeSettingsBlock';
import { SettingsPanel, type OriginsState, type OriginStatus, type StoredCounts, type WipeStatus } from '../../components/SettingsPanel';
import { LockSection, type LockApi } from '../../components/lock/LockSection';
import { useT } from '../../components/i18n';
import { request } from '../../messaging/client';
import { normalizeOrigin, originPermissionPattern } from '../../messaging/protocol';
import { failureKey } from './failure';

/** Wires the settings panel: the OA origins (with their host permissions), stored counts and erasing everything. */
export function SettingsView() {
  const [counts, setCounts] = useState<StoredCounts | 'failed'>();
  const [wipe, setWipe] = useState<WipeStatus>({ kind: 'idle' });
  const [origins, setOrigins] = useState<OriginsState>({ kind: 'loading' });
  const [originStatus, setOriginStatus] = useState<OriginStatus>({ kind: 'idle' });
  const [office, setOffice] = useState<OfficeValues>();
  const [officeStatus, setOfficeStatus] = useState<OfficeStatus>({ kind: 'idle' });

  useEffect(() => {
    request('settings.office', {}).then(setOffice, (e: unknown) => setOfficeStatus({ kind: 'failed', problems: [{ path: '', key: failureKey(e) }] }));
  }, []);

  const onSaveOffice = async (values: OfficeValues) => {
    setOfficeStatus({ kind: 'saving' });
    try {
      const res = await request('settings.office.save', { office: values });
      if (!res.ok) return setOfficeStatus({ kind: 'failed', problems: res.problems });
      setOffice(res.office);
      setOfficeStatus({ kind: 'saved' });
    } catch (e) {
      setOfficeStatus({ kind: 'failed', problems: [{ path: '', key: failureKey(e) }] });
    }
  };

  const [adapterOrigins, setAdapterOrigins] = useState<string[]>([]);
  useEffect(() => {
    request('oa.adapter.origins', {}).then((r) => setAdapterOrigins(r.origins), () => setAdapterOrigins([]));
  }, []);
  const onToggleAdapter = (origin: string, enabled: boolean) =>
    void request('oa.adapter.set', { origin, enabled }).then((r) => r.ok && setAdapterOrigins(r.origins), () => undefined);

  useEffect(() => {
    request('oa.origins', {}).then(
      (r) => setOrigins({ kind: 'ready', origins: r.origins }),
      () => setOrigins({ kind: 'failed' }),
    );
  }, []);

  // No await before permissions.request: the browser grants only during the person's click.
  const onAddOrigin = (text: string) => {
    const origin = normalizeOrigin(text);
    if (!origin) return setOriginStatus({ kind: 'failed', messageKey: 'err_origin' });
    setOriginStatus({ kind: 'busy' });
    void browser.permissions
      .request({ origins: [originPermissionPattern(origin)] })
      .then(async (granted) => {
        if (!granted) return setOriginStatus({ kind: 'failed', messageKey: 'settings_oa_denied' });
        const res = await request('oa.origin.add', { origin });
        if (!res.ok) return setOriginStatus({ kind: 'failed', messageKey: res.key });
        setOrigins({ kind: 'ready', origins: res.origins });
        setOriginStatus({ kind: 'done' });
      })
      .catch((e: unknown) => setOriginStatus({ kind: 'failed', messageKey: failureKey(e) }));
  };

  const onRemoveOrigin = async (origin: string) => {
    setOriginStatus({ kind: 'busy' });
    try {
      const res = await request('oa.origin.remove', { origin });
      setOrigins({ kind: 'ready', origins: res.origins });
      // the host permission goes too, unless another listed origin shares the host (or the build requires it)
      const pattern = originPermissionPattern(origin);
      if (!res.origins.some((o) => originPermissionPattern(o) === pattern)) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
      setOriginStatus({ kind: 'done' });
    } catch (e) {
      setOriginStatus({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

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

  return (
    <>
    <SettingsPanel
      counts={counts}
      wipe={wipe}
      onWipe={() => void onWipe()}
      origins={origins}
      originStatus={originStatus}
      onAddOrigin={onAddOrigin}
      onRemoveOrigin={(o) => void onRemoveOrigin(o)}
      office={{ values: office, status: officeStatus, onSave: (v) => void onSaveOffice(v) }}
    />
    <section class="panel settings-panel">
      <LockSection api={lockApi} />
    </section>
    <PageAdapterSection oaOrigins={origins.kind === 'ready' ? origins.origins : []} enabled={adapterOrigins} onToggle={onToggleAdapter} />
    </>
  );
}

/** The Lock section's requests (docs/lock.md). */
const lockApi: LockApi = {
  status: () => request('lock.status', {}),
  enable: (passphrase) => request('lock.enable', { passphrase }),
  unlock: (passphrase) => request('lock.unlock', { passphrase }),
  lock: () => request('lock.lock', {}),
  disable: (passphrase) => request('lock.disable', { passphrase }),
  change: (current, next) => request('lock.change', { current, next }),
  idle: (minutes) => request('lock.idle', { minutes }),
};

/** The opt-in page-world adapter (e-cology 9 WfForm), one checkbox per OA origin; off by default. */
function PageAdapterSection({ oaOrigins, enabled, onToggle }: { oaOrigins: string[]; enabled: string[]; onToggle: (origin: string, on: boolean) => void }) {
  const t = useT();
  return (
    <section class="panel settings-panel" data-testid="page-adapter">
      <h3>{t('settings_adapter_title')}</h3>
      <p class="muted">{t('settings_adapter_explain')}</p>
      {oaOrigins.length === 0 && <p class="muted">{t('settings_adapter_none')}</p>}
      {oaOrigins.map((o) => (
        <label key={o} style={{ display: 'block' }}>
          <input type="checkbox" data-testid="page-adapter-toggle" data-origin={o} checked={enabled.includes(o)} onChange={(e) => onToggle(o, (e.currentTarget as HTMLInputElement).checked)} /> {o}
        </label>
      ))}
    </section>
  );
}
