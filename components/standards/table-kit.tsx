import type { ComponentChildren } from 'preact';
import type { FieldProblem } from '../../core/model/issues';
import { CATEGORIES, FESTIVALS, FESTIVAL_VISIT_TYPES, VISIT_TYPES } from '../../core/model/vocab';
import type { Translate } from '../i18n';
import { ChipsCell, SelectCell, TextCell, problemsAt } from './cells';
import { EditableTable, type Column } from './EditableTable';
import type { StandardDraft } from './standard-draft';

/**
 * What the list tables of the standards editor share: every column is headed `std_col_<field>`,
 * its cells carry the test id `<table>-<field>-<row>` and the problems at `<list>.<row>.<field>`,
 * and a handful of columns (clause reference, visit type(s), category, festival) mean the same in
 * every table they appear in.
 */

/** The lists of a standards version that are edited as tables. */
export type ListKey = 'perVisitCaps' | 'annualCaps' | 'frequency' | 'festivalWindows' | 'allowedForms' | 'forbiddenItems' | 'requiredFields' | 'approvalThresholds';
export type RowOf<K extends ListKey> = StandardDraft[K][number];

/** The props every cell component takes: its test id, its label and its problems. */
export interface CellProps {
  testId: string;
  label: string;
  problems: FieldProblem[];
}

type Draw<R> = (row: R, props: CellProps, update: (patch: Partial<R>) => void) => ComponentChildren;

/** The column builders of one table; `R` is its row type. */
export function columnKit<R>(t: Translate, list: ListKey, testId: string, problems: readonly FieldProblem[]) {
  /** A column of `field`, drawn by `draw`. */
  const col = (field: string, width: string, draw: Draw<R>): Column<R> => ({
    headKey: `std_col_${field}`,
    width,
    cell: (row, i, update) => draw(row, { testId: `${testId}-${field}-${i}`, label: t(`std_col_${field}`), problems: problemsAt(problems, `${list}.${i}.${field}`) }, update),
  });
  // the shared columns read and patch fields every row type that uses them has
  type Shared = { ref?: string; visitType: (typeof VISIT_TYPES)[number]; visitTypes: (typeof VISIT_TYPES)[number][]; category?: (typeof CATEGORIES)[number]; festival?: (typeof FESTIVALS)[number] };
  const as = (row: R) => row as unknown as Shared;
  const patch = (p: Partial<Shared>) => p as unknown as Partial<R>;
  return {
    col,
    /** the clause of the office's document a row comes from */
    ref: () => col('ref', 'minmax(6rem, 1fr)', (r, p, up) => <TextCell {...p} value={as(r).ref} onChange={(v) => up(patch({ ref: v }))} />),
    /** one visit type, required */
    visitType: () => col('visitType', '8.5rem', (r, p, up) => <SelectCell {...p} value={as(r).visitType} options={VISIT_TYPES} onChange={(v) => up(patch({ visitType: v ?? as(r).visitType }))} />),
    /** several visit types; none means all */
    visitTypes: (width: string) =>
      col('visitTypes', width, (r, p, up) => <ChipsCell {...p} value={as(r).visitTypes} options={VISIT_TYPES} emptyText={t('std_all_types')} onChange={(visitTypes) => up(patch({ visitTypes }))} />),
    /** a category of cadre, or any */
    category: () => col('category', '5.5rem', (r, p, up) => <SelectCell {...p} value={as(r).category} options={CATEGORIES} blank={t('std_any')} onChange={(v) => up(patch({ category: v }))} />),
    /** a festival, or any; only festival visit types take one (a stored one stays editable) */
    festival: () =>
      col('festival', '5.5rem', (r, p, up) => (
        <SelectCell
          {...p}
          value={as(r).festival}
          options={FESTIVALS}
          blank={t('std_any')}
          disabled={!FESTIVAL_VISIT_TYPES.includes(as(r).visitType) && as(r).festival === undefined}
          onChange={(v) => up(patch({ festival: v }))}
        />
      )),
  };
}

export interface ListTableProps<K extends ListKey> {
  list: K;
  testId: string;
  /** i18n key of the title; `<titleKey>_hint` is the sentence under it */
  titleKey: string;
  draft: StandardDraft;
  onChange: (patch: Partial<StandardDraft>) => void;
  problems: readonly FieldProblem[];
  columns: readonly Column<RowOf<K>>[];
  newRow: () => RowOf<K>;
  rowData?: (row: RowOf<K>) => Record<string, string | undefined>;
}

/** One list of the draft as an editable table. */
export function ListTable<K extends ListKey>({ list, testId, titleKey, draft, onChange, problems, columns, newRow, rowData }: ListTableProps<K>) {
  return (
    <EditableTable<RowOf<K>>
      testId={testId}
      path={list}
      titleKey={titleKey}
      hintKey={`${titleKey}_hint`}
      rows={draft[list] as readonly RowOf<K>[]}
      columns={columns}
      onChange={(rows) => onChange({ [list]: rows } as Partial<StandardDraft>)}
      newRow={newRow}
      problems={problems}
      {...(rowData ? { rowData } : {})}
    />
  );
}
