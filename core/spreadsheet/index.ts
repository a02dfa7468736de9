/**
 * Ledger spreadsheets (.xlsx, .xls, .csv), pure: CSV decoding and parsing, header detection and
 * column mapping, reading cells into cadre rows, and the export table. Reading the workbook
 * itself (SheetJS) happens in the options page, which hands a `Sheet` over.
 */
export * from './types';
export * from './decode';
export * from './csv';
export * from './merges';
export * from './fields';
export * from './headers';
export * from './values';
export * from './rows';
export * from './export';
export * from './ledger-sheet';
