import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FieldKey } from '../../core/model/field-keys';
import { isIsoDate, type IsoDate } from '../../core/model/validators/dates';
import { FESTIVALS, type Festival } from '../../core/model/vocab';
import { standardInForce, type StandardVersion } from '../../core/rules/standard-in-force';
import type { RenderCadre } from '../../core/templates/context';
import { renderTemplateWithReport } from '../../core/templates/render';
import { useT } from '../i18n';
import { SelectCell, TextCell } from '../standards/cells';
import { fieldKeyLabel, useLang } from '../standards/lang';
import type { TemplateDraft } from './template-draft';

export interface TemplatePreviewProps {
  draft: TemplateDraft;
  /** the cadre the preview is for (undefined: none chosen yet) */
  cadre?: RenderCadre;
  /** choosing the cadre (a picker the view wires to the ledger) */
  picker: ComponentChildren;
  /** every version of the standards: amounts default from the one in force on the visit day */
  standards: readonly StandardVersion[];
  today: IsoDate;
  /** 经办人 and 申请部门 from the settings, when known */
  handler?: string;
  department?: string;
}

interface OccasionText {
  date: string;
  festival?: Festival;
  hospital?: string;
  admissionDate?: string;
  deathDate?: string;
}

const isDate = (s: string | undefined): s is IsoDate => s !== undefined && isIsoDate(s);

/**
 * The live preview of a template for a chosen cadre: every form field it would fill, rendered
 * with the cadre's facts and the occasion; where the amounts come from; placeholders that came
 * out empty or are unknown. All text is rendered as text, never as HTML.
 */
export function TemplatePreview({ draft, cadre, picker, standards, today, handler, department }: TemplatePreviewProps) {
  const t = useT();
  const lang = useLang();
  const [occasion, setOccasion] = useState<OccasionText>({ date: today });
  const date = isDate(occasion.date) ? occasion.date : today;
  const standard = standardInForce(standards, date);
  // A figure still being typed (NaN) previews as "not set", so the preview never breaks mid-edit.
  const amount = (n: number | undefined) => (n === undefined || Number.isFinite(n) ? n : undefined);
  const renderable = { ...draft, amount: amount(draft.amount), goodsValue: amount(draft.goodsValue) };
  const report = renderTemplateWithReport(renderable, {
    cadre,
    today,
    handler,
    department,
    standard,
    occasion: {
      date,
      ...(occasion.festival ? { festival: occasion.festival } : {}),
      ...(occasion.hospital ? { hospital: occasion.hospital } : {}),
      ...(isDate(occasion.admissionDate) ? { admissionDate: occasion.admissionDate } : {}),
      ...(isDate(occasion.deathDate) ? { deathDate: occasion.deathDate } : {}),
    },
  });
  const rows = Object.entries(report.values) as Array<[FieldKey, string]>;
  const set = (patch: Partial<OccasionText>) => setOccasion((o) => ({ ...o, ...patch }));

  return (
    <section class="tpl-preview" data-testid="template-preview" aria-label={t('tpl_preview')}>
      <h3>{t('tpl_preview')}</h3>
      {picker}
      <div class="form-grid preview-occasion">
        <div class="form-field">
          <span class="field-label">{t('tpl_visit_date')}</span>
          <TextCell testId="preview-date" label={t('tpl_visit_date')} value={occasion.date} placeholder={t('placeholder_date')} onChange={(v) => set({ date: v ?? '' })} />
        </div>
        {(draft.visitType === '节日慰问' || draft.visitType === '遗属慰问') && !draft.festival && (
          <div class="form-field">
            <span class="field-label">{t('std_col_festival')}</span>
            <SelectCell testId="preview-festival" label={t('std_col_festival')} value={occasion.festival} options={FESTIVALS} blank={t('std_none')} onChange={(festival) => set({ festival })} />
          </div>
        )}
        {draft.visitType === '住院看望' && (
          <>
            <div class="form-field">
              <span class="field-label">{t('tpl_hospital')}</span>
              <TextCell testId="preview-hospital" label={t('tpl_hospital')} value={occasion.hospital} onChange={(hospital) => set({ hospital })} />
            </div>
            <div class="form-field">
              <span class="field-label">{t('tpl_admission_date')}</span>
              <TextCell testId="preview-admission" label={t('tpl_admission_date')} value={occasion.admissionDate} placeholder={t('placeholder_date')} onChange={(admissionDate) => set({ admissionDate })} />
            </div>
          </>
        )}
        {draft.visitType === '去世吊唁' && (
          <div class="form-field">
            <span class="field-label">{t('tpl_death_date')}</span>
            <TextCell testId="preview-death" label={t('tpl_death_date')} value={occasion.deathDate} placeholder={t('placeholder_date')} onChange={(deathDate) => set({ deathDate })} />
          </div>
        )}
      </div>
      {!cadre && <p class="muted small-text">{t('tpl_preview_no_cadre')}</p>}
      <p class="muted small-text" data-testid="preview-amount-source" data-source={report.amountSource}>
        {report.amountSource === 'template' && t('tpl_amount_from_template')}
        {report.amountSource === 'standard' && standard && t('tpl_amount_from_standard', standard.name)}
        {report.amountSource === 'none' && (standard ? t('tpl_amount_none', standard.name) : t('tpl_no_standard'))}
        {standard?.isExample && <span class="tag tag-example">{t('std_example_badge')}</span>}
      </p>
      <dl class="preview-values" data-testid="preview-values">
        {rows.map(([key, value]) => (
          <div key={key} class="preview-row" data-key={key}>
            <dt>{fieldKeyLabel(key, lang)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.missing.length > 0 && (
        <p class="field-warning" data-testid="preview-missing">
          {t('tpl_preview_missing', report.missing.map((n) => `{{${n}}}`).join('、'))}
        </p>
      )}
      {report.unknown.length > 0 && (
        <p class="field-warning" data-testid="preview-unknown">
          {t('tpl_preview_unknown', report.unknown.map((n) => `{{${n}}}`).join('、'))}
        </p>
      )}
    </section>
  );
}
