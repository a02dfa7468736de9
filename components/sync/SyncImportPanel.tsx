import { useEffect, useState } from 'preact/hooks';
import type { SyncFailure } from '../../core/sync/errors';
import { conflictKey, PLAN_KINDS, type Keep, type PlanCounts } from '../../core/sync/plan';
import type { ResolutionsPayload, SyncPreviewResponse } from '../../messaging/requests/sync';
import { useT } from '../i18n';
import { ConflictCard } from './ConflictCard';
import { failureText, formatInstant, kindLabel } from './labels';

export type SyncPreview = Extract<SyncPreviewResponse, { ok: true }>;

export type SyncImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  /** an encrypted file waits for its passphrase */
  | { kind: 'need-passphrase' }
  | { kind: 'previewing' }
  | { kind: 'preview'; preview: SyncPreview }
  | { kind: 'committing'; preview: SyncPreview }
  | { kind: 'done'; counts: PlanCounts }
  /** refused (`failure`) or the request failed (`messageKey`) */
  | { kind: 'failed'; failure?: SyncFailure; messageKey?: string };

export interface SyncImportPanelProps {
  state: SyncImportState;
  fileName?: string;
  passphrase: string;
  onFile: (file: File) => void;
  onPassphrase: (passphrase: string) => void;
  onPreview: () => void;
  onCommit: (resolutions: ResolutionsPayload) => void;
}

type ResolveAll = ResolutionsPayload['all'];
const COLUMNS = ['added', 'updated', 'deleted', 'unchanged', 'conflicts'] as const;
const COLUMN_KEYS: Record<(typeof COLUMNS)[number], string> = {
  added: 'sync_col_added',
  updated: 'sync_col_updated',
  deleted: 'sync_col_deleted',
  unchanged: 'sync_col_unchanged',
  conflicts: 'sync_col_conflicts',
};

function sum(counts: PlanCounts, col: (typeof COLUMNS)[number]): number {
  return PLAN_KINDS.reduce((n, k) => n + counts[k][col], 0);
}

/**
 * Import: choose a file, give its passphrase, see per kind what would be added, updated,
 * deleted or left, and the conflicts side by side; choose per conflict or for all, then import.
 */
