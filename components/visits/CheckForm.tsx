import type { ComponentChildren } from 'preact';
import { BEREAVEMENT_CASES, FESTIVALS, HOSPITAL_TIERS, SUPPORT_FORMS, VISIT_TYPES, FESTIVAL_VISIT_TYPES } from '../../core/model/vocab';
import { useT } from '../i18n';
import { SelectCell, TextCell } from '../standards/cells';
import type { CheckDraft } from './check-draft';

export interface CheckFormProps {
  draft: CheckDraft;
  onChange: (draft: CheckDraft) => void;
  onCheck: () => void;
  /** no cadre chosen, or a check under way */
  disabled: boolean;
}


/** A labelled field of the check form. */
function Field({ labelKey, children, wide }: { labelKey: string; children: ComponentChildren; wide?: boolean }) {
  const t = useT();
  return (
    <div class={`form-field${wide ? ' is-wide' : ''}`}>
      <span class="field-label">{t(labelKey)}</span>
      {children}
    </div>
  );
}

/** The visit to check, as an OA form would hold it; the fields follow the visit type. */
export function CheckForm({ draft, onChange, onCheck, disabled }: CheckFormProps) {
  const t = useT();
  const set = (patch: Partial<CheckDraft>) => onChange({ ...draft, ...patch });
  const tiers: readonly string[] = draft.visitType === '住院看望' ? HOSPITAL_TIERS : draft.visitType === '去世吊唁' ? BEREAVEMENT_CASES : [];
  const text = (key: keyof CheckDraft, labelKey: string, testId: string, placeholder?: string, wide?: boolean) => (
    <Field labelKey={labelKey} wide={wide}>
      <TextCell testId={testId} label={t(labelKey)} value={draft[key]} placeholder={placeholder} onChange={(v) => set({ [key]: v })} />
    </Field>
  );
  return (
    <form
      class="check-form"
      data-testid="check-form"
      onSubmit={(e) => {
        e.preventDefault();
        onCheck();
      }}
    >
      <div class="form-grid">
        <Field labelKey="std_col_visitType">
          <SelectCell
            testId="check-visitType"
            label={t('std_col_visitType')}
            value={draft.visitType}
            options={VISIT_TYPES}
            onChange={(v) => {
              const visitType = v ?? draft.visitType;
              set({ visitType, festival: FESTIVAL_VISIT_TYPES.includes(visitType) ? draft.festival : undefined, tier: undefined });
            }}
          />
        </Field>
        {FESTIVAL_VISIT_TYPES.includes(draft.visitType) && (
          <Field labelKey="std_col_festival">
            <SelectCell testId="check-festival" label={t('std_col_festival')} value={draft.festival} options={FESTIVALS} blank={t('std_none')} onChange={(festival) => set({ festival })} />
          </Field>
        )}
        {tiers.length > 0 && (
          <Field labelKey="std_col_tier">
            <SelectCell testId="check-tier" label={t('std_col_tier')} value={draft.tier} options={tiers} blank={t('std_none')} onChange={(tier) => set({ tier })} />
          </Field>
        )}
        {text('date', 'tpl_visit_date', 'check-date', t('placeholder_date'))}
        {text('applyDate', 'check_apply_date', 'check-applyDate', t('placeholder_date'))}
        <Field labelKey="tpl_form">
          <SelectCell testId="check-form-of-support" label={t('tpl_form')} value={draft.form} options={SUPPORT_FORMS} blank={t('std_none')} onChange={(form) => set({ form })} />
        </Field>
        {text('amount', 'tpl_amount', 'check-amount', '1000.00')}
        {text('goodsValue', 'tpl_goods_value', 'check-goodsValue', '300.00')}
        {text('goods', 'tpl_goods', 'check-goods')}
        {draft.visitType === '住院看望' && (
          <>
            {text('hospital', 'tpl_hospital', 'check-hospital')}
            {text('admissionDate', 'tpl_admission_date', 'check-admissionDate', t('placeholder_date'))}
          </>
        )}
        {draft.visitType === '去世吊唁' && (
          <>
            {text('deathDate', 'tpl_death_date', 'check-deathDate', t('placeholder_date'))}
            {text('recipient', 'check_recipient', 'check-recipient')}
            {text('recipientRelation', 'check_relation', 'check-relation')}
          </>
        )}
        {text('formNumber', 'check_form_number', 'check-formNumber')}
        {text('reason', 'check_reason', 'check-reason', undefined, true)}
      </div>
      <div class="actions">
        <button type="submit" class="primary" data-testid="check-run" disabled={disabled}>
          {t('check_run')}
        </button>
      </div>
    </form>
  );
}
