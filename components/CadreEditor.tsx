import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NEED_CATEGORIES, type FieldProblem, type IsoDate } from '../core/model';
import { checkIdAgainstForm, normalizeDateText, withIdNumber, type CadreFormValues, type TextFieldId } from './cadre-form';
import {
  BASIC_SECTION,
  DIFFICULTY_FIELDS,
  HEALTH_SECTION,
  HOBBY_SECTION,
  NOTES_FIELD,
  STUDY_SECTION,
  labelKeyForPath,
  pathBelongsTo,
  shownPaths,
  type FieldSpec,
  type SectionSpec,
} from './cadre-form-layout';
import { FormField } from './FormField';
import { useT } from './i18n';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** `messageKey` says why, in the UI language */
  | { kind: 'failed'; messageKey: string; subs?: string[] };

export interface CadreEditorProps {
  /** the form as loaded; give the editor a new `key` to load another cadre */
  initial: CadreFormValues;
  isNew: boolean;
  /** problems of the last save, each shown next to its field */
  problems: readonly FieldProblem[];
  status: SaveStatus;
  /** the office's today (Asia/Shanghai), which bounds ID-number birth dates */
  today: IsoDate;
  onSave: (values: CadreFormValues) => void;
  onCancel?: () => void;
}

const DATE_FIELDS = new Set<TextFieldId>(['birthDate', 'partyJoinDate', 'workStartDate', 'retirementDate', 'deathDate']);

