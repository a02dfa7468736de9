import type { FieldProblem } from '../../core/model/issues';
import { FIELD_KEY_LIST, type FieldKey } from '../../core/model/field-keys';
import { CAP_MEASURES } from '../../core/model/standard';
import { CATEGORIES, FESTIVALS, RANKS, SUPPORT_FORMS, VISIT_TYPES, FESTIVAL_VISIT_TYPES, tierOptions } from '../../core/model/vocab';
import { useT } from '../i18n';
import { ChipsCell, ListCell, NumberCell, SelectCell, TextCell, parseIntText, problemsAt } from './cells';
import { EditableTable, type Column } from './EditableTable';
import { fieldKeyLabel, useLang } from './lang';
import { newRows, type StandardDraft } from './standard-draft';

/** The list tables of a standards version (单次上限 … 审批层级), each an editable table. */

export interface TablesProps {
  draft: StandardDraft;
  onChange: (patch: Partial<StandardDraft>) => void;
  problems: readonly FieldProblem[];
}


const PERIODS = ['year', 'festival', 'hospitalisation'] as const;

/** Helpers every table uses: a test id and the problems of one cell. */
function cellsOf(path: string, testId: string, problems: readonly FieldProblem[]) {
  return (i: number, field: string) => ({
    testId: `${testId}-${field}-${i}`,
    problems: problemsAt(problems, `${path}.${i}.${field}`),
  });
}

export function PerVisitCapsTable({ draft, onChange, problems }: TablesProps) {
  const t = useT();
  const cell = cellsOf('perVisitCaps', 'caps', problems);
  const columns: Column<StandardDraft['perVisitCaps'][number]>[] = [
    {
      headKey: 'std_col_visitType',
      width: '8.5rem',
      cell: (r, i, up) => (
        <SelectCell
          {...cell(i, 'visitType')}
          label={t('std_col_visitType')}
          value={r.visitType}
          options={VISIT_TYPES}
          onChange={(v) => {
            const visitType = v ?? r.visitType;
            // A tier or festival of another type would be refused: drop it with the type.
            up({
              visitType,
              tier: r.tier !== undefined && tierOptions(visitType, draft.milestones).includes(r.tier) ? r.tier : undefined,
              festival: FESTIVAL_VISIT_TYPES.includes(visitType) ? r.festival : undefined,
            });
          }}
        />
      ),
    },
    {
      headKey: 'std_col_category',
      width: '5.5rem',
      cell: (r, i, up) => <SelectCell {...cell(i, 'category')} label={t('std_col_category')} value={r.category} options={CATEGORIES} blank={t('std_any')} onChange={(v) => up({ category: v })} />,
    },
    {
      headKey: 'std_col_rank',
      width: '8rem',
      cell: (r, i, up) => <SelectCell {...cell(i, 'rank')} label={t('std_col_rank')} value={r.rank} options={RANKS} blank={t('std_any')} onChange={(v) => up({ rank: v })} />,
    },
    {
      headKey: 'std_col_festival',
      width: '5.5rem',
      cell: (r, i, up) => (
        <SelectCell
          {...cell(i, 'festival')}
          label={t('std_col_festival')}
          value={r.festival}
          options={FESTIVALS}
          blank={t('std_any')}
          disabled={!FESTIVAL_VISIT_TYPES.includes(r.visitType) && r.festival === undefined}
          onChange={(v) => up({ festival: v })}
        />
      ),
    },
    {
      headKey: 'std_col_tier',
      width: '7rem',
      cell: (r, i, up) => {
        const options = tierOptions(r.visitType, draft.milestones);
        return (
          <SelectCell
            {...cell(i, 'tier')}
            label={t('std_col_tier')}
            value={r.tier}
            options={options}
            blank={t('std_any')}
            disabled={options.length === 0 && r.tier === undefined}
            onChange={(v) => up({ tier: v })}
          />
        );
      },
    },
    {
      headKey: 'std_col_measure',
      width: '6rem',
      cell: (r, i, up) => <SelectCell {...cell(i, 'measure')} label={t('std_col_measure')} value={r.measure} options={CAP_MEASURES} onChange={(v) => up({ measure: v ?? '合计' })} />,
    },
    {
      headKey: 'std_col_cap',
      width: '7rem',
      cell: (r, i, up) => <NumberCell {...cell(i, 'cap')} label={t('std_col_cap')} value={r.cap} onChange={(n) => up({ cap: n as number })} />,
    },
    { headKey: 'std_col_ref', width: 'minmax(6rem, 1fr)', cell: (r, i, up) => <TextCell {...cell(i, 'ref')} label={t('std_col_ref')} value={r.ref} onChange={(v) => up({ ref: v })} /> },
  ];
  return (
    <EditableTable
      testId="caps"
      path="perVisitCaps"
      titleKey="std_per_visit_caps"
      hintKey="std_per_visit_caps_hint"
      rows={draft.perVisitCaps}
      columns={columns}
      onChange={(perVisitCaps) => onChange({ perVisitCaps })}
      newRow={newRows.perVisitCap}
      problems={problems}
      rowData={(r) => ({ 'visit-type': r.visitType, tier: r.tier, category: r.category, rank: r.rank, festival: r.festival, measure: r.measure })}
    />
  );
}

