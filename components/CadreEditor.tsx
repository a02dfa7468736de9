import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NEED_CATEGORIES, type FieldProblem, type IsoDate } from '../core/model';
import { checkIdAgainstForm, normalizeDateText, withIdNumber, type CadreFormValues, type HospitalRow, type TextFieldId } from './cadre-form';
import {
  BASIC_SECTION,
  CONTACT_SECTION,
  DIFFICULTY_FIELDS,
  ELSEWHERE_FIELD,
  HEALTH_SECTION,
  HOBBY_SECTION,
  NOTES_FIELD,
  STUDY_SECTION,
  TAGS_FIELD,
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
  /** deletes the cadre (asked only after the person confirmed); absent for a new cadre */
  onDelete?: () => void;
  /**
   * Given after an edit conflict: reloads the cadre as stored, discarding this form's edits
   * (the person's click on 重新载入 is the consent).
   */
  onReload?: () => void;
}

type CheckboxId = 'alive' | 'difficultyHas' | 'lunarBirthday' | 'livesElsewhere';

const EMPTY_STAY: HospitalRow = { admittedOn: '', dischargedOn: '', hospital: '', department: '', diagnosis: '' };
const STAY_FIELDS = ['admittedOn', 'dischargedOn', 'hospital', 'department', 'diagnosis'] as const;

const DATE_FIELDS = new Set<TextFieldId>(['birthDate', 'partyJoinDate', 'workStartDate', 'retirementDate', 'deathDate']);

/**
 * The cadre editor: every section of 六清楚 (basic facts, health with hospital stays, living
 * difficulties, hobbies and specialties, study, current needs) plus contacts, tags and notes;
 * problems next to their fields, ID-number assistance, and deletion behind a confirmation.
 */
export function CadreEditor({ initial, isNew, problems, status, today, onSave, onCancel, onDelete, onReload }: CadreEditorProps) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
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

  const checkbox = (id: CheckboxId, path: string, labelKey: string) => (
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
  const setStay = (i: number, patch: Partial<HospitalRow>) => {
    markEdited('health.hospitalisations');
    setValues((v) => ({ ...v, hospitalisations: v.hospitalisations.map((h, j) => (j === i ? { ...h, ...patch } : h)) }));
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
          {checkbox('lunarBirthday', 'lunarBirthday', 'field_lunarBirthday')}
          {checkbox('alive', 'alive', 'field_alive')}
          {!values.alive && renderField(deathDateSpec)}
        </>,
      )}
      {renderSection(
        HEALTH_SECTION,
        <div class="form-field is-wide stays" data-testid="hospitalisations">
          <label>{t('field_hospitalisations')}</label>
          {values.hospitalisations.length === 0 && <p class="muted">{t('stays_empty')}</p>}
          {values.hospitalisations.map((h, i) => (
            <div class="stay-row" key={i} data-testid="stay-row">
              {STAY_FIELDS.map((f) => (
                <input
                  key={f}
                  type="text"
                  aria-label={t(`field_stay_${f}`)}
                  placeholder={t(`field_stay_${f}`)}
                  data-testid={`field-stay-${f}`}
                  value={h[f]}
                  onInput={(e) => setStay(i, { [f]: (e.currentTarget as HTMLInputElement).value })}
                  onBlur={() => (f === 'admittedOn' || f === 'dischargedOn') && setStay(i, { [f]: normalizeDateText(h[f]) ?? '' })}
                />
              ))}
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  markEdited('health.hospitalisations');
                  setValues((v) => ({ ...v, hospitalisations: v.hospitalisations.filter((_, j) => j !== i) }));
                }}
              >
                {t('remove')}
              </button>
              {problemsOf(`health.hospitalisations.${i}`, 'health.hospitalisations').map((p) => (
                <p key={`${p.path}:${p.key}`} class="field-error" data-testid={`error-${p.path}`} role="alert">
                  {t(`field_stay_${p.path.split('.').pop() ?? ''}`)}：{t(p.key, p.subs)}
                </p>
              ))}
            </div>
          ))}
          <button
            type="button"
            class="secondary small"
            data-testid="add-stay"
            onClick={() => setValues((v) => ({ ...v, hospitalisations: [...v.hospitalisations, { ...EMPTY_STAY }] }))}
          >
            {t('add_stay')}
          </button>
        </div>,
      )}
      <fieldset class="form-section">
        <legend>{t('section_difficulty')}</legend>
        <div class="form-grid">
          {checkbox('difficultyHas', 'difficulty.has', 'field_difficultyHas')}
          {values.difficultyHas && DIFFICULTY_FIELDS.map(renderField)}
        </div>
      </fieldset>
      {renderSection(HOBBY_SECTION)}
      {renderSection(STUDY_SECTION)}
      {renderSection(
        CONTACT_SECTION,
        <>
          {checkbox('livesElsewhere', 'livesElsewhere', 'field_livesElsewhere')}
          {values.livesElsewhere && renderField(ELSEWHERE_FIELD)}
        </>,
      )}

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
        <div class="form-grid">
          {renderField(TAGS_FIELD)}
          {renderField(NOTES_FIELD)}
        </div>
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
        {onReload && (
          <button type="button" class="secondary small" data-testid="cadre-reload" onClick={onReload}>
            {t('cadre_reload')}
          </button>
        )}
        {onDelete && !isNew && (
          <span class="editor-delete">
            {confirmingDelete ? (
              <span class="confirm-inline" role="alertdialog" aria-label={t('delete_cadre')}>
                <span>{t('delete_cadre_question', values.name || initial.name)}</span>
                <button
                  type="button"
                  class="danger small"
                  data-testid="delete-cadre-confirm"
                  onClick={() => {
                    setConfirmingDelete(false);
                    onDelete();
                  }}
                >
                  {t('delete_confirm')}
                </button>
                <button type="button" class="secondary small" data-testid="delete-cadre-cancel" onClick={() => setConfirmingDelete(false)}>
                  {t('cancel')}
                </button>
              </span>
            ) : (
              <button type="button" class="link-button danger-link" data-testid="delete-cadre" onClick={() => setConfirmingDelete(true)}>
                {t('delete_cadre')}
              </button>
            )}
          </span>
        )}
      </footer>
    </form>
  );
}
