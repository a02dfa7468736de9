import { useRef, useState } from 'preact/hooks';
import { SaveStatus } from '../SaveStatus';
import { FIELD_KEY_LIST, type FieldKey } from '../../core/model/field-keys';
import type { FieldProblem } from '../../core/model/issues';
import { FESTIVALS, SUPPORT_FORMS, VISIT_TYPES, FESTIVAL_VISIT_TYPES, tierOptions, retypeOccasion } from '../../core/model/vocab';
import { PLACEHOLDERS } from '../../core/templates/placeholders';
import type { PlaceholderProblem } from '../../core/templates/scan';
import { useT } from '../i18n';
import { CellProblems, NumberCell, SelectCell, TextCell, problemsAt } from '../standards/cells';
import type { EditorStatus } from '../standards/StandardEditor';
import { fieldKeyLabel, useLang } from '../standards/lang';
import { insertPlaceholder, placeholderProblems, validateTemplateDraft, type TemplateDraft } from './template-draft';

export interface TemplateEditorProps {
  draft: TemplateDraft;
  onChange: (draft: TemplateDraft) => void;
  isNew: boolean;
  /** problems the background found on the last save */
  problems: readonly FieldProblem[];
  status: EditorStatus;
  /** milestone ages of the standard in force, offered as 生日寿辰 tiers */
  milestones: readonly number[];
  onSave: (draft: TemplateDraft) => void;
  onDelete?: () => void;
  onCancel: () => void;
}

const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as Array<keyof typeof PLACEHOLDERS>;

/** Where the next placeholder from the palette goes: a text of the template and the caret in it. */
interface Target {
  path: 'salutation' | `values.${FieldKey}`;
  caret: number;
}

/** One line per placeholder that will not render: unknown names and unpaired braces. */
function PlaceholderWarnings({ found, testId }: { found: readonly PlaceholderProblem[] | undefined; testId: string }) {
  const t = useT();
  if (!found || found.length === 0) return null;
  return (
    <span class="cell-errors" data-testid={testId}>
      {found.map((p) => (
        <span key={`${p.start}`} class="field-warning">
          {p.kind === 'unknown' ? t('tpl_unknown_placeholder', `{{${p.name}}}`) : t('tpl_malformed_placeholder', p.name)}
        </span>
      ))}
    </span>
  );
}

/**
 * The template editor: what the template fills (type, festival or tier, form of support,
 * amounts, goods, funding) and the texts of form fields with placeholders, flagged while typing.
 */
