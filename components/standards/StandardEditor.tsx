import { useState } from 'preact/hooks';
import { SaveStatus } from '../SaveStatus';
import type { FieldProblem } from '../../core/model/issues';
import { useT } from '../i18n';
import { StandardBasics, StandardChecks } from './StandardBasics';
import {
  AllowedFormsTable,
  AnnualCapsTable,
  ApprovalTable,
  FestivalWindowsTable,
  ForbiddenItemsTable,
  FrequencyTable,
  PerVisitCapsTable,
  RequiredFieldsTable,
} from './StandardTables';
import { validateStandardDraft, type StandardDraft } from './standard-draft';

export type EditorStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; messageKey: string; subs?: string[] };

export interface StandardEditorProps {
  /** the version as loaded; give the editor a new `key` to load another */
  initial: StandardDraft;
  isNew: boolean;
  /** problems the background found on the last save */
  problems: readonly FieldProblem[];
  status: EditorStatus;
  onSave: (draft: StandardDraft) => void;
  onCancel: () => void;
}

/**
 * The editor of one version of the standards: its basics, then every table of caps and rules.
 * Problems are found before sending (the same schema as the background), each shown at its cell.
 */
export function StandardEditor({ initial, isNew, problems, status, onSave, onCancel }: StandardEditorProps) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [local, setLocal] = useState<FieldProblem[] | null>(null);
  const change = (patch: Partial<StandardDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // Once a save was refused, the problems follow the edits.
    if (local !== null && local.length > 0) setLocal(validateStandardDraft(next));
  };
  const shown = local !== null && local.length > 0 ? local : problems;
  const save = (e: Event) => {
    e.preventDefault();
    const found = validateStandardDraft(draft);
    setLocal(found);
    if (found.length === 0) onSave(draft);
  };
  const parts = { draft, onChange: change, problems: shown };

  return (
    <form class="std-form" data-testid="standard-form" onSubmit={save} noValidate>
      <div class="editor-head">
        <h2>{isNew ? t('std_new_title') : t('std_edit_title')}</h2>
        {draft.isExample && (
          <span class="tag tag-example" data-testid="std-example-badge">
            {t('std_example_badge')}
          </span>
        )}
      </div>
      {draft.isExample && <p class="notice is-warning">{t('std_example_notice')}</p>}
      {shown.length > 0 && (
        <p class="form-summary" role="alert" data-testid="standard-problems" data-count={String(shown.length)}>
          {t('form_problem_count', String(shown.length))}
        </p>
      )}
      <StandardBasics {...parts} />
      <PerVisitCapsTable {...parts} />
      <AnnualCapsTable {...parts} />
      <FrequencyTable {...parts} />
      <FestivalWindowsTable {...parts} />
      <AllowedFormsTable {...parts} />
      <ForbiddenItemsTable {...parts} />
      <RequiredFieldsTable {...parts} />
      <StandardChecks {...parts} />
      <ApprovalTable {...parts} />
      <div class="editor-actions">
        <button type="submit" class="primary" data-testid="standard-save" disabled={status.kind === 'saving'}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <SaveStatus status={status} testId="standard-save-status" savedKey="std_saved" />
      </div>
    </form>
  );
}
