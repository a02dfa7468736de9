import type { ComponentChildren } from 'preact';
import type { FieldProblem } from '../core/model';
import type { ImportPreview } from '../messaging/protocol';
import { labelKeyForPath } from './cadre-form-layout';
import { useT } from './i18n';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  /** the file could not be used; `messageKey` says why */
  | { kind: 'invalid'; messageKey: string }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'committing'; preview: ImportPreview }
  | { kind: 'done'; preview: ImportPreview }
  | { kind: 'failed'; messageKey: string; preview?: ImportPreview };

export interface ImportPanelProps {
  state: ImportState;
  fileName?: string;
  onFile: (file: File) => void;
  onCommit: () => void;
  /** drops the file and its preview (nothing was written) */
  onCancel?: () => void;
  /** how the spreadsheet's columns map to fields, shown above the preview */
  children?: ComponentChildren;
}

/** Ledger files the import reads. */
export const IMPORT_ACCEPT = '.xlsx,.xls,.csv,.json,application/json,text/csv,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Error rows listed in full; beyond that a count, so a broken file of 50,000 rows stays readable. */
const MAX_ERROR_ROWS_SHOWN = 200;

/**
 * Import of a ledger file (Excel, CSV or JSON): choose a file, check how its columns map, see what
 * would change and what is wrong row by row, then import — or cancel, which writes nothing.
 */
export function ImportPanel({ state, fileName, onFile, onCommit, onCancel, children }: ImportPanelProps) {
  const t = useT();
  const preview = 'preview' in state ? state.preview : undefined;
  const importable = preview ? preview.toAdd + preview.toUpdate : 0;

  return (
    <section class="panel import-panel">
      <h2>{t('import_title')}</h2>
      <p class="muted">{t('import_intro_sheet')}</p>
      <label class="file-picker">
        <span class="button secondary">{t('import_choose')}</span>
        <input
          type="file"
          accept={IMPORT_ACCEPT}
          data-testid="import-file"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onFile(file);
            // Choosing the same file again (after fixing it) must fire again.
            input.value = '';
          }}
        />
        <span class="file-name">{fileName ?? t('import_no_file')}</span>
      </label>

      {state.kind === 'reading' && <p class="muted" data-testid="import-reading">{t('import_reading')}</p>}
      {state.kind === 'invalid' && (
        <p class="notice is-error" role="alert">
          {t(state.messageKey)}
        </p>
      )}

      {children}

      {preview && (
        <div
          class="import-preview"
          data-testid="import-preview"
          data-total={String(preview.total)}
          data-to-add={String(preview.toAdd)}
          data-to-update={String(preview.toUpdate)}
          data-unchanged={String(preview.unchanged ?? 0)}
          data-duplicates={String(preview.duplicates?.length ?? 0)}
          data-errors={String(preview.errors.length)}
        >
          <dl class="stat-row">
            <div>
              <dt>{t('import_total')}</dt>
              <dd>{preview.total}</dd>
            </div>
            <div>
              <dt>{t('import_to_add')}</dt>
              <dd>{preview.toAdd}</dd>
            </div>
            <div>
              <dt>{t('import_to_update')}</dt>
              <dd>{preview.toUpdate}</dd>
            </div>
            {preview.unchanged !== undefined && (
              <div>
                <dt>{t('import_unchanged')}</dt>
                <dd data-testid="import-unchanged">{preview.unchanged}</dd>
              </div>
            )}
            {!!preview.duplicates?.length && (
              <div class="is-error">
                <dt>{t('import_duplicates')}</dt>
                <dd>{preview.duplicates.length}</dd>
              </div>
            )}
            <div class={preview.errors.length ? 'is-error' : ''}>
              <dt>{t('import_error_rows')}</dt>
              <dd>{preview.errors.length}</dd>
            </div>
          </dl>

          {preview.errors.length > 0 && (
            <div class="import-errors">
              <h3>{t('import_errors_title')}</h3>
              <ol class="error-rows">
                {preview.errors.slice(0, MAX_ERROR_ROWS_SHOWN).map((row) => (
                  <li key={row.row} data-testid="import-error-row" data-row={String(row.row)}>
                    <span class="row-number">{t('import_row', String(row.row))}</span>
                    <span class="row-reasons">
                      {row.problems
                        .map((p: FieldProblem) => {
                          const labelKey = labelKeyForPath(p.path);
                          const field = labelKey ? t(labelKey) : p.path;
                          const reason = t(p.key, p.subs);
                          return field ? `${field}：${reason}` : reason;
                        })
                        .join('；')}
                    </span>
                  </li>
                ))}
              </ol>
              {preview.errors.length > MAX_ERROR_ROWS_SHOWN && (
                <p class="muted">{t('import_more_errors', String(preview.errors.length - MAX_ERROR_ROWS_SHOWN))}</p>
              )}
            </div>
          )}

          <div class="actions">
            <button
              type="button"
              class="primary"
              data-testid="import-commit"
              disabled={state.kind !== 'preview' || importable === 0}
              onClick={onCommit}
            >
              {t('import_commit', String(importable))}
            </button>
            {onCancel && (state.kind === 'preview' || state.kind === 'failed') && (
              <button type="button" class="secondary" data-testid="import-cancel" onClick={onCancel}>
                {t('cancel')}
              </button>
            )}
            {preview.errors.length > 0 && state.kind === 'preview' && (
              <span class="muted">{t('import_skip_note', String(preview.errors.length))}</span>
            )}
          </div>
        </div>
      )}

      <p class="import-status" data-testid="import-status" data-state={state.kind} role="status">
        {state.kind === 'committing' && t('import_committing')}
        {state.kind === 'done' && t('import_done', [String(state.preview.toAdd), String(state.preview.toUpdate)])}
        {state.kind === 'done' && !!state.preview.unchanged && t('import_done_unchanged', String(state.preview.unchanged))}
        {state.kind === 'failed' && t(state.messageKey)}
      </p>
    </section>
  );
}