export function AnnualCapsTable({ draft, onChange, problems }: TablesProps) {
  const t = useT();
  const cell = cellsOf('annualCaps', 'annual', problems);
  const columns: Column<StandardDraft['annualCaps'][number]>[] = [
    {
      headKey: 'std_col_visitTypes',
      width: 'minmax(14rem, 2fr)',
      cell: (r, i, up) => (
        <ChipsCell {...cell(i, 'visitTypes')} label={t('std_col_visitTypes')} value={r.visitTypes} options={VISIT_TYPES} emptyText={t('std_all_types')} onChange={(visitTypes) => up({ visitTypes })} />
      ),
    },
    {
      headKey: 'std_col_category',
      width: '5.5rem',
      cell: (r, i, up) => <SelectCell {...cell(i, 'category')} label={t('std_col_category')} value={r.category} options={CATEGORIES} blank={t('std_any')} onChange={(v) => up({ category: v })} />,
    },
    { headKey: 'std_col_cap', width: '7rem', cell: (r, i, up) => <NumberCell {...cell(i, 'cap')} label={t('std_col_cap')} value={r.cap} onChange={(n) => up({ cap: n as number })} /> },
    { headKey: 'std_col_ref', width: 'minmax(6rem, 1fr)', cell: (r, i, up) => <TextCell {...cell(i, 'ref')} label={t('std_col_ref')} value={r.ref} onChange={(v) => up({ ref: v })} /> },
  ];
  return (
    <EditableTable
      testId="annual"
      path="annualCaps"
      titleKey="std_annual_caps"
      hintKey="std_annual_caps_hint"
      rows={draft.annualCaps}
      columns={columns}
      onChange={(annualCaps) => onChange({ annualCaps })}
      newRow={newRows.annualCap}
      problems={problems}
    />
  );
}

export function FrequencyTable({ draft, onChange, problems }: TablesProps) {
  const t = useT();
  const cell = cellsOf('frequency', 'frequency', problems);
  const columns: Column<StandardDraft['frequency'][number]>[] = [
    {
      headKey: 'std_col_visitType',
      width: '8.5rem',
      cell: (r, i, up) => <SelectCell {...cell(i, 'visitType')} label={t('std_col_visitType')} value={r.visitType} options={VISIT_TYPES} onChange={(v) => up({ visitType: v ?? r.visitType })} />,
    },
    {
      headKey: 'std_col_festival',
      width: '5.5rem',
      cell: (r, i, up) => (
        <SelectCell
          {...cell(i, 'festival')}
          label={t('std_col_festival')}
          value={r.festival}
          options={FESTIVALS}
          blank={t('std_any')}
          disabled={!FESTIVAL_VISIT_TYPES.includes(r.visitType) && r.festival === undefined}
          onChange={(v) => up({ festival: v })}
        />
      ),
    },
    { headKey: 'std_col_max', width: '5rem', cell: (r, i, up) => <NumberCell {...cell(i, 'max')} label={t('std_col_max')} value={r.max} parse={parseIntText} onChange={(n) => up({ max: n as number })} /> },
    {
      headKey: 'std_col_per',
      width: '8rem',
      cell: (r, i, up) => (
        <SelectCell {...cell(i, 'per')} label={t('std_col_per')} value={r.per} options={PERIODS} labelOf={(p) => t(`std_per_${p}`)} onChange={(v) => up({ per: v ?? r.per })} />
      ),
    },
    { headKey: 'std_col_ref', width: 'minmax(6rem, 1fr)', cell: (r, i, up) => <TextCell {...cell(i, 'ref')} label={t('std_col_ref')} value={r.ref} onChange={(v) => up({ ref: v })} /> },
  ];
  return (
    <EditableTable
      testId="frequency"
      path="frequency"
      titleKey="std_frequency"
      hintKey="std_frequency_hint"
      rows={draft.frequency}
      columns={columns}
      onChange={(frequency) => onChange({ frequency })}
      newRow={newRows.frequency}
      problems={problems}
    />
  );
}

