import { useRef, useState } from 'preact/hooks';
import { ImportMapping } from '../../components/ImportMapping';
import { ImportPanel, type ImportState } from '../../components/ImportPanel';
import { MAX_IMPORT_ROWS } from '../../components/ledger-file';
import { cellPreview, cellText, mapColumns, pickLedgerSheet, readLedgerSheet, type ColumnMapping, type ImportFieldPath, type LedgerSheet, type MappingOverrides, type Sheet } from '../../core/spreadsheet';
import { request } from '../../messaging/client';
import type { ImportPreview } from '../../messaging/protocol';
import { failureKey } from './failure';
import { loadLedgerFile } from './spreadsheet-loader';
import './ledger.css';

/** A spreadsheet being imported: the person's choices of sheet, header row and mapping. */
interface SheetSource {
  sheets: Sheet[];
  sheetIndex: number;
  /** chosen header row; undefined: found */
  headerRow?: number;
  overrides: MappingOverrides;
}

/** What the mapping panel shows for the current choices. */
interface MappingView {
  headerRow: number;
  mapping: ColumnMapping[];
  missing: ImportFieldPath[];
  rowCount: number;
}

/** The rows sent to the background, and the rows refused while reading the sheet. */
interface Batch {
  rows: unknown[];
  rowNumbers?: number[];
  invalid: ImportPreview['errors'];
}

/** Rows of the first lines offered as header rows. */
const HEADER_CHOICES = 15;

/**
 * Wires the import: read the file (JSON, CSV, Excel), map the spreadsheet's columns (found from
 * the headers, changed by the person), ask the background for a preview, then commit in one
 * transaction — or cancel, which writes nothing.
 */
export function ImportView() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [fileName, setFileName] = useState<string>();
  const [source, setSource] = useState<SheetSource>();
  const [view, setView] = useState<MappingView>();
  const batch = useRef<Batch>({ rows: [], invalid: [] });
  const seq = useRef(0);

  const preview = async (next: Batch) => {
    const mine = ++seq.current;
    batch.current = next;
    setState({ kind: 'reading' });
    try {
      const res = await request('ledger.import', { rows: next.rows, rowNumbers: next.rowNumbers, commit: false });
      if (mine === seq.current) setState({ kind: 'preview', preview: withLocal(res, next.invalid) });
    } catch (e) {
      if (mine === seq.current) setState({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  /** Reads the sheet with the choices made, shows the mapping and previews its rows. */
  const readSheet = (src: SheetSource) => {
    setSource(src);
    const sheet = src.sheets[src.sheetIndex]!;
    const read = readLedgerSheet(sheet, { headerRow: src.headerRow, overrides: src.overrides });
    if (!read.ok) {
      // let the person point at the header row and the columns themselves
      const headerRow = src.headerRow ?? 0;
      setView({ headerRow, mapping: mapColumns(sheet, headerRow, src.overrides), missing: [], rowCount: 0 });
      seq.current++;
      setState({ kind: 'invalid', messageKey: read.key });
      return;
    }
    setView(viewOf(read.sheet));
    const { rows, rowNumbers, invalid } = read.sheet.rows;
    if (rows.length > MAX_IMPORT_ROWS) {
      seq.current++;
      setState({ kind: 'invalid', messageKey: 'err_import_too_many' });
      return;
    }
    if (rows.length === 0) {
      seq.current++;
      setState({ kind: 'preview', preview: withLocal({ total: 0, toAdd: 0, toUpdate: 0, unchanged: 0, errors: [], duplicates: [], committed: false }, invalid) });
      batch.current = { rows, rowNumbers, invalid };
      return;
    }
    void preview({ rows, rowNumbers, invalid });
  };

  const onFile = async (file: File) => {
    setFileName(file.name);
    setSource(undefined);
    setView(undefined);
    setState({ kind: 'reading' });
    const loaded = await loadLedgerFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (loaded.kind === 'invalid') return setState({ kind: 'invalid', messageKey: loaded.key });
    if (loaded.kind === 'json') return preview({ rows: loaded.rows, invalid: [] });
    readSheet({ sheets: loaded.sheets, sheetIndex: pickLedgerSheet(loaded.sheets), overrides: {} });
  };

  const onCommit = async () => {
    if (state.kind !== 'preview') return;
    const { rows, rowNumbers, invalid } = batch.current;
    setState({ kind: 'committing', preview: state.preview });
    try {
      const res = await request('ledger.import', { rows, rowNumbers, commit: true });
      setState({ kind: 'done', preview: withLocal(res, invalid) });
    } catch (e) {
      setState({ kind: 'failed', messageKey: failureKey(e), preview: state.preview });
    }
  };

  const onCancel = () => {
    seq.current++;
    batch.current = { rows: [], invalid: [] };
    setSource(undefined);
    setView(undefined);
    setFileName(undefined);
    setState({ kind: 'idle' });
  };

  const sheet = source?.sheets[source.sheetIndex];
  return (
    <ImportPanel state={state} fileName={fileName} onFile={(f) => void onFile(f)} onCommit={() => void onCommit()} onCancel={onCancel}>
      {source && sheet && view && (
        <ImportMapping
          sheetNames={source.sheets.map((s) => s.name)}
          sheetIndex={source.sheetIndex}
          headerRow={view.headerRow}
          headerChoices={sheet.rows.slice(0, HEADER_CHOICES).map((r) => r.map(cellText).filter(Boolean).join(' | '))}
          mapping={view.mapping}
          samples={samplesOf(sheet, view.headerRow)}
          missing={view.missing}
          rowCount={view.rowCount}
          onSheet={(i) => readSheet({ sheets: source.sheets, sheetIndex: i, overrides: {} })}
          onHeaderRow={(r) => readSheet({ ...source, headerRow: r, overrides: {} })}
          onMap={(column, field) => readSheet({ ...source, headerRow: view.headerRow, overrides: { ...source.overrides, [column]: field } })}
        />
      )}
    </ImportPanel>
  );
}

function viewOf(s: LedgerSheet): MappingView {
  return { headerRow: s.headerRow, mapping: s.mapping, missing: s.missing, rowCount: s.rows.total };
}

/** The background's preview with the rows refused while reading, in row order. */
function withLocal(p: ImportPreview, invalid: ImportPreview['errors']): ImportPreview {
  if (!invalid.length) return p;
  return { ...p, total: p.total + invalid.length, errors: [...p.errors, ...invalid].sort((a, b) => a.row - b.row) };
}

/** The first value below the header of each column. */
function samplesOf(sheet: Sheet, headerRow: number): Record<number, string> {
  const samples: Record<number, string> = {};
  for (const row of sheet.rows.slice(headerRow + 1, headerRow + 30))
    row.forEach((cell, c) => {
      const text = cellPreview(cell, sheet.date1904);
      if (text && samples[c] === undefined) samples[c] = text.slice(0, 30);
    });
  return samples;
}
