import type { FieldProblem } from '../../core/model/issues';
import { FIELD_KEY_LIST, type FieldKey } from '../../core/model/field-keys';
import { CAP_MEASURES } from '../../core/model/standard';
import { FESTIVALS, FESTIVAL_VISIT_TYPES, RANKS, SUPPORT_FORMS, VISIT_TYPES, tierOptions } from '../../core/model/vocab';
import { useT } from '../i18n';
import { ChipsCell, ListCell, NumberCell, SelectCell, TextCell, parseIntText } from './cells';
import { fieldKeyLabel, useLang } from './lang';
import { newRows, type StandardDraft } from './standard-draft';
import { ListTable, columnKit, type RowOf } from './table-kit';

/** The list tables of a standards version (单次上限 … 审批层级), each an editable table. */

export interface TablesProps {
  draft: StandardDraft;
  onChange: (patch: Partial<StandardDraft>) => void;
  problems: readonly FieldProblem[];
}

const PERIODS = ['year', 'festival', 'hospitalisation'] as const;

export function PerVisitCapsTable(props: TablesProps) {
  const t = useT();
  const { draft } = props;
  const c = columnKit<RowOf<'perVisitCaps'>>(t, 'perVisitCaps', 'caps', props.problems);
  const columns = [
    c.col('visitType', '8.5rem', (r, p, up) => (
      <SelectCell
        {...p}
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
    )),
    c.category(),
    c.col('rank', '8rem', (r, p, up) => <SelectCell {...p} value={r.rank} options={RANKS} blank={t('std_any')} onChange={(v) => up({ rank: v })} />),
    c.festival(),
    c.col('tier', '7rem', (r, p, up) => {
      const options = tierOptions(r.visitType, draft.milestones);
      return <SelectCell {...p} value={r.tier} options={options} blank={t('std_any')} disabled={options.length === 0 && r.tier === undefined} onChange={(v) => up({ tier: v })} />;
    }),
    c.col('measure', '6rem', (r, p, up) => <SelectCell {...p} value={r.measure} options={CAP_MEASURES} onChange={(v) => up({ measure: v ?? '合计' })} />),
    c.col('cap', '7rem', (r, p, up) => <NumberCell {...p} value={r.cap} onChange={(n) => up({ cap: n as number })} />),
    c.ref(),
  ];
  return (
    <ListTable
      {...props}
      list="perVisitCaps"
      testId="caps"
      titleKey="std_per_visit_caps"
      columns={columns}
      newRow={newRows.perVisitCap}
      rowData={(r) => ({ 'visit-type': r.visitType, tier: r.tier, category: r.category, rank: r.rank, festival: r.festival, measure: r.measure })}
    />
  );
}

export function AnnualCapsTable(props: TablesProps) {
  const c = columnKit<RowOf<'annualCaps'>>(useT(), 'annualCaps', 'annual', props.problems);
  const columns = [
    c.visitTypes('minmax(14rem, 2fr)'),
    c.category(),
    c.col('cap', '7rem', (r, p, up) => <NumberCell {...p} value={r.cap} onChange={(n) => up({ cap: n as number })} />),
    c.ref(),
  ];
  return <ListTable {...props} list="annualCaps" testId="annual" titleKey="std_annual_caps" columns={columns} newRow={newRows.annualCap} />;
}

export function FrequencyTable(props: TablesProps) {
  const t = useT();
  const c = columnKit<RowOf<'frequency'>>(t, 'frequency', 'frequency', props.problems);
  const columns = [
    c.visitType(),
    c.festival(),
    c.col('max', '5rem', (r, p, up) => <NumberCell {...p} value={r.max} parse={parseIntText} onChange={(n) => up({ max: n as number })} />),
    c.col('per', '8rem', (r, p, up) => <SelectCell {...p} value={r.per} options={PERIODS} labelOf={(x) => t(`std_per_${x}`)} onChange={(v) => up({ per: v ?? r.per })} />),
    c.ref(),
  ];
  return <ListTable {...props} list="frequency" testId="frequency" titleKey="std_frequency" columns={columns} newRow={newRows.frequency} />;
}

