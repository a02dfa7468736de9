import { useRef, useState } from 'preact/hooks';
import { ImportPanel, type ImportState } from '../../components/ImportPanel';
import { parseLedgerFile } from '../../components/ledger-file';
import { request } from '../../messaging/client';
import { failureKey } from './failure';

/** Wires the import panel: read the file, ask the background for a preview, then commit. */
export function ImportView() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [fileName, setFileName] = useState<string>();
  const rows = useRef<unknown[]>([]);

  const onFile = async (file: File) => {
    setFileName(file.name);
    setState({ kind: 'reading' });
    const parsed = parseLedgerFile(await file.text());
    if (!parsed.ok) return setState({ kind: 'invalid', messageKey: parsed.key });
    rows.current = parsed.rows;
    try {
      setState({ kind: 'preview', preview: await request('ledger.import', { rows: parsed.rows, commit: false }) });
    } catch (e) {
      setState({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  const onCommit = async () => {
    if (state.kind !== 'preview') return;
    setState({ kind: 'committing', preview: state.preview });
    try {
      setState({ kind: 'done', preview: await request('ledger.import', { rows: rows.current, commit: true }) });
    } catch (e) {
      setState({ kind: 'failed', messageKey: failureKey(e), preview: state.preview });
    }
  };

  return <ImportPanel state={state} fileName={fileName} onFile={(f) => void onFile(f)} onCommit={() => void onCommit()} />;
}
