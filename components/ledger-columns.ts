import type { LedgerSortKey } from '../core/ledger/filters';

/**
 * The columns the ledger list can show. The person chooses which (the name always shows); the
 * choice is kept by the options page. Labels are i18n keys.
 */

export const COLUMN_IDS = [
  'name',
  'gender',
  'age',
  'birthDate',
  'category',
  'rank',
  'rankDetail',
  'originalUnit',
  'originalPosition',
  'politicalStatus',
  'idNumber',
  'phone',
  'address',
  'healthStatus',
  'difficulty',
  'tags',
  'followUp',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export interface ColumnSpec {
  id: ColumnId;
  labelKey: string;
  /** pixels: every row lays its columns out alike, and the list scrolls sideways when they overflow */
  width: number;
  /** the list can be sorted by this column */
  sortBy?: LedgerSortKey;
}

export const LEDGER_COLUMNS: Record<ColumnId, ColumnSpec> = {
  name: { id: 'name', labelKey: 'field_name', width: 104, sortBy: 'name' },
  gender: { id: 'gender', labelKey: 'field_gender', width: 40 },
  age: { id: 'age', labelKey: 'column_age', width: 48, sortBy: 'age' },
  birthDate: { id: 'birthDate', labelKey: 'field_birthDate', width: 92, sortBy: 'age' },
  category: { id: 'category', labelKey: 'field_category', width: 80, sortBy: 'category' },
  rank: { id: 'rank', labelKey: 'field_rank', width: 96, sortBy: 'rank' },
  rankDetail: { id: 'rankDetail', labelKey: 'field_rankDetail', width: 96 },
  originalUnit: { id: 'originalUnit', labelKey: 'field_originalUnit', width: 160, sortBy: 'unit' },
  originalPosition: { id: 'originalPosition', labelKey: 'field_originalPosition', width: 120 },
  politicalStatus: { id: 'politicalStatus', labelKey: 'field_politicalStatus', width: 84 },
  idNumber: { id: 'idNumber', labelKey: 'field_idNumber', width: 196 },
  phone: { id: 'phone', labelKey: 'field_phone', width: 112 },
  address: { id: 'address', labelKey: 'field_address', width: 220 },
  healthStatus: { id: 'healthStatus', labelKey: 'field_healthStatus', width: 96 },
  difficulty: { id: 'difficulty', labelKey: 'column_difficulty', width: 72 },
  tags: { id: 'tags', labelKey: 'field_tags', width: 120 },
  followUp: { id: 'followUp', labelKey: 'column_followUp', width: 96, sortBy: 'followUp' },
};

export const DEFAULT_COLUMNS: readonly ColumnId[] = ['name', 'gender', 'age', 'category', 'rank', 'originalUnit', 'idNumber'];

/** A saved column choice, kept only as far as it names known columns; the name always first. */
export function columnsFrom(saved: unknown): ColumnId[] {
  if (!Array.isArray(saved)) return [...DEFAULT_COLUMNS];
  const known = saved.filter((c): c is ColumnId => (COLUMN_IDS as readonly string[]).includes(c as string));
  return ['name', ...new Set(known.filter((c) => c !== 'name'))];
}

/** Width of the tick box column, the gap between columns and the row's side padding (pixels). */
const SELECT_WIDTH = 28;
const GAP = 8;
const PADDING = 20;

/** The grid template of the chosen columns (after the tick box when `selectable`). */
export function gridTemplate(columns: readonly ColumnId[], selectable: boolean): string {
  return [...(selectable ? [SELECT_WIDTH] : []), ...columns.map((c) => LEDGER_COLUMNS[c].width)].map((w) => `${w}px`).join(' ');
}

/** The width a row of these columns needs (pixels). */
export function rowWidth(columns: readonly ColumnId[], selectable: boolean): number {
  const widths = [...(selectable ? [SELECT_WIDTH] : []), ...columns.map((c) => LEDGER_COLUMNS[c].width)];
  return widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1) + PADDING;
}