export function SyncImportPanel({ state, fileName, passphrase, onFile, onPassphrase, onPreview, onCommit }: SyncImportPanelProps) {
  const t = useT();
  const preview = state.kind === 'preview' || state.kind === 'committing' ? state.preview : undefined;
  const [all, setAll] = useState<ResolveAll>('newer');
  const [choices, setChoices] = useState<ReadonlyMap<string, Keep>>(new Map());
  useEffect(() => {
    setAll('newer');
    setChoices(new Map());
  }, [preview?.token]);

  const keepOf = (c: SyncPreview['conflicts'][number]): Keep =>
    choices.get(conflictKey(c.kind, c.id)) ?? (all === 'newer' ? c.newer : all);
  const choose = (kind: string, id: string, keep: Keep) =>
    setChoices((m) => new Map(m).set(conflictKey(kind as (typeof PLAN_KINDS)[number], id), keep));
  const commit = () =>
    onCommit({
      all,
      choices: [...choices].map(([key, keep]) => {
        const at = key.indexOf(':');
        return { kind: key.slice(0, at) as (typeof PLAN_KINDS)[number], id: key.slice(at + 1), keep };
      }),
    });

  return (
    <section class="panel sync-panel">
      <h2>{t('sync_import_title')}</h2>
      <p class="muted">{t('sync_import_intro')}</p>
      <label class="file-picker">
        <span class="button secondary">{t('sync_choose_file')}</span>
        <input
          type="file"
          accept=".carefill,.json,application/json"
          data-testid="import-file"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onFile(file);
            input.value = '';
          }}
        />
        <span class="file-name">{fileName ?? t('sync_no_file')}</span>
      </label>

      <form
        class="sync-passphrases"
        onSubmit={(e) => {
          e.preventDefault();
          onPreview();
        }}
      >
        <label class="form-field">
          <span>{t('sync_import_passphrase')}</span>
          <input
            type="password"
            autocomplete="off"
            value={passphrase}
            data-testid="import-passphrase"
            onInput={(e) => onPassphrase(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button secondary" data-testid="import-preview-button" disabled={!fileName || state.kind === 'previewing'}>
          {t('sync_preview_button')}
        </button>
      </form>

      {state.kind === 'reading' && <p class="muted">{t('sync_reading')}</p>}
      {state.kind === 'need-passphrase' && <p class="muted" data-testid="import-need-passphrase">{t('err_sync_passphrase_required')}</p>}
      {state.kind === 'previewing' && <p class="muted">{t('sync_previewing')}</p>}
      {state.kind === 'failed' && (
        <p class="notice is-error" role="alert" data-testid="import-error" data-code={state.failure?.code ?? ''}>
          {state.failure ? failureText(t, state.failure) : t(state.messageKey ?? 'err_request_failed')}
        </p>
      )}

      {preview && (
        <div
          class="import-preview"
          data-testid="import-preview"
          data-added={String(sum(preview.counts, 'added'))}
          data-updated={String(sum(preview.counts, 'updated'))}
          data-deleted={String(sum(preview.counts, 'deleted'))}
          data-unchanged={String(sum(preview.counts, 'unchanged'))}
          data-conflicts={String(preview.conflictTotal)}
        >
          <p class="muted" data-testid="import-file-info">
            {t('sync_file_info', [formatInstant(preview.file.exportedAt), preview.file.appVersion])}
            {!preview.file.encrypted && ` ${t('sync_file_plain_notice')}`}
          </p>
          <table class="sync-counts">
            <thead>
              <tr>
                <th>{t('sync_col_kind')}</th>
                {COLUMNS.map((c) => (
                  <th key={c}>{t(COLUMN_KEYS[c])}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {PLAN_KINDS.filter((k) => COLUMNS.some((c) => preview.counts[k][c] > 0)).map((k) => (
                <tr key={k} data-testid="import-kind-row" data-kind={k}>
                  <th scope="row">{kindLabel(t, k)}</th>
                  {COLUMNS.map((c) => (
                    <td key={c} data-col={c} class={c === 'conflicts' && preview.counts[k][c] ? 'is-error' : ''}>
                      {preview.counts[k][c]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>

          {preview.clashes.length > 0 && (
            <div class="notice" role="note" data-testid="import-clashes" data-count={String(preview.clashes.length)}>
              <p>{t('sync_clashes', String(preview.clashes.length))}</p>
              <ul>
                {preview.clashes.slice(0, 20).map((c) => (
                  <li key={`${c.id}:${c.otherId}`}>{c.name === c.otherName ? c.name : `${c.name} / ${c.otherName}`}</li>
                ))}
              </ul>
            </div>
          )}

          {preview.conflictTotal > 0 && (
            <div class="sync-conflicts">
              <h3>{t('sync_conflicts_title', String(preview.conflictTotal))}</h3>
              <label class="form-field">
                <span>{t('sync_resolve_all')}</span>
                <select
                  value={all}
                  data-testid="resolve-all"
                  onChange={(e) => {
                    setAll(e.currentTarget.value as ResolveAll);
                    setChoices(new Map());
                  }}
                >
                  <option value="newer">{t('sync_resolve_newer')}</option>
                  <option value="local">{t('sync_resolve_local')}</option>
                  <option value="remote">{t('sync_resolve_remote')}</option>
                </select>
              </label>
              <ol class="conflict-list">
                {preview.conflicts.map((c) => (
                  <ConflictCard key={`${c.kind}:${c.id}`} conflict={c} keep={keepOf(c)} onKeep={(keep) => choose(c.kind, c.id, keep)} />
                ))}
              </ol>
              {preview.conflictTotal > preview.conflicts.length && (
                <p class="muted">{t('sync_more_conflicts', String(preview.conflictTotal - preview.conflicts.length))}</p>
              )}
            </div>
          )}

          <div class="actions">
            <button type="button" class="primary" data-testid="import-commit" disabled={state.kind !== 'preview'} onClick={commit}>
              {t('sync_commit')}
            </button>
          </div>
        </div>
      )}

      <p class="import-status" data-testid="import-status" data-state={state.kind} role="status">
        {state.kind === 'committing' && t('sync_committing')}
        {state.kind === 'done' &&
          t('sync_done', [String(sum(state.counts, 'added')), String(sum(state.counts, 'updated')), String(sum(state.counts, 'deleted'))])}
      </p>
    </section>
  );
}
