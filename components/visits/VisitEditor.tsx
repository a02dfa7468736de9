import type { ComponentChildren } from 'preact';
import { SaveStatus } from '../SaveStatus';
import { useState } from 'preact/hooks';
import type { FieldProblem } from '../../core/model/issues';
import { FESTIVALS, SUPPORT_FORMS, VISIT_TYPES, FESTIVAL_VISIT_TYPES, tierOptions, retypeOccasion } from '../../core/model/vocab';
import { useT } from '../i18n';
import { NumberCell, SelectCell, TextCell, problemsAt } from '../standards/cells';
import type { EditorStatus } from '../standards/StandardEditor';
import { validateVisitDraft, type VisitDraft } from './visit-draft';

export interface VisitEditorProps {
  initial: VisitDraft;
  isNew: boolean;
  problems: readonly FieldProblem[];
  status: EditorStatus;
  /** milestone ages offered as 生日寿辰 tiers */
  milestones: readonly number[];
  onSave: (draft: VisitDraft) => void;
  onCancel: () => void;
}

const SOURCE_KEY = { oa: 'visit_source_oa', manual: 'visit_source_manual', import: 'visit_source_import' } as const;

/** One visit record, entered by hand for a visit made outside the OA, or corrected. */
export function VisitEditor({ initial, isNew, problems, status, milestones, onSave, onCancel }: VisitEditorProps) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [local, setLocal] = useState<FieldProblem[]>([]);
  const shown = local.length > 0 ? local : problems;
  const at = (path: string) => problemsAt(shown, path);
  const change = (patch: Partial<VisitDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (local.length > 0) setLocal(validateVisitDraft(next));
  };
  const tiers = tierOptions(draft.visitType, milestones);
  const field = (labelKey: string, control: ComponentChildren, wide?: boolean) => (
    <div class={`form-field${wide ? ' is-wide' : ''}`}>
      <span class="field-label">{t(labelKey)}</span>
      {control}
    </div>
  );
  return (
    <form
      class="visit-form"
      data-testid="visit-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found = validateVisitDraft(draft);
        setLocal(found);
        if (found.length === 0) onSave(draft);
      }}
    >
      <div class="editor-head">
        <h3>{isNew ? t('visit_new_title') : t('visit_edit_title')}</h3>
        <span class="tag tag-plain">{t(SOURCE_KEY[draft.source])}</span>
      </div>
      <div class="form-grid">
        {field('visit_col_date', <TextCell testId="visit-date" label={t('visit_col_date')} value={draft.date} placeholder={t('placeholder_date')} problems={at('date')} onChange={(v) => change({ date: v ?? '' })} />)}
        {field(
          'std_col_visitType',
          <SelectCell
            testId="visit-visitType"
            label={t('std_col_visitType')}
            value={draft.visitType}
            options={VISIT_TYPES}
            problems={at('visitType')}
            onChange={(v) => change(retypeOccasion(draft, v ?? draft.visitType, milestones))}
          />,
        )}
        {field(
          'std_col_festival',
          <SelectCell
            testId="visit-festival"
            label={t('std_col_festival')}
            value={draft.festival}
            options={FESTIVALS}
            blank={t('std_none')}
            disabled={!FESTIVAL_VISIT_TYPES.includes(draft.visitType) && draft.festival === undefined}
            problems={at('festival')}
            onChange={(festival) => change({ festival })}
          />,
        )}
        {field(
          'std_col_tier',
          <SelectCell
            testId="visit-tier"
            label={t('std_col_tier')}
            value={draft.tier}
            options={tiers}
            blank={t('std_none')}
            disabled={tiers.length === 0 && draft.tier === undefined}
            problems={at('tier')}
            onChange={(tier) => change({ tier })}
          />,
        )}
        {field('tpl_form', <SelectCell testId="visit-form-of-support" label={t('tpl_form')} value={draft.form} options={SUPPORT_FORMS} blank={t('std_none')} problems={at('form')} onChange={(form) => change({ form })} />)}
        {field('tpl_amount', <NumberCell testId="visit-amount" label={t('tpl_amount')} value={draft.amount} problems={at('amount')} onChange={(n) => change({ amount: n as number })} />)}
        {field('tpl_goods_value', <NumberCell testId="visit-goodsValue" label={t('tpl_goods_value')} value={draft.goodsValue} problems={at('goodsValue')} onChange={(n) => change({ goodsValue: n as number })} />)}
        {field('tpl_goods', <TextCell testId="visit-goods" label={t('tpl_goods')} value={draft.goods} problems={at('goods')} onChange={(goods) => change({ goods })} />)}
        {field('tpl_funding', <TextCell testId="visit-funding" label={t('tpl_funding')} value={draft.fundingSource} problems={at('fundingSource')} onChange={(fundingSource) => change({ fundingSource })} />)}
        {field('check_form_number', <TextCell testId="visit-formNumber" label={t('check_form_number')} value={draft.oaFormNumber} problems={at('oaFormNumber')} onChange={(oaFormNumber) => change({ oaFormNumber })} />)}
        {field('visit_col_note', <TextCell testId="visit-note" label={t('visit_col_note')} value={draft.note} problems={at('note')} onChange={(note) => change({ note })} />, true)}
      </div>
      <div class="editor-actions">
        <button type="submit" class="primary" data-testid="visit-save" disabled={status.kind === 'saving'}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <SaveStatus status={status} testId="visit-save-status" />
      </div>
    </form>
  );
}