export function FestivalWindowsTable(props: TablesProps) {
  const c = columnKit<RowOf<'festivalWindows'>>(useT(), 'festivalWindows', 'windows', props.problems);
  const columns = [
    c.col('festival', '6rem', (r, p, up) => <SelectCell {...p} value={r.festival} options={FESTIVALS} onChange={(v) => up({ festival: v ?? r.festival })} />),
    c.col('before', '6rem', (r, p, up) => <NumberCell {...p} value={r.before} parse={parseIntText} onChange={(n) => up({ before: n as number })} />),
    c.col('after', '6rem', (r, p, up) => <NumberCell {...p} value={r.after} parse={parseIntText} onChange={(n) => up({ after: n as number })} />),
    c.ref(),
  ];
  const newRow = () => newRows.festivalWindow(props.draft.festivalWindows.map((w) => w.festival));
  return <ListTable {...props} list="festivalWindows" testId="windows" titleKey="std_festival_windows" columns={columns} newRow={newRow} />;
}

export function AllowedFormsTable(props: TablesProps) {
  const c = columnKit<RowOf<'allowedForms'>>(useT(), 'allowedForms', 'forms', props.problems);
  const columns = [
    c.visitType(),
    c.col('forms', 'minmax(14rem, 2fr)', (r, p, up) => <ChipsCell {...p} value={r.forms} options={SUPPORT_FORMS} onChange={(forms) => up({ forms })} />),
    c.ref(),
  ];
  return <ListTable {...props} list="allowedForms" testId="forms" titleKey="std_allowed_forms" columns={columns} newRow={newRows.allowedForms} />;
}

export function ForbiddenItemsTable(props: TablesProps) {
  const t = useT();
  const c = columnKit<RowOf<'forbiddenItems'>>(t, 'forbiddenItems', 'forbidden', props.problems);
  const columns = [
    c.visitTypes('minmax(12rem, 1.5fr)'),
    c.col('items', 'minmax(12rem, 2fr)', (r, p, up) => <ListCell {...p} value={r.items} placeholder={t('std_items_placeholder')} onChange={(items) => up({ items })} />),
    c.ref(),
  ];
  return <ListTable {...props} list="forbiddenItems" testId="forbidden" titleKey="std_forbidden_items" columns={columns} newRow={newRows.forbiddenItems} />;
}

export function RequiredFieldsTable(props: TablesProps) {
  const lang = useLang();
  const c = columnKit<RowOf<'requiredFields'>>(useT(), 'requiredFields', 'required', props.problems);
  const label = (k: FieldKey) => fieldKeyLabel(k, lang);
  const columns = [
    c.visitTypes('minmax(12rem, 1.5fr)'),
    c.col('fields', 'minmax(16rem, 2.5fr)', (r, p, up) => <ChipsCell {...p} value={r.fields} options={FIELD_KEY_LIST} labelOf={label} onChange={(fields) => up({ fields })} />),
    c.ref(),
  ];
  return <ListTable {...props} list="requiredFields" testId="required" titleKey="std_required_fields" columns={columns} newRow={newRows.requiredFields} />;
}

export function ApprovalTable(props: TablesProps) {
  const c = columnKit<RowOf<'approvalThresholds'>>(useT(), 'approvalThresholds', 'approval', props.problems);
  const columns = [
    c.col('over', '8rem', (r, p, up) => <NumberCell {...p} value={r.over} onChange={(n) => up({ over: n as number })} />),
    c.col('level', 'minmax(10rem, 1.5fr)', (r, p, up) => <TextCell {...p} value={r.level} onChange={(v) => up({ level: v ?? '' })} />),
    c.ref(),
  ];
  return <ListTable {...props} list="approvalThresholds" testId="approval" titleKey="std_approval" columns={columns} newRow={newRows.approval} />;
}
