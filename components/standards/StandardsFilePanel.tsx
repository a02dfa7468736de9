import type { StandardImportItem } from '../../messaging/protocol';
import { useT } from '../i18n';

export type StandardsImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  /** refused: the message names the first bad field (in the UI language) */
  | { kind: 'refused'; message: string }
  | { kind: 'preview'; items: StandardImportItem[]; added: number; updated: number }
  | { kind: 'importing'; items: StandardImportItem[]; added: number; updated: number }
  | { kind: 'done'; added: number; updated: number }
  | { kind: 'failed'; messageKey: string };

export interface StandardsFilePanelProps {
  state: StandardsImportState;
  fileName?: string;
  onFile: (file: File) => void;
  onCommit: () => void;
  onExport: () => void;
}

/** Import and export of the standards as their own file (docs/standards.md). */
export function StandardsFilePanel({ state, fileName, onFile, onCommit, onExport }: StandardsFilePanelProps) {
  const t = useT();
  const preview = state.kind === 'preview' || state.kind === 'importing' ? state : undefined;
  return (
    <section class="std-file" aria-label={t('std_file_title')}>
      <h3>{t('std_file_title')}</h3>
      <p class="muted small-text">{t('std_file_intro')}</p>
      <div class="actions">
        <label class="file-picker">
          <span class="button secondary">{t('std_import_choose')}</span>
          <input
            type="file"
            accept=".json,application/json"
            data-testid="standards-import-file"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) onFile(file);
              input.value = '';
            }}
          />
        </label>
        <button type="button" class="secondary" data-testid="standards-export" onClick={onExport}>
          {t('std_export')}
        </button>
      </div>
      {fileName && <p class="file-name">{fileName}</p>}
      {state.kind === 'reading' && <p class="muted">{t('import_reading')}</p>}
      {state.kind === 'refused' && (
        <p class="notice is-error" role="alert" data-testid="standards-import-error">
          {state.message}
          <br />
          <span class="small-text">{t('std_import_unchanged')}</span>
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="notice is-error" role="alert" data-testid="standards-import-error">
          {t(state.messageKey)}
        </p>
      )}
      {preview && (
        <div class="std-import-preview" data-testid="standards-import-preview" data-added={String(preview.added)} data-updated={String(preview.updated)}>
          <p>{t('std_import_summary', [String(preview.items.length), String(preview.added), String(preview.updated)])}</p>
          <ul class="std-import-items">
            {preview.items.map((i, n) => (
              <li key={n}>
                {i.name} · {i.effectiveTo ? t('std_effective_range', [i.effectiveFrom, i.effectiveTo]) : t('std_effective_since', i.effectiveFrom)}
                {i.isExample && <span class="tag tag-example">{t('std_example_badge')}</span>}
                <span class="tag tag-plain">{i.replaces ? t('std_import_replaces') : t('std_import_adds')}</span>
              </li>
            ))}
          </ul>
          <button type="button" class="primary" data-testid="standards-import-commit" disabled={state.kind === 'importing'} onClick={onCommit}>
            {t('std_import_commit')}
          </button>
        </div>
      )}
      {state.kind === 'done' && (
        <p class="notice is-ok" role="status" data-testid="standards-import-done">
          {t('std_import_done', [String(state.added), String(state.updated)])}
        </p>
      )}
    </section>
  );
}