export function FestivalWindowsTable({ draft, onChange, problems }: TablesProps) {
  const t = useT();
  const cell = cellsOf('festivalWindows', 'windows', problems);
  const columns: Column<StandardDraft['festivalWindows'][number]>[] = [
    {
      headKey: 'std_col_festival',
      width: '6rem',
      cell: (r, i, up) => <SelectCell {...cell(i, 'festival')} label={t('std_col_festival')} value={r.festival} options={FESTIVALS} onChange={(v) => up({ festival: v ?? r.festival })} />,
    },
    { headKey: 'std_col_before', width: '6rem', cell: (r, i, up) => <NumberCell {...cell(i, 'before')} label={t('std_col_before')} value={r.before} parse={parseIntText} onChange={(n) => up({ before: n as number })} /> },
    { headKey: 'std_col_after', width: '6rem', cell: (r, i, up) => <NumberCell {...cell(i, 'after')} label={t('std_col_after')} value={r.after} parse={parseIntText} onChange={(n) => up({ after: n as number })} /> },
    { headKey: 'std_col_ref', width: 'minmax(6rem, 1fr)', cell: (r, i, up) => <TextCell {...cell(i, 'ref')} label={t('std_col_ref')} value={r.ref} onChange={(v) => up({ ref: v })} /> },
  ];
  return (
    <EditableTable
      testId="windows"
      path="festivalWindows"
      titleKey="std_festival_windows"
      hintKey="std_festival_windows_hint"
      rows={draft.festivalWindows}
      columns={columns}
      onChange={(festivalWindows) => onChange({ festivalWindows })}
      newRow={() => newRows.festivalWindow(draft.festivalWindows.map((w) => w.festival))}
      problems={problems}
    />
  );
}

export function AllowedFormsTable({ draft, onChange, problems }: TablesProps) {
  const t = useT();
  const cell = cellsOf('allowedForms', 'forms', problems);
  const columns: Column<StandardDraft['allowedForms'][number]>[] = [
    {
      headKey: 'std_col_visitType',
      width: '8.5rem',
      cell: (r, i, up) => <SelectCell {...cell(i, 'visitType')} label={t('std_col_visitType')} value={r.visitType} options={VISIT_TYPES} onChange={(v) => up({ visitType: v ?? r.visitType })} />,
    },
    { headKey: 'std_col_forms', width: 'minmax(14rem, 2fr)', cell: (r, i, up) => <ChipsCell {...cell(i, 'forms')} label={t('std_col_forms')} value={r.forms} options={SUPPORT_FORMS} onChange={(forms) => up({ forms })} /> },
    { headKey: 'std_col_ref', width: 'minmax(6rem, 1fr)', cell: (r, i, up) => <TextCell {...cell(i, 'ref')} label={t('std_col_ref')} value={r.ref} onChange={(v) => up({ ref: v })} /> },
  ];
  return (
    <EditableTable
      testId="forms"
      path="allowedForms"
      titleKey="std_allowed_forms"
      hintKey="std_allowed_forms_hint"
      rows={draft.allowedForms}
      columns={columns}
      onChange={(allowedForms) => onChange({ allowedForms })}
      newRow={newRows.allowedForms}
      problems={problems}
    />
  );
}

