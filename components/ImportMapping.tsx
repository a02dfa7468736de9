import type { ColumnMapping } from '../core/spreadsheet/headers';
import { IMPORT_FIELDS, type ImportFieldPath } from '../core/spreadsheet/fields';
import { useT } from './i18n';
import { IMPORT_FIELD_LABELS } from './import-fields';

export interface ImportMappingProps {
  sheetNames: readonly string[];
  sheetIndex: number;
  /** 0-based header row; the person may pick another of the first rows */
  headerRow: number;
  /** the first rows' texts, to choose the header row from */
  headerChoices: readonly string[];
  mapping: readonly ColumnMapping[];
  /** a sample value of each column (by column index) */
  samples: Readonly<Record<number, string>>;
  /** required fields no column fills */
  missing: readonly ImportFieldPath[];
  /** data rows read; rows refused while reading */
  rowCount: number;
  onSheet: (index: number) => void;
  onHeaderRow: (row: number) => void;
  onMap: (column: number, field: ImportFieldPath | null) => void;
}

/** `A`, `B` … `AA`: the column letters Excel shows. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** How the spreadsheet's columns map to ledger fields: found from the headers, changed by the person. */
export function ImportMapping(props: ImportMappingProps) {
  const { sheetNames, sheetIndex, headerRow, headerChoices, mapping, samples, missing, rowCount, onSheet, onHeaderRow, onMap } = props;
  const t = useT();
  return (
    <div class="import-mapping" data-testid="import-mapping" data-header-row={String(headerRow + 1)} data-rows={String(rowCount)}>
      <h3>{t('mapping_title')}</h3>
      <div class="mapping-toolbar">
        {sheetNames.length > 1 && (
          <label class="filter">
            <span>{t('mapping_sheet')}</span>
            <select data-testid="mapping-sheet" value={String(sheetIndex)} onChange={(e) => onSheet(Number((e.currentTarget as HTMLSelectElement).value))}>
              {sheetNames.map((n, i) => (
                <option key={n} value={String(i)}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="filter">
          <span>{t('mapping_header_row')}</span>
          <select data-testid="mapping-header-row" value={String(headerRow)} onChange={(e) => onHeaderRow(Number((e.currentTarget as HTMLSelectElement).value))}>
            {headerChoices.map((text, r) => (
              <option key={r} value={String(r)}>
                {t('import_row', String(r + 1))}：{text.slice(0, 40)}
              </option>
            ))}
          </select>
        </label>
        <span class="muted">{t('mapping_rows', String(rowCount))}</span>
      </div>
      {missing.length > 0 && (
        <p class="notice is-warning" role="alert" data-testid="mapping-missing">
          {t('mapping_missing', missing.map((f) => t(IMPORT_FIELD_LABELS[f])).join('、'))}
        </p>
      )}
      <table class="mapping-table">
        <thead>
          <tr>
            <th>{t('mapping_column')}</th>
            <th>{t('mapping_header')}</th>
            <th>{t('mapping_sample')}</th>
            <th>{t('mapping_field')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.map((m) => (
            <tr key={m.column} data-testid="mapping-row" data-column={String(m.column)} data-field={m.field ?? ''} class={m.field ? '' : 'is-skipped'}>
              <td>{columnLetter(m.column)}</td>
              <td>{m.header}</td>
              <td class="muted">{samples[m.column] ?? ''}</td>
              <td>
                <select
                  aria-label={t('mapping_field_for', m.header || columnLetter(m.column))}
                  data-testid={`mapping-field-${m.column}`}
                  value={m.field ?? ''}
                  onChange={(e) => onMap(m.column, ((e.currentTarget as HTMLSelectElement).value || null) as ImportFieldPath | null)}
                >
                  <option value="">{t('mapping_skip')}</option>
                  {IMPORT_FIELDS.map((f) => (
                    <option key={f.path} value={f.path}>
                      {t(IMPORT_FIELD_LABELS[f.path])}
                    </option>
                  ))}
                </select>
                {!m.field && (
                  <span class="mapping-note muted">
                    {m.duplicateOf !== undefined
                      ? t('mapping_duplicate', columnLetter(m.duplicateOf))
                      : m.ignored
                        ? t('mapping_ignored')
                        : m.manual
                          ? ''
                          : t('mapping_unknown')}
                  </span>
                )}
                {m.manual && <span class="tag tag-plain">{t('mapping_manual')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
