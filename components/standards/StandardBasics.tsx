import type { ComponentChildren } from 'preact';
import type { FieldProblem } from '../../core/model/issues';
import { FIELD_KEY_LIST, type FieldKey } from '../../core/model/field-keys';
import { VISIT_TYPES } from '../../core/model/vocab';
import { useT } from '../i18n';
import { ChipsCell, NumberCell, NumberListCell, SelectCell, TextCell, parseDecimalText, parseIntText, problemsAt } from './cells';
import { fieldKeyLabel, useLang } from './lang';
import type { StandardDraft } from './standard-draft';

/**
 * The scalar parts of a version: name, document, effective dates, 周岁/虚岁 and milestones, the
 * birthday window, the date rules, duplicates and the warning share.
 */

interface Props {
  draft: StandardDraft;
  onChange: (patch: Partial<StandardDraft>) => void;
  problems: readonly FieldProblem[];
}

/** A labelled control of the basics grid. */
function Labelled({ labelKey, children, wide }: { labelKey: string; children: ComponentChildren; wide?: boolean }) {
  const t = useT();
  return (
    // not a <label>: a click on a chip's text would press its first button
    <div class={`form-field${wide ? ' is-wide' : ''}`}>
      <span class="field-label">{t(labelKey)}</span>
      {children}
    </div>
  );
}

const AGE_MODES = ['周岁', '虚岁'] as const;

export function StandardBasics({ draft, onChange, problems }: Props) {
  const t = useT();
  const at = (path: string) => problemsAt(problems, path);
  return (
    <>
      <fieldset class="form-section">
        <legend>{t('std_basics')}</legend>
        <div class="form-grid">
          <Labelled labelKey="std_name" wide>
            <TextCell testId="std-name" label={t('std_name')} value={draft.name} problems={at('name')} onChange={(v) => onChange({ name: v ?? '' })} />
          </Labelled>
          <Labelled labelKey="std_document" wide>
            <TextCell testId="std-document" label={t('std_document')} value={draft.document} problems={at('document')} onChange={(v) => onChange({ document: v })} />
          </Labelled>
          <Labelled labelKey="std_effective_from">
            <TextCell
              testId="std-effectiveFrom"
              label={t('std_effective_from')}
              placeholder={t('placeholder_date')}
              value={draft.effectiveFrom}
              problems={at('effectiveFrom')}
              onChange={(v) => onChange({ effectiveFrom: v ?? '' })}
            />
          </Labelled>
          <Labelled labelKey="std_effective_to">
            <TextCell
              testId="std-effectiveTo"
              label={t('std_effective_to')}
              placeholder={t('std_effective_to_placeholder')}
              value={draft.effectiveTo}
              problems={at('effectiveTo')}
              onChange={(v) => onChange({ effectiveTo: v })}
            />
          </Labelled>
          <div class="form-field is-check">
            <label class="check-label">
              <input type="checkbox" data-testid="std-isExample" checked={draft.isExample} onChange={(e) => onChange({ isExample: (e.currentTarget as HTMLInputElement).checked })} />
              {t('std_is_example')}
            </label>
          </div>
          <Labelled labelKey="std_notes" wide>
            <TextCell testId="std-notes" label={t('std_notes')} value={draft.notes} problems={at('notes')} wide onChange={(v) => onChange({ notes: v })} />
          </Labelled>
        </div>
      </fieldset>

      <fieldset class="form-section">
        <legend>{t('std_birthdays')}</legend>
        <div class="form-grid">
          <Labelled labelKey="std_age_mode">
            <SelectCell testId="std-ageMode" label={t('std_age_mode')} value={draft.ageMode} options={AGE_MODES} problems={at('ageMode')} onChange={(v) => onChange({ ageMode: v ?? '周岁' })} />
          </Labelled>
          <Labelled labelKey="std_milestones">
            <NumberListCell
              testId="std-milestones"
              label={t('std_milestones')}
              value={draft.milestones}
              placeholder="80、90、100"
              problems={at('milestones')}
              onChange={(milestones) => onChange({ milestones })}
            />
          </Labelled>
          <Labelled labelKey="std_milestone_ref">
            <TextCell testId="std-milestoneRef" label={t('std_milestone_ref')} value={draft.milestoneRef} problems={at('milestoneRef')} onChange={(v) => onChange({ milestoneRef: v })} />
          </Labelled>
          <div class="form-field is-check">
            <label class="check-label">
              <input
                type="checkbox"
                data-testid="std-birthdayWindow"
                checked={draft.birthdayWindow !== undefined}
                onChange={(e) => onChange({ birthdayWindow: (e.currentTarget as HTMLInputElement).checked ? { before: 15, after: 15 } : undefined })}
              />
              {t('std_birthday_window')}
            </label>
          </div>
          {draft.birthdayWindow && (
            <>
              <Labelled labelKey="std_col_before">
                <NumberCell
                  testId="std-birthday-before"
                  label={t('std_col_before')}
                  parse={parseIntText}
                  value={draft.birthdayWindow.before}
                  problems={at('birthdayWindow.before')}
                  onChange={(n) => onChange({ birthdayWindow: { ...draft.birthdayWindow!, before: n as number } })}
                />
              </Labelled>
              <Labelled labelKey="std_col_after">
                <NumberCell
                  testId="std-birthday-after"
                  label={t('std_col_after')}
                  parse={parseIntText}
                  value={draft.birthdayWindow.after}
                  problems={at('birthdayWindow.after')}
                  onChange={(n) => onChange({ birthdayWindow: { ...draft.birthdayWindow!, after: n as number } })}
                />
              </Labelled>
              <Labelled labelKey="std_col_ref">
                <TextCell
                  testId="std-birthday-ref"
                  label={t('std_col_ref')}
                  value={draft.birthdayWindow.ref}
                  problems={at('birthdayWindow.ref')}
                  onChange={(v) => onChange({ birthdayWindow: { ...draft.birthdayWindow!, ref: v } })}
                />
              </Labelled>
            </>
          )}
        </div>
      </fieldset>
    </>
  );
}

