import type { ConflictView, LeafValue } from '../../core/sync/diff';
import type { Keep } from '../../core/sync/plan';
import { useT, type Translate } from '../i18n';
import { fieldLabel, formatInstant, kindLabel } from './labels';

function show(t: Translate, v: LeafValue | undefined): string {
  if (v === undefined) return '—';
  if (typeof v === 'boolean') return t(v ? 'sync_yes' : 'sync_no');
  return String(v);
}

/** One conflict: both versions side by side, field by field, and which to keep. */
export function ConflictCard({ conflict, keep, onKeep }: { conflict: ConflictView; keep: Keep; onKeep: (keep: Keep) => void }) {
  const t = useT();
  const side = (which: Keep) => {
    const s = conflict[which];
    return (
      <span class="conflict-side-head">
        {t(which === 'local' ? 'sync_side_local' : 'sync_side_remote')} · {formatInstant(s.updatedAt)}
        {s.deleted && <span class="tag tag-muted"> {t('sync_side_deleted')}</span>}
        {conflict.newer === which && <span class="tag"> {t('sync_newer_tag')}</span>}
      </span>
    );
  };
  const name = `conflict-${conflict.kind}-${conflict.id}`;
  return (
    <li class="conflict-card" data-testid="sync-conflict" data-kind={conflict.kind} data-id={conflict.id} data-newer={conflict.newer} data-keep={keep}>
      <div class="conflict-title">
        <strong>{kindLabel(t, conflict.kind)}</strong> {conflict.title}
      </div>
      <table class="conflict-table">
        <thead>
          <tr>
            <th>{t('sync_field')}</th>
            <th>{side('local')}</th>
            <th>{side('remote')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((f) => (
            <tr key={f.path}>
              <th scope="row">{fieldLabel(t, conflict.kind, f.path)}</th>
              <td class={keep === 'local' ? 'is-kept' : ''}>{show(t, f.local)}</td>
              <td class={keep === 'remote' ? 'is-kept' : ''}>{show(t, f.remote)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="conflict-choice">
        {(['local', 'remote'] as const).map((k) => (
          <label key={k} class="check-label">
            <input type="radio" name={name} checked={keep === k} data-testid={`conflict-keep-${k}`} onChange={() => onKeep(k)} />
            {t(k === 'local' ? 'sync_keep_local' : 'sync_keep_remote')}
          </label>
        ))}
      </div>
    </li>
  );
}
