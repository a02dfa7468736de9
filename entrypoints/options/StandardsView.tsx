import { useCallback, useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { useLang } from '../../components/standards/lang';
import { StandardEditor } from '../../components/standards/StandardEditor';
import { StandardList } from '../../components/standards/StandardList';
import { StandardsFilePanel, type StandardsImportState } from '../../components/standards/StandardsFilePanel';
import { draftFromStandard, duplicateDraft, emptyStandardDraft, type StandardDraft } from '../../components/standards/standard-draft';
import '../../components/standards/standards.css';
import { todayInShanghai, type Standard } from '../../core/model';
import { standardInForce } from '../../core/rules/standard-in-force';
import { request } from '../../messaging/client';
import { downloadJson } from './download';
import { failureKey } from './failure';
import { useRecordEditor, type EditorTarget } from './use-record-editor';

interface EditorState extends EditorTarget {
  initial: StandardDraft;
}

/** Wires the standards view: versions, the editor, duplicate, delete, import and export. */
export function StandardsView() {
  const t = useT();
  const lang = useLang();
  const today = todayInShanghai();
  const [standards, setStandards] = useState<Standard[]>();
  const [listError, setListError] = useState<string>();
  const { editor, problems, status, show, save, close } = useRecordEditor<EditorState>();
  const [file, setFile] = useState<{ name?: string; text?: string; state: StandardsImportState }>({ state: { kind: 'idle' } });

  const load = useCallback(async () => {
    try {
      setStandards((await request('standard.list', {})).standards);
      setListError(undefined);
    } catch (e) {
      setListError(t(failureKey(e)));
    }
  }, [t]);
  useEffect(() => void load(), [load]);

  const find = (id: string) => standards?.find((s) => s.id === id);

  const onOpen = (id: string) => {
    const s = find(id);
    if (s) show({ id: s.id, updatedAt: s.updatedAt, initial: draftFromStandard(s) });
  };
  const onDuplicate = (id: string) => {
    const s = find(id);
    if (s) show({ initial: duplicateDraft(s, today) });
  };
  const onDelete = async (id: string) => {
    try {
      await request('standard.delete', { id });
      if (editor?.id === id) close();
      await load();
    } catch (e) {
      setListError(t(failureKey(e)));
    }
  };

  const onSave = (draft: StandardDraft) => save((target) => request('standard.save', { ...target, input: draft }), load);


  const onFile = async (f: File) => {
    setFile({ name: f.name, state: { kind: 'reading' } });
    const text = await f.text();
    try {
      const res = await request('standard.import', { text, commit: false });
      if (!res.ok) return setFile({ name: f.name, state: { kind: 'refused', message: lang === 'en' ? res.refusal.messageEn : res.refusal.message } });
      setFile({ name: f.name, text, state: { kind: 'preview', items: res.items, added: res.added, updated: res.updated } });
    } catch (e) {
      setFile({ name: f.name, state: { kind: 'failed', messageKey: failureKey(e) } });
    }
  };
  const onCommit = async () => {
    const { state, text, name } = file;
    if (state.kind !== 'preview' || text === undefined) return;
    setFile({ name, text, state: { ...state, kind: 'importing' } });
    try {
      const res = await request('standard.import', { text, commit: true });
      if (!res.ok) return setFile({ name, state: { kind: 'refused', message: lang === 'en' ? res.refusal.messageEn : res.refusal.message } });
      setFile({ name, state: { kind: 'done', added: res.added, updated: res.updated } });
      await load();
    } catch (e) {
      setFile({ name, state: { kind: 'failed', messageKey: failureKey(e) } });
    }
  };
  const onExport = async () => {
    try {
      const { text, fileName } = await request('standard.export', {});
      downloadJson(text, fileName);
    } catch (e) {
      setListError(t(failureKey(e)));
    }
  };

  const inForce = standards ? standardInForce(standards, today) : undefined;
  return (
    <div class="split-layout" data-testid="standards-view">
      <section class="split-side">
        <div class="side-toolbar">
          <h2>{t('nav_standards')}</h2>
          <button type="button" class="primary" data-testid="standard-new" onClick={() => show({ initial: emptyStandardDraft(today) })}>
            {t('std_new')}
          </button>
        </div>
        <p class="muted small-text">{t('std_intro')}</p>
        {listError && (
          <p class="notice is-error" role="alert">
            {listError}
          </p>
        )}
        {standards === undefined ? (
          <p class="muted">{t('loading')}</p>
        ) : (
          <StandardList
            standards={standards}
            selectedId={editor?.id}
            inForceId={inForce?.id}
            onOpen={onOpen}
            onDuplicate={onDuplicate}
            onDelete={(id) => void onDelete(id)}
          />
        )}
        <StandardsFilePanel state={file.state} fileName={file.name} onFile={(f) => void onFile(f)} onCommit={() => void onCommit()} onExport={() => void onExport()} />
      </section>
      <section class="split-main">
        {editor ? (
          <StandardEditor
            key={editor.key}
            initial={editor.initial}
            isNew={!editor.id}
            problems={problems}
            status={status}
            onSave={(d) => void onSave(d)}
            onCancel={close}
          />
        ) : (
          <p class="empty-state editor-placeholder">{t('std_editor_placeholder')}</p>
        )}
      </section>
    </div>
  );
}
