import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { SiteMapEditor, type SiteMapEditorStatus } from '../../components/site-maps/SiteMapEditor';
import { SiteMapList } from '../../components/site-maps/SiteMapList';
import type { SiteMapFieldRow } from '../../components/site-maps/site-map-draft';
import '../../components/standards/standards.css';
import type { SiteMap } from '../../core/model/site-map';
import { request } from '../../messaging/client';
import type { SiteMapSummary } from '../../messaging/protocol';
import { failureKey } from './failure';

/**
 * 站点映射: the OA forms CareFill remembers, per origin and form; one opens to change what each
 * field means (or ignore it), and can be deleted. Site maps also travel in the export file.
 */
export function SiteMapsView() {
  const t = useT();
  const [items, setItems] = useState<SiteMapSummary[]>();
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState<{ key: number; siteMap: SiteMap }>();
  const [status, setStatus] = useState<SiteMapEditorStatus>({ kind: 'idle' });
  const seq = useRef(0);

  const load = useCallback(async () => {
    try {
      setItems((await request('siteMap.list', {})).siteMaps);
      setError(undefined);
    } catch (e) {
      setError(t(failureKey(e)));
    }
  }, [t]);
  useEffect(() => void load(), [load]);

  const show = (siteMap: SiteMap | undefined) => {
    setOpen(siteMap && { key: ++seq.current, siteMap });
    setStatus({ kind: 'idle' });
  };
  const onOpen = async (id: string) => {
    try {
      const res = await request('siteMap.get', { id });
      show(res.siteMap ?? undefined);
      if (!res.siteMap) await load();
    } catch (e) {
      setError(t(failureKey(e)));
    }
  };
  const onSave = async (fields: SiteMapFieldRow[]) => {
    if (!open) return;
    const { siteMap } = open;
    setStatus({ kind: 'saving' });
    try {
      const res = await request('siteMap.save', { id: siteMap.id, expectedUpdatedAt: siteMap.updatedAt, input: { ...siteMap, fields } });
      if (res.ok) {
        setOpen({ key: ++seq.current, siteMap: res.record });
        setStatus({ kind: 'saved' });
        await load();
      } else setStatus({ kind: 'failed', messageKey: res.conflict ? 'save_conflict' : (res.problems[0]?.key ?? 'save_invalid') });
    } catch (e) {
      setStatus({ kind: 'failed', messageKey: failureKey(e) });
    }
  };
  const onDelete = async () => {
    if (!open) return;
    setStatus({ kind: 'deleting' });
    try {
      await request('siteMap.delete', { id: open.siteMap.id });
      show(undefined);
      await load();
    } catch (e) {
      setStatus({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  return (
    <div class="split-layout" data-testid="sitemaps-view">
      <section class="split-side">
        <h2>{t('nav_sitemaps')}</h2>
        <p class="muted small-text">{t('sitemap_intro')}</p>
        {error && (
          <p class="notice is-error" role="alert">
            {error}
          </p>
        )}
        {items === undefined ? <p class="muted">{t('loading')}</p> : <SiteMapList items={items} selectedId={open?.siteMap.id} onOpen={(id) => void onOpen(id)} />}
      </section>
      <section class="split-main">
        {open ? (
          <SiteMapEditor key={open.key} siteMap={open.siteMap} status={status} onSave={(f) => void onSave(f)} onDelete={() => void onDelete()} />
        ) : (
          <p class="muted editor-placeholder">{t('sitemap_pick')}</p>
        )}
      </section>
    </div>
  );
}
