import { useState } from 'preact/hooks';
import type { SiteMap } from '../../core/model/site-map';
import { useT } from '../i18n';
import { FieldKeySelect } from './FieldKeySelect';
import { formatUpdated } from './SiteMapList';
import { changed, chosenKey, fieldsToSave, type SiteMapFieldRow } from './site-map-draft';

export type SiteMapEditorStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'deleting' } | { kind: 'failed'; messageKey: string };

export interface SiteMapEditorProps {
  siteMap: SiteMap;
  status: SiteMapEditorStatus;
  onSave: (fields: SiteMapFieldRow[]) => void;
  onDelete: () => void;
}

/** One remembered form: every field with its label, where it is, and what it means (editable); delete with confirm. */
export function SiteMapEditor({ siteMap, status, onSave, onDelete }: SiteMapEditorProps) {
  const t = useT();
  const [keys, setKeys] = useState<string[]>(() => siteMap.fields.map((f) => f.key));
  const [confirming, setConfirming] = useState(false);
  const busy = status.kind === 'saving' || status.kind === 'deleting';
  const dirty = changed(siteMap.fields, keys);

  return (
    <section class="std-form" data-testid="sitemap-editor" data-id={siteMap.id} data-signature={siteMap.formSignature}>
      <div class="editor-head">
        <h2>{siteMap.formName || t('sitemap_form_unnamed')}</h2>
        <span class="muted small-text">{formatUpdated(siteMap.updatedAt)}</span>
      </div>
      <p class="muted small-text">
        {siteMap.origin} · {t(`sitemap_role_${siteMap.role}`)} · <code>{siteMap.formSignature}</code>
      </p>
      <table class="data-table">
        <thead>
          <tr>
            <th>{t('sitemap_col_label')}</th>
            <th>{t('sitemap_col_where')}</th>
            <th>{t('sitemap_col_key')}</th>
          </tr>
        </thead>
        <tbody>
          {siteMap.fields.map((f, i) => (
            <tr key={`${f.framePath}|${f.selector}|${i}`} data-testid="sitemap-field" data-selector={f.selector} data-frame-path={f.framePath} data-key={keys[i] ?? f.key}>
              <td>{f.label || t('fill_no_label')}</td>
              <td class="small-text">
                <code>{f.framePath ? `${f.framePath} › ${f.selector}` : f.selector}</code>
              </td>
              <td>
                <FieldKeySelect
                  testId="sitemap-field-key"
                  label={t('sitemap_col_key')}
                  noneLabel={t('sitemap_key_auto')}
                  value={keys[i] ?? f.key}
                  disabled={busy}
                  onChange={(choice) => setKeys((ks) => ks.map((k, j) => (j === i ? chosenKey(f.key, choice) : k)))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" class="primary" data-testid="sitemap-save" disabled={busy || !dirty} onClick={() => onSave(fieldsToSave(siteMap.fields, keys))}>
          {t('sitemap_save')}
        </button>
        {confirming ? (
          <span class="confirm-inline">
            {t('sitemap_delete_ask')}
            <button type="button" class="danger" data-testid="sitemap-delete-confirm" disabled={busy} onClick={onDelete}>
              {t('sitemap_delete_confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="danger-link" data-testid="sitemap-delete" disabled={busy} onClick={() => setConfirming(true)}>
            {t('sitemap_delete')}
          </button>
        )}
        <span class="muted" data-testid="sitemap-status" data-state={status.kind} role="status">
          {status.kind === 'saved' && t('sitemap_saved')}
          {status.kind === 'failed' && t(status.messageKey)}
        </span>
      </div>
    </section>
  );
}