export function ForbiddenItemsTable({ draft, onChange, problems }: TablesProps) {
  const t = useT();
  const cell = cellsOf('forbiddenItems', 'forbidden', problems);
  const columns: Column<StandardDraft['forbiddenItems'][number]>[] = [
    {
      headKey: 'std_col_visitTypes',
      width: 'minmax(12rem, 1.5fr)',
      cell: (r, i, up) => <ChipsCell {...cell(i, 'visitTypes')} label={t('std_col_visitTypes')} value={r.visitTypes} options={VISIT_TYPES} emptyText={t('std_all_types')} onChange={(visitTypes) => up({ visitTypes })} />,
    },
    { headKey: 'std_col_items', width: 'minmax(12rem, 2fr)', cell: (r, i, up) => <ListCell {...cell(i, 'items')} label={t('std_col_items')} value={r.items} placeholder={t('std_items_placeholder')} onChange={(items) => up({ items })} /> },
    { headKey: 'std_col_ref', width: 'minmax(6rem, 1fr)', cell: (r, i, up) => <TextCell {...cell(i, 'ref')} label={t('std_col_ref')} value={r.ref} onChange={(v) => up({ ref: v })} /> },
  ];
  return (
    <EditableTable
      testId="forbidden"
      path="forbiddenItems"
      titleKey="std_forbidden_items"
      hintKey="std_forbidden_items_hint"
      rows={draft.forbiddenItems}
      columns={columns}
      onChange={(forbiddenItems) => onChange({ forbiddenItems })}
      newRow={newRows.forbiddenItems}
      problems={problems}
    />
  );
}

export function RequiredFieldsTable({ draft, onChange, problems }: TablesProps) {
  const t = useT();
  const lang = useLang();
  const cell = cellsOf('requiredFields', 'required', problems);
  const label = (k: FieldKey) => fieldKeyLabel(k, lang);
  const columns: Column<StandardDraft['requiredFields'][number]>[] = [
    {
      headKey: 'std_col_visitTypes',
      width: 'minmax(12rem, 1.5fr)',
      cell: (r, i, up) => <ChipsCell {...cell(i, 'visitTypes')} label={t('std_col_visitTypes')} value={r.visitTypes} options={VISIT_TYPES} emptyText={t('std_all_types')} onChange={(visitTypes) => up({ visitTypes })} />,
    },
    {
      headKey: 'std_col_fields',
      width: 'minmax(16rem, 2.5fr)',
      cell: (r, i, up) => <ChipsCell {...cell(i, 'fields')} label={t('std_col_fields')} value={r.fields} options={FIELD_KEY_LIST} labelOf={label} onChange={(fields) => up({ fields })} />,
    },
    { headKey: 'std_col_ref', width: 'minmax(6rem, 1fr)', cell: (r, i, up) => <TextCell {...cell(i, 'ref')} label={t('std_col_ref')} value={r.ref} onChange={(v) => up({ ref: v })} /> },
  ];
  return (
    <EditableTable
      testId="required"
      path="requiredFields"
      titleKey="std_required_fields"
      hintKey="std_required_fields_hint"
      rows={draft.requiredFields}
      columns={columns}
      onChange={(requiredFields) => onChange({ requiredFields })}
      newRow={newRows.requiredFields}
      problems={problems}
    />
  );
}

export function ApprovalTable({ draft, onChange, problems }: TablesProps) {
  const t = useT();
  const cell = cellsOf('approvalThresholds', 'approval', problems);
  const columns: Column<StandardDraft['approvalThresholds'][number]>[] = [
    { headKey: 'std_col_over', width: '8rem', cell: (r, i, up) => <NumberCell {...cell(i, 'over')} label={t('std_col_over')} value={r.over} onChange={(n) => up({ over: n as number })} /> },
    { headKey: 'std_col_level', width: 'minmax(10rem, 1.5fr)', cell: (r, i, up) => <TextCell {...cell(i, 'level')} label={t('std_col_level')} value={r.level} onChange={(v) => up({ level: v ?? '' })} /> },
    { headKey: 'std_col_ref', width: 'minmax(6rem, 1fr)', cell: (r, i, up) => <TextCell {...cell(i, 'ref')} label={t('std_col_ref')} value={r.ref} onChange={(v) => up({ ref: v })} /> },
  ];
  return (
    <EditableTable
      testId="approval"
      path="approvalThresholds"
      titleKey="std_approval"
      hintKey="std_approval_hint"
      rows={draft.approvalThresholds}
      columns={columns}
      onChange={(approvalThresholds) => onChange({ approvalThresholds })}
      newRow={newRows.approval}
      problems={problems}
    />
  );
}
