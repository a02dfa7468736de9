import type { ComponentChildren } from 'preact';
import type { FieldProblem } from '../../core/model/issues';
import { CellProblems, problemsAt } from './cells';
import { useT } from '../i18n';

/** One column of an editable table: its header and how a row's cell is drawn. */
export interface Column<R> {
  /** i18n key of the header */
  headKey: string;
  /** CSS width hint (`8em`, `1fr`) */
  width: string;
  cell: (row: R, index: number, update: (patch: Partial<R>) => void) => ComponentChildren;
}

export interface EditableTableProps<R> {
  /** `data-testid` of the table; rows are `${testId}-row` with `data-index` */
  testId: string;
  /** the draft's path of this list (`perVisitCaps`), to show its problems */
  path: string;
  titleKey: string;
  /** a sentence under the title: what the table means */
  hintKey?: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  onChange: (rows: R[]) => void;
  newRow: () => R;
  problems: readonly FieldProblem[];
  /** extra attributes of each row (e.g. the visit type, for tests and styles) */
  rowData?: (row: R) => Record<string, string | undefined>;
}

/** A section of the standards editor: a table whose rows can be edited, added and removed. */
export function EditableTable<R>({ testId, path, titleKey, hintKey, rows, columns, onChange, newRow, problems, rowData }: EditableTableProps<R>) {
  const t = useT();
  const template = `${columns.map((c) => c.width).join(' ')} 2.5rem`;
  // Problems of the list itself (too many rows, a duplicate), not of one row.
  const own = problems.filter((p) => p.path === path);
  return (
    <fieldset class="form-section std-table" data-testid={testId}>
      <legend>{t(titleKey)}</legend>
      {hintKey && <p class="section-hint">{t(hintKey)}</p>}
      <div class="std-grid" role="table" aria-label={t(titleKey)}>
        <div class="std-grid-head" role="row" style={{ gridTemplateColumns: template }}>
          {columns.map((c) => (
            <span key={c.headKey} role="columnheader">
              {t(c.headKey)}
            </span>
          ))}
          <span role="columnheader" class="sr-only">
            {t('remove')}
          </span>
        </div>
        {rows.length === 0 && <p class="std-grid-empty muted">{t('std_rows_empty')}</p>}
        {rows.map((row, i) => {
          const update = (patch: Partial<R>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
          return (
            <div
              key={i}
              class={`std-grid-row${problemsAt(problems, `${path}.${i}`).length ? ' has-error' : ''}`}
              role="row"
              data-testid={`${testId}-row`}
              data-index={String(i)}
              {...(rowData ? Object.fromEntries(Object.entries(rowData(row)).map(([k, v]) => [`data-${k}`, v])) : {})}
              style={{ gridTemplateColumns: template }}
            >
              {columns.map((c) => (
                <span key={c.headKey} role="cell">
                  {c.cell(row, i, update)}
                </span>
              ))}
              <span role="cell">
                <button
                  type="button"
                  class="link-button row-remove"
                  data-testid={`${testId}-remove`}
                  aria-label={t('remove_row', String(i + 1))}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </span>
            </div>
          );
        })}
      </div>
      <CellProblems problems={own} />
      <button type="button" class="small secondary" data-testid={`${testId}-add`} onClick={() => onChange([...rows, newRow()])}>
        {t('add_row')}
      </button>
    </fieldset>
  );
}