/** The date rules, the duplicate window and the warning share. */
export function StandardChecks({ draft, onChange, problems }: Props) {
  const t = useT();
  const lang = useLang();
  const at = (path: string) => problemsAt(problems, path);
  const rules = draft.dateRules;
  const label = (k: FieldKey) => fieldKeyLabel(k, lang);
  return (
    <fieldset class="form-section">
      <legend>{t('std_other_rules')}</legend>
      <div class="form-grid">
        <Labelled labelKey="std_emergency_types" wide>
          <ChipsCell
            testId="std-emergency"
            label={t('std_emergency_types')}
            value={rules.emergencyVisitTypes}
            options={VISIT_TYPES}
            emptyText={t('std_none')}
            problems={at('dateRules.emergencyVisitTypes')}
            onChange={(emergencyVisitTypes) => onChange({ dateRules: { ...rules, emergencyVisitTypes } })}
          />
        </Labelled>
        <Labelled labelKey="std_no_future_fields" wide>
          <ChipsCell
            testId="std-noFuture"
            label={t('std_no_future_fields')}
            value={rules.noFutureFields}
            options={FIELD_KEY_LIST}
            labelOf={label}
            emptyText={t('std_none')}
            problems={at('dateRules.noFutureFields')}
            onChange={(noFutureFields) => onChange({ dateRules: { ...rules, noFutureFields } })}
          />
        </Labelled>
        <Labelled labelKey="std_date_ref">
          <TextCell testId="std-date-ref" label={t('std_date_ref')} value={rules.ref} problems={at('dateRules.ref')} onChange={(ref) => onChange({ dateRules: { ...rules, ref } })} />
        </Labelled>
        <Labelled labelKey="std_duplicate_days">
          <NumberCell
            testId="std-duplicateDays"
            label={t('std_duplicate_days')}
            parse={parseIntText}
            value={draft.duplicateWindowDays}
            problems={at('duplicateWindowDays')}
            onChange={(n) => onChange({ duplicateWindowDays: n as number })}
          />
        </Labelled>
        <Labelled labelKey="std_duplicate_ref">
          <TextCell testId="std-duplicate-ref" label={t('std_duplicate_ref')} value={draft.duplicateRef} problems={at('duplicateRef')} onChange={(v) => onChange({ duplicateRef: v })} />
        </Labelled>
        <Labelled labelKey="std_warn_ratio">
          <NumberCell
            testId="std-warnRatio"
            label={t('std_warn_ratio')}
            parse={parseDecimalText}
            value={draft.warnRatio}
            problems={at('warnRatio')}
            onChange={(n) => onChange({ warnRatio: n as number })}
          />
        </Labelled>
      </div>
    </fieldset>
  );
}