export function TemplateEditor({ draft, onChange, isNew, problems, status, milestones, onSave, onDelete, onCancel }: TemplateEditorProps) {
  const t = useT();
  const lang = useLang();
  const [local, setLocal] = useState<FieldProblem[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const target = useRef<Target>({ path: 'values.visit.reason', caret: Number.MAX_SAFE_INTEGER });
  const shown = local.length > 0 ? local : problems;
  const at = (path: string) => problemsAt(shown, path);
  const flagged = placeholderProblems(draft);

  const change = (patch: Partial<TemplateDraft>) => {
    const next = { ...draft, ...patch };
    onChange(next);
    if (local.length > 0) setLocal(validateTemplateDraft(next));
  };
  const setValue = (key: FieldKey, text: string) => change({ values: { ...draft.values, [key]: text } });
  const removeValue = (key: FieldKey) => {
    const values = { ...draft.values };
    delete values[key];
    change({ values });
  };
  const remember = (path: Target['path']) => (e: Event) => {
    const el = e.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    target.current = { path, caret: el.selectionStart ?? el.value.length };
  };
  const insert = (name: string) => {
    const { path, caret } = target.current;
    if (path === 'salutation') {
      const r = insertPlaceholder(draft.salutation ?? '', name, caret);
      target.current = { path, caret: r.caret };
      return change({ salutation: r.text });
    }
    const key = path.slice('values.'.length) as FieldKey;
    const r = insertPlaceholder(draft.values[key] ?? '', name, caret);
    target.current = { path, caret: r.caret };
    setValue(key, r.text);
  };
  const save = (e: Event) => {
    e.preventDefault();
    const found = validateTemplateDraft(draft);
    setLocal(found);
    if (found.length === 0) onSave(draft);
  };

  const tiers = tierOptions(draft.visitType, milestones);
  const valueKeys = Object.keys(draft.values) as FieldKey[];
  const addable = FIELD_KEY_LIST.filter((k) => !valueKeys.includes(k));

  return (
    <form class="tpl-form" data-testid="template-form" onSubmit={save} noValidate>
      <div class="editor-head">
        <h2>{isNew ? t('tpl_new_title') : t('tpl_edit_title')}</h2>
      </div>
      {shown.length > 0 && (
        <p class="form-summary" role="alert" data-testid="template-problems">
          {t('form_problem_count', String(shown.length))}
        </p>
      )}
      <div class="form-grid">
        <div class="form-field is-wide">
          <span class="field-label">{t('tpl_name')}</span>
          <TextCell testId="tpl-name" label={t('tpl_name')} value={draft.name} problems={at('name')} onChange={(v) => change({ name: v ?? '' })} />
        </div>
        <div class="form-field">
          <span class="field-label">{t('std_col_visitType')}</span>
          <SelectCell
            testId="tpl-visitType"
            label={t('std_col_visitType')}
            value={draft.visitType}
            options={VISIT_TYPES}
            problems={at('visitType')}
            onChange={(v) => change(retypeOccasion(draft, v ?? draft.visitType, milestones))}
          />
        </div>
        <div class="form-field">
          <span class="field-label">{t('std_col_festival')}</span>
          <SelectCell
            testId="tpl-festival"
            label={t('std_col_festival')}
            value={draft.festival}
            options={FESTIVALS}
            blank={t('std_none')}
            disabled={!FESTIVAL_VISIT_TYPES.includes(draft.visitType) && draft.festival === undefined}
            problems={at('festival')}
            onChange={(festival) => change({ festival })}
          />
        </div>
        <div class="form-field">
          <span class="field-label">{t('std_col_tier')}</span>
          <SelectCell
            testId="tpl-tier"
            label={t('std_col_tier')}
            value={draft.tier}
            options={tiers}
            blank={draft.visitType === '生日寿辰' ? t('tpl_tier_by_age') : t('std_none')}
            disabled={tiers.length === 0 && draft.tier === undefined}
            problems={at('tier')}
            onChange={(tier) => change({ tier })}
          />
        </div>
        <div class="form-field">
          <span class="field-label">{t('tpl_form')}</span>
          <SelectCell testId="tpl-form" label={t('tpl_form')} value={draft.form} options={SUPPORT_FORMS} blank={t('std_none')} problems={at('form')} onChange={(form) => change({ form })} />
        </div>
        <div class="form-field">
          <span class="field-label">{t('tpl_amount')}</span>
          <NumberCell testId="tpl-amount" label={t('tpl_amount')} value={draft.amount} problems={at('amount')} onChange={(amount) => change({ amount })} />
        </div>
        <div class="form-field">
          <span class="field-label">{t('tpl_goods_value')}</span>
          <NumberCell testId="tpl-goodsValue" label={t('tpl_goods_value')} value={draft.goodsValue} problems={at('goodsValue')} onChange={(goodsValue) => change({ goodsValue })} />
        </div>
        <p class="field-note is-wide">{t('tpl_amount_hint')}</p>
        <div class="form-field">
          <span class="field-label">{t('tpl_goods')}</span>
          <TextCell testId="tpl-goods" label={t('tpl_goods')} value={draft.goods} problems={at('goods')} onChange={(goods) => change({ goods })} />
        </div>
        <div class="form-field">
          <span class="field-label">{t('tpl_funding')}</span>
          <TextCell testId="tpl-funding" label={t('tpl_funding')} value={draft.fundingSource} problems={at('fundingSource')} onChange={(fundingSource) => change({ fundingSource })} />
        </div>
        <div class="form-field">
          <span class="field-label">{t('tpl_salutation')}</span>
          <span class={`cell${at('salutation').length ? ' has-error' : ''}`}>
            <input
              type="text"
              data-testid="tpl-salutation"
              aria-label={t('tpl_salutation')}
              value={draft.salutation ?? ''}
              placeholder="{{姓}}老"
              autoComplete="off"
              onFocus={remember('salutation')}
              onKeyUp={remember('salutation')}
              onClick={remember('salutation')}
              onInput={(e) => {
                const v = (e.currentTarget as HTMLInputElement).value;
                change({ salutation: v === '' ? undefined : v });
                remember('salutation')(e);
              }}
            />
            <CellProblems problems={at('salutation')} />
            <PlaceholderWarnings found={flagged.get('salutation')} testId="tpl-placeholder-warning-salutation" />
          </span>
        </div>
        <div class="form-field is-check">
          <label class="check-label">
            <input type="checkbox" data-testid="tpl-isDefault" checked={draft.isDefault} onChange={(e) => change({ isDefault: (e.currentTarget as HTMLInputElement).checked })} />
            {t('tpl_is_default')}
          </label>
        </div>
        <div class="form-field is-wide">
          <span class="field-label">{t('tpl_description')}</span>
          <TextCell testId="tpl-description" label={t('tpl_description')} value={draft.description} problems={at('description')} onChange={(description) => change({ description })} />
        </div>
      </div>

      <fieldset class="form-section">
        <legend>{t('tpl_values')}</legend>
        <p class="section-hint">{t('tpl_values_hint')}</p>
        {valueKeys.map((key) => (
          <div key={key} class="tpl-value" data-testid="tpl-value" data-key={key}>
            <div class="tpl-value-head">
              <span class="field-label">{fieldKeyLabel(key, lang)}</span>
              <button type="button" class="link-button" aria-label={t('remove_item', fieldKeyLabel(key, lang))} onClick={() => removeValue(key)}>
                {t('remove')}
              </button>
            </div>
            <textarea
              rows={3}
              data-testid={`tpl-value-${key}`}
              aria-label={fieldKeyLabel(key, lang)}
              aria-invalid={flagged.has(`values.${key}`) || at(`values.${key}`).length > 0}
              value={draft.values[key] ?? ''}
              onFocus={remember(`values.${key}`)}
              onKeyUp={remember(`values.${key}`)}
              onClick={remember(`values.${key}`)}
              onInput={(e) => {
                setValue(key, (e.currentTarget as HTMLTextAreaElement).value);
                remember(`values.${key}`)(e);
              }}
            />
            <CellProblems problems={at(`values.${key}`)} />
            <PlaceholderWarnings found={flagged.get(`values.${key}`)} testId={`tpl-placeholder-warning-${key}`} />
          </div>
        ))}
        {addable.length > 0 && (
          <select
            class="chip-add"
            data-testid="tpl-add-value"
            aria-label={t('tpl_add_value')}
            value=""
            onChange={(e) => {
              const key = (e.currentTarget as HTMLSelectElement).value as FieldKey;
              if (key) setValue(key, '');
            }}
          >
            <option value="">{t('tpl_add_value')}</option>
            {addable.map((k) => (
              <option key={k} value={k}>
                {fieldKeyLabel(k, lang)}
              </option>
            ))}
          </select>
        )}
      </fieldset>

      <fieldset class="form-section">
        <legend>{t('tpl_placeholders')}</legend>
        <p class="section-hint">{t('tpl_placeholders_hint')}</p>
        <div class="placeholder-palette" data-testid="tpl-palette">
          {PLACEHOLDER_NAMES.map((name) => (
            <button
              key={name}
              type="button"
              class="chip chip-button"
              title={lang === 'en' ? PLACEHOLDERS[name].en : PLACEHOLDERS[name].zh}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => insert(name)}
            >
              {`{{${name}}}`}
            </button>
          ))}
        </div>
      </fieldset>

      <div class="editor-actions">
        <button type="submit" class="primary" data-testid="template-save" disabled={status.kind === 'saving'}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        {onDelete &&
          (confirmDelete ? (
            <button type="button" class="danger" data-testid="template-delete-confirm" onClick={onDelete}>
              {t('delete_confirm')}
            </button>
          ) : (
            <button type="button" data-testid="template-delete" onClick={() => setConfirmDelete(true)}>
              {t('delete')}
            </button>
          ))}
        <SaveStatus status={status} testId="template-save-status" />
      </div>
    </form>
  );
}