/** The cadre editor: every section of 六清楚, problems next to their fields, ID-number assistance. */
export function CadreEditor({ initial, isNew, problems, status, today, onSave, onCancel }: CadreEditorProps) {
  const t = useT();
  const [values, setValues] = useState(initial);
  // Fields edited since the last save lose their (now stale) problems.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [idBlurred, setIdBlurred] = useState(false);
  useEffect(() => setEdited(new Set()), [problems]);

  const markEdited = (path: string) => setEdited((s) => (s.has(path) ? s : new Set(s).add(path)));
  /** Problems of the field at `path`, unless the person edited it (`editedAs`) since they came. */
  const problemsOf = (path: string, editedAs = path) =>
    edited.has(editedAs) ? [] : problems.filter((p) => pathBelongsTo(p.path, path));

  const setText = (spec: FieldSpec, value: string) => {
    markEdited(spec.path);
    if (spec.id === 'idNumber') {
      const next = withIdNumber(values, value, today);
      // Filling birth date or gender edits them too.
      if (next.birthDate !== values.birthDate) markEdited('birthDate');
      if (next.gender !== values.gender) markEdited('gender');
      setValues(next);
    } else setValues((v) => ({ ...v, [spec.id]: value }));
  };
  /** Dates typed as 1945年3月1日 or 1945/3/1 are shown in ISO form once the person leaves the field. */
  const tidyDate = (id: TextFieldId) => {
    if (!DATE_FIELDS.has(id)) return;
    setValues((v) => ({ ...v, [id]: normalizeDateText(v[id]) ?? '' }));
  };

  const idCheck = checkIdAgainstForm(values, today);
  const hintsFor = (id: TextFieldId) => {
    if (id === 'idNumber') {
      const complete = values.idNumber.replace(/\s+/g, '').length >= 18 || idBlurred;
      if (idCheck.error && complete)
        return (
          <p class="field-warning" data-testid="hint-idNumber">
            {t(idCheck.error)}
          </p>
        );
      if (idCheck.birthDate && idCheck.gender)
        return (
          <p class="field-note" data-testid="hint-idNumber">
            {t('hint_id_valid', [idCheck.birthDate, idCheck.gender])}
            {idCheck.convertedFrom15 && ` ${t('warn_id_converted_15')}`}
          </p>
        );
    }
    if (id === 'birthDate' && idCheck.birthMismatch && idCheck.birthDate)
      return (
        <p class="field-warning" data-testid="hint-birthDate">
          {t('hint_birth_mismatch', idCheck.birthDate)}
        </p>
      );
    if (id === 'gender' && idCheck.genderMismatch && idCheck.gender)
      return (
        <p class="field-warning" data-testid="hint-gender">
          {t('hint_gender_mismatch', idCheck.gender)}
        </p>
      );
    return undefined;
  };

  const renderField = (spec: FieldSpec) => (
    <FormField
      key={spec.id}
      spec={spec}
      value={values[spec.id]}
      onChange={(v) => setText(spec, v)}
      onBlur={() => {
        if (spec.id === 'idNumber') setIdBlurred(true);
        tidyDate(spec.id);
      }}
      problems={problemsOf(spec.path)}
      hints={hintsFor(spec.id)}
    />
  );
  const renderSection = (section: SectionSpec, extra?: ComponentChildren) => (
    <fieldset class="form-section">
      <legend>{t(section.titleKey)}</legend>
      <div class="form-grid">
        {section.fields.map(renderField)}
        {extra}
      </div>
    </fieldset>
  );

  const checkbox = (id: 'alive' | 'difficultyHas', path: string, labelKey: string) => (
    <div class={`form-field is-check${problemsOf(path).length ? ' has-error' : ''}`}>
      <label class="check-label">
        <input
          type="checkbox"
          data-testid={`field-${id}`}
          name={id}
          checked={values[id]}
          onChange={(e) => {
            markEdited(path);
            setValues((v) => ({ ...v, [id]: (e.currentTarget as HTMLInputElement).checked }));
          }}
        />
        {t(labelKey)}
      </label>
      {problemsOf(path).map((p) => (
        <p key={p.key} class="field-error" data-testid={`error-${p.path}`} role="alert">
          {t(p.key, p.subs)}
        </p>
      ))}
    </div>
  );

  const deathDateSpec: FieldSpec = { id: 'deathDate', path: 'deathDate', control: { kind: 'date' } };
  const shown = shownPaths();
  const elsewhere = problems.filter((p) => !shown.some((s) => pathBelongsTo(p.path, s)));

  const setNeed = (i: number, patch: Partial<CadreFormValues['needs'][number]>) => {
    markEdited('needs');
    setValues((v) => ({ ...v, needs: v.needs.map((n, j) => (j === i ? { ...n, ...patch } : n)) }));
  };

  return (
    <form
      class="cadre-form"
      data-testid="cadre-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave(values);
      }}
    >
      <header class="editor-head">
        <h2>{isNew ? t('editor_new_title') : t('editor_edit_title', values.name || initial.name)}</h2>
        <p class="editor-legend">
          <span class="required-mark">*</span>
          {t('required_legend')}
        </p>
      </header>

      {problems.length > 0 && (
        <div class="form-summary" role="alert">
          <p>{t('form_problem_count', String(problems.length))}</p>
          {elsewhere.map((p) => {
            const labelKey = labelKeyForPath(p.path);
            return (
              <p key={`${p.path}:${p.key}`} class="field-error" data-testid={`error-${p.path || 'form'}`}>
                {labelKey ? `${t(labelKey)}：` : ''}
                {t(p.key, p.subs)}
              </p>
            );
          })}
        </div>
      )}

      {renderSection(
        BASIC_SECTION,
        <>
          {checkbox('alive', 'alive', 'field_alive')}
          {!values.alive && renderField(deathDateSpec)}
        </>,
      )}
      {renderSection(HEALTH_SECTION)}
      <fieldset class="form-section">
        <legend>{t('section_difficulty')}</legend>
        <div class="form-grid">
          {checkbox('difficultyHas', 'difficulty.has', 'field_difficultyHas')}
          {values.difficultyHas && DIFFICULTY_FIELDS.map(renderField)}
        </div>
      </fieldset>
      {renderSection(HOBBY_SECTION)}
      {renderSection(STUDY_SECTION)}

      <fieldset class="form-section">
        <legend>{t('section_needs')}</legend>
        {values.needs.length === 0 && <p class="muted">{t('needs_empty')}</p>}
        {values.needs.map((n, i) => (
          <div class="need-row" key={i} data-testid="need-row">
            <select
              aria-label={t('field_needCategory')}
              data-testid="field-need-category"
              value={n.category}
              onChange={(e) => setNeed(i, { category: (e.currentTarget as HTMLSelectElement).value })}
            >
              <option value="">{t('choose_placeholder')}</option>
              {NEED_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
            <input
              type="text"
              aria-label={t('field_needText')}
              data-testid="field-need-text"
              value={n.text}
              onInput={(e) => setNeed(i, { text: (e.currentTarget as HTMLInputElement).value })}
            />
            <button
              type="button"
              class="link-button"
              onClick={() => {
                markEdited('needs');
                setValues((v) => ({ ...v, needs: v.needs.filter((_, j) => j !== i) }));
              }}
            >
              {t('remove')}
            </button>
            {problemsOf(`needs.${i}`, 'needs').map((p) => (
              <p key={`${p.path}:${p.key}`} class="field-error" data-testid={`error-${p.path}`} role="alert">
                {t(p.key, p.subs)}
              </p>
            ))}
          </div>
        ))}
        <button
          type="button"
          class="secondary small"
          data-testid="add-need"
          onClick={() => setValues((v) => ({ ...v, needs: [...v.needs, { category: '', text: '', recordedOn: today }] }))}
        >
          {t('add_need')}
        </button>
      </fieldset>

      <fieldset class="form-section">
        <legend>{t('section_notes')}</legend>
        <div class="form-grid">{renderField(NOTES_FIELD)}</div>
      </fieldset>

      <footer class="editor-actions">
        <button type="submit" class="primary" data-testid="save-cadre" disabled={status.kind === 'saving'}>
          {t('save')}
        </button>
        {onCancel && (
          <button type="button" class="secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
        <span class={`save-status is-${status.kind}`} data-testid="save-status" data-state={status.kind} role="status">
          {status.kind === 'saving' && t('status_saving')}
          {status.kind === 'saved' && t('status_saved')}
          {status.kind === 'failed' && t(status.messageKey, status.subs)}
        </span>
      </footer>
    </form>
  );
}
