import { useRef, useState } from 'preact/hooks';
import type { EditorStatus } from '../../components/standards/StandardEditor';
import type { FieldProblem } from '../../core/model';
import type { SaveResponse } from '../../messaging/requests/standards';
import { failureKey } from './failure';

/** What an editor opened on: the record's id and version (none for a new one) and what the form starts from. */
export interface EditorTarget {
  id?: string;
  /** the version loaded, so the background can refuse to overwrite a newer edit */
  updatedAt?: number;
}

/** Which record to save over, as the `*.save` requests take it. */
export type SaveTarget = { id: string; expectedUpdatedAt: number | undefined } | Record<string, never>;

/**
 * The state every record editor of the options page keeps: which record is open (a new `key`
 * loads a new form), the problems and the status of the last save. `save` sends one request and
 * turns its answer into that state: the new id and version on success, the problems (or the
 * conflict with another edit) otherwise.
 */
export function useRecordEditor<S extends EditorTarget>() {
  const [editor, setEditor] = useState<(S & { key: number }) | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState<EditorStatus>({ kind: 'idle' });
  const seq = useRef(0);

  const show = (next: S) => {
    setEditor({ ...next, key: ++seq.current });
    setProblems([]);
    setStatus({ kind: 'idle' });
  };

  const save = async <T extends { id: string; updatedAt: number }>(send: (target: SaveTarget) => Promise<SaveResponse<T>>, saved: (record: T) => Promise<void> | void) => {
    if (!editor) return;
    setStatus({ kind: 'saving' });
    try {
      const res = await send(editor.id ? { id: editor.id, expectedUpdatedAt: editor.updatedAt } : {});
      if (res.ok) {
        setEditor((e) => e && { ...e, id: res.record.id, updatedAt: res.record.updatedAt });
        setProblems([]);
        setStatus({ kind: 'saved' });
        await saved(res.record);
      } else {
        setProblems(res.problems);
        setStatus(res.conflict ? { kind: 'failed', messageKey: 'save_conflict' } : { kind: 'failed', messageKey: 'save_invalid', subs: [String(res.problems.length)] });
      }
    } catch (e) {
      setStatus({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  return { editor, problems, status, show, save, setStatus, setEditor, close: () => setEditor(null) };
}
