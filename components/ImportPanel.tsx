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
}

/** Error rows listed in full; beyond that a count, so a broken file of 50,000 rows stays readable. */
const MAX_ERROR_ROWS_SHOWN = 200;

/** Import of a JSON ledger: choose a file, see what would change and what is wrong, then import. */
export function ImportPanel({ state, fileName, onFile, onCommit }: ImportPanelProps) {
  const t = useT();
  const preview = 'preview' in state ? state.preview : undefined;
  const importable = preview ? preview.toAdd + preview.toUpdate : 0;

  return (
    <section class="panel import-panel">
      <h2>{t('import_title')}</h2>
      <p class="muted">{t('import_intro')}</p>
      <label class="file-picker">
        <span class="button secondary">{t('import_choose')}</span>
        <input
          type="file"
          accept=".json,application/json"
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

      {state.kind === 'reading' && <p class="muted">{t('import_reading')}</p>}
      {state.kind === 'invalid' && (
        <p class="notice is-error" role="alert">
          {t(state.messageKey)}
        </p>
      )}

      {preview && (
        <div
          class="import-preview"
          data-testid="import-preview"
          data-total={String(preview.total)}
          data-to-add={String(preview.toAdd)}
          data-to-update={String(preview.toUpdate)}
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
            {preview.errors.length > 0 && state.kind === 'preview' && (
              <span class="muted">{t('import_skip_note', String(preview.errors.length))}</span>
            )}
          </div>
        </div>
      )}

      <p class="import-status" data-testid="import-status" data-state={state.kind} role="status">
        {state.kind === 'committing' && t('import_committing')}
        {state.kind === 'done' && t('import_done', [String(state.preview.toAdd), String(state.preview.toUpdate)])}
        {state.kind === 'failed' && t(state.messageKey)}
      </p>
    </section>
  );
}
