import { useEffect, useRef, useState } from 'preact/hooks';
import { readSyncHeader } from '../../core/sync/decode';
import { syncFailure } from '../../core/sync/errors';
import { MAX_FILE_CHARS, MIN_PASSPHRASE_LENGTH } from '../../core/sync/limits';
import { ExportPanel, type ExportRequest, type ExportState } from '../../components/sync/ExportPanel';
import { SyncImportPanel, type SyncImportState } from '../../components/sync/SyncImportPanel';
import '../../components/sync/sync.css';
import { request } from '../../messaging/client';
import type { ResolutionsPayload } from '../../messaging/protocol';
import { downloadJson } from './download';
import { failureKey } from './failure';

/** After the passphrase is typed, the preview starts by itself once typing pauses this long. */
const PREVIEW_AFTER_TYPING_MS = 500;

/**
 * Wires sync by export file. The page only reads the chosen file and peeks at its header (to
 * know whether to ask for a passphrase); the background decrypts, validates, plans and writes,
 * so the database keeps a single writer and an untrusted file a single judge.
 */
export function SyncView() {
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const [importState, setImportState] = useState<SyncImportState>({ kind: 'idle' });
  const [fileName, setFileName] = useState<string>();
  const [passphrase, setPassphrase] = useState('');
  const file = useRef<{ text: string; encrypted: boolean } | undefined>(undefined);
  const token = useRef<string | undefined>(undefined);
  /** answers to an earlier preview request than the latest are dropped */
  const sequence = useRef(0);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  const onExport = async (req: ExportRequest) => {
    setExportState({ kind: 'exporting' });
    try {
      const res = await request('sync.export', req);
      if (!res.ok) return setExportState({ kind: 'failed', messageKey: 'err_sync_export_too_large' });
      downloadJson(res.text, res.fileName);
      setExportState({ kind: 'done', fileName: res.fileName, cadres: res.counts.cadres });
    } catch (e) {
      setExportState({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  const preview = async (pass: string) => {
    const chosen = file.current;
    if (!chosen) return;
    if (chosen.encrypted && !pass) return setImportState({ kind: 'need-passphrase' });
    const mine = ++sequence.current;
    setImportState({ kind: 'previewing' });
    try {
      const res = await request('sync.preview', { fileText: chosen.text, ...(chosen.encrypted ? { passphrase: pass } : {}) });
      if (mine !== sequence.current) return;
      if (!res.ok) return setImportState({ kind: 'failed', failure: res.failure });
      token.current = res.token;
      setImportState({ kind: 'preview', preview: res });
    } catch (e) {
      if (mine === sequence.current) setImportState({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  const onFile = async (chosen: File) => {
    setFileName(chosen.name);
    file.current = undefined;
    token.current = undefined;
    sequence.current++;
    if (chosen.size > MAX_FILE_CHARS) return setImportState({ kind: 'failed', failure: syncFailure('too-large', [MAX_FILE_CHARS / 1024 / 1024]) });
    setImportState({ kind: 'reading' });
    const text = await chosen.text();
    const head = readSyncHeader(text);
    if (!head.ok) return setImportState({ kind: 'failed', failure: head.error });
    file.current = { text, encrypted: head.value.header.encryption !== null };
    await preview(passphrase);
  };

  const onPassphrase = (value: string) => {
    setPassphrase(value);
    clearTimeout(typingTimer.current);
    if (file.current?.encrypted && value.length >= MIN_PASSPHRASE_LENGTH)
      typingTimer.current = setTimeout(() => void preview(value), PREVIEW_AFTER_TYPING_MS);
  };

  const onCommit = async (resolutions: ResolutionsPayload) => {
    const chosen = file.current;
    if (importState.kind !== 'preview' || !chosen) return;
    setImportState({ kind: 'committing', preview: importState.preview });
    try {
      const withFile = { fileText: chosen.text, ...(chosen.encrypted ? { passphrase } : {}), resolutions };
      // the preview's token first: the background still holds the decoded file unless its worker restarted
      let res = token.current ? await request('sync.apply', { token: token.current, resolutions }) : await request('sync.apply', withFile);
      if (!res.ok && 'needsFile' in res) res = await request('sync.apply', withFile);
      token.current = undefined;
      if (res.ok) setImportState({ kind: 'done', counts: res.counts });
      else setImportState('failure' in res ? { kind: 'failed', failure: res.failure } : { kind: 'failed', messageKey: 'err_internal' });
    } catch (e) {
      setImportState({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  return (
    <>
      <ExportPanel state={exportState} onExport={(req) => void onExport(req)} />
      <SyncImportPanel
        state={importState}
        fileName={fileName}
        passphrase={passphrase}
        onFile={(f) => void onFile(f)}
        onPassphrase={onPassphrase}
        onPreview={() => void preview(passphrase)}
        onCommit={(r) => void onCommit(r)}
      />
    </>
  );
}
