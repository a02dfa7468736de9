import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../core/model/vocab';
import type { ExportScopeKind } from '../../core/sync/kinds';
import { MIN_PASSPHRASE_LENGTH } from '../../core/sync/limits';
import type { ExportScopePayload } from '../../messaging/requests/sync';
import { useT } from '../i18n';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'exporting' }
  | { kind: 'done'; fileName: string; cadres: number }
  | { kind: 'failed'; messageKey: string };

export interface ExportRequest {
  scope: ExportScopePayload;
  encrypt: boolean;
  passphrase?: string;
}

const SCOPE_LABEL_KEYS: Record<ExportScopeKind, string> = {
  everything: 'sync_scope_everything',
  ledger: 'sync_scope_ledger',
  'templates-standards': 'sync_scope_templates_standards',
  cadres: 'sync_scope_cadres',
};
const SCOPES = Object.keys(SCOPE_LABEL_KEYS) as ExportScopeKind[];

/**
 * Export: what to export, the passphrase twice, and, only behind a checkbox with a warning, a
 * plain (unencrypted) file.
 */
export function ExportPanel({ state, onExport }: { state: ExportState; onExport: (req: ExportRequest) => void }) {
  const t = useT();
  const [scope, setScope] = useState<ExportScopeKind>('everything');
  const [categories, setCategories] = useState<Category[]>([]);
  const [unit, setUnit] = useState('');
  const [query, setQuery] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [plain, setPlain] = useState(false);
  const [problemKey, setProblemKey] = useState<string>();

  const submit = (e: Event) => {
    e.preventDefault();
    if (!plain && passphrase.length < MIN_PASSPHRASE_LENGTH) return setProblemKey('err_sync_passphrase_short');
    if (!plain && passphrase !== confirm) return setProblemKey('err_sync_passphrase_mismatch');
    setProblemKey(undefined);
    const chosen: ExportScopePayload =
      scope === 'cadres'
        ? { kind: 'cadres', filter: { categories, ...(unit.trim() ? { unit: unit.trim() } : {}), ...(query.trim() ? { query: query.trim() } : {}) } }
        : { kind: scope };
    onExport(plain ? { scope: chosen, encrypt: false } : { scope: chosen, encrypt: true, passphrase });
  };

  const toggleCategory = (c: Category) => setCategories((cs) => (cs.includes(c) ? cs.filter((x) => x !== c) : [...cs, c]));

  return (
    <section class="panel sync-panel">
      <h2>{t('sync_export_title')}</h2>
      <p class="muted">{t('sync_export_intro')}</p>
      <form onSubmit={submit} data-testid="export-form">
        <fieldset class="sync-scope">
          <legend>{t('sync_scope_label')}</legend>
          {SCOPES.map((s) => (
            <label key={s} class="check-label">
              <input type="radio" name="sync-scope" value={s} checked={scope === s} data-testid={`export-scope-${s}`} onChange={() => setScope(s)} />
              {t(SCOPE_LABEL_KEYS[s])}
            </label>
          ))}
          {scope === 'cadres' && (
            <div class="sync-filter" data-testid="export-filter">
              <span class="sync-filter-label">{t('sync_filter_categories')}</span>
              {CATEGORIES.map((c) => (
                <label key={c} class="check-label">
                  <input type="checkbox" checked={categories.includes(c)} data-testid="export-category" value={c} onChange={() => toggleCategory(c)} />
                  {c}
                </label>
              ))}
              <label class="form-field">
                <span>{t('sync_filter_unit')}</span>
                <input type="text" maxLength={100} value={unit} data-testid="export-unit" onInput={(e) => setUnit(e.currentTarget.value)} />
              </label>
              <label class="form-field">
                <span>{t('sync_filter_query')}</span>
                <input type="text" maxLength={100} value={query} data-testid="export-query" onInput={(e) => setQuery(e.currentTarget.value)} />
              </label>
            </div>
          )}
        </fieldset>

        {!plain && (
          <div class="sync-passphrases">
            <label class="form-field">
              <span>{t('sync_passphrase')}</span>
              <input type="password" autocomplete="new-password" value={passphrase} data-testid="export-passphrase" onInput={(e) => setPassphrase(e.currentTarget.value)} />
            </label>
            <label class="form-field">
              <span>{t('sync_passphrase_confirm')}</span>
              <input type="password" autocomplete="new-password" value={confirm} data-testid="export-passphrase-confirm" onInput={(e) => setConfirm(e.currentTarget.value)} />
            </label>
            <p class="field-note">{t('sync_passphrase_hint')}</p>
          </div>
        )}

        <label class="check-label sync-plain">
          <input type="checkbox" checked={plain} data-testid="export-plain" onChange={(e) => setPlain(e.currentTarget.checked)} />
          {t('sync_plain')}
        </label>
        {plain && (
          <p class="notice is-error" role="alert" data-testid="export-plain-warning">
            {t('sync_plain_warning')}
          </p>
        )}
        {problemKey && (
          <p class="field-error" role="alert" data-testid="export-problem">
            {t(problemKey)}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary" data-testid="export-button" disabled={state.kind === 'exporting'}>
            {t('sync_export_button')}
          </button>
          <span class="import-status" data-testid="export-status" data-state={state.kind} role="status">
            {state.kind === 'exporting' && t('sync_exporting')}
            {state.kind === 'done' && t('sync_exported', [state.fileName, String(state.cadres)])}
            {state.kind === 'failed' && t(state.messageKey)}
          </span>
        </div>
      </form>
    </section>
  );
}
