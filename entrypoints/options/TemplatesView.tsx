import { useCallback, useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import '../../components/standards/standards.css';
import { TemplateEditor } from '../../components/templates/TemplateEditor';
import { TemplateList } from '../../components/templates/TemplateList';
import { TemplatePreview } from '../../components/templates/TemplatePreview';
import { draftFromTemplate, emptyTemplateDraft, templateToInput, type TemplateDraft } from '../../components/templates/template-draft';
import { CadrePicker } from '../../components/visits/CadrePicker';
import { todayInShanghai, type Standard, type Template, type VisitType } from '../../core/model';
import { standardInForce } from '../../core/rules/standard-in-force';
import type { RenderCadre } from '../../core/templates/context';
import { request } from '../../messaging/client';
import type { CadreSummary } from '../../messaging/protocol';
import { failureKey } from './failure';
import { useRecordEditor, type EditorTarget } from './use-record-editor';

interface EditorState extends EditorTarget {
  draft: TemplateDraft;
}

/** Wires the templates view: list by visit type, the editor, and a live preview for a chosen cadre. */
export function TemplatesView() {
  const t = useT();
  const today = todayInShanghai();
  const [templates, setTemplates] = useState<Template[]>();
  const [standards, setStandards] = useState<Standard[]>([]);
  const [error, setError] = useState<string>();
  const { editor, problems, status, show, save, setStatus, setEditor, close } = useRecordEditor<EditorState>();
  const [picked, setPicked] = useState<CadreSummary>();
  const [cadre, setCadre] = useState<RenderCadre>();

  const load = useCallback(async () => {
    try {
      const [tl, sl] = await Promise.all([request('template.list', {}), request('standard.list', {})]);
      setTemplates(tl.templates);
      setStandards(sl.standards);
      setError(undefined);
    } catch (e) {
      setError(t(failureKey(e)));
    }
  }, [t]);
  useEffect(() => void load(), [load]);

  const onOpen = (id: string) => {
    const found = templates?.find((x) => x.id === id);
    if (found) show({ id, updatedAt: found.updatedAt, draft: draftFromTemplate(found) });
  };
  const onNew = (visitType: VisitType) => show({ draft: emptyTemplateDraft(visitType) });

  const onSave = (draft: TemplateDraft) => save((target) => request('template.save', { ...target, input: templateToInput(draft) }), load);
  const onDelete = async () => {
    if (!editor?.id) return;
    try {
      await request('template.delete', { id: editor.id });
      close();
      await load();
    } catch (e) {
      setStatus({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  const pick = async (c: CadreSummary) => {
    setPicked(c);
    try {
      const res = await request('cadre.get', { id: c.id });
      setCadre(res.cadre ?? undefined);
    } catch (e) {
      setError(t(failureKey(e)));
    }
  };

  const milestones = standardInForce(standards, today)?.milestones ?? [];
  return (
    <div class="split-layout" data-testid="templates-view">
      <section class="split-side">
        <h2>{t('nav_templates')}</h2>
        <p class="muted small-text">{t('tpl_intro')}</p>
        {error && (
          <p class="notice is-error" role="alert">
            {error}
          </p>
        )}
        {templates === undefined ? <p class="muted">{t('loading')}</p> : <TemplateList templates={templates} selectedId={editor?.id} onOpen={onOpen} onNew={onNew} />}
      </section>
      <section class="split-main">
        {editor ? (
          <div class="tpl-workspace">
            <TemplateEditor
              key={editor.key}
              draft={editor.draft}
              onChange={(draft) => setEditor((e) => e && { ...e, draft })}
              isNew={!editor.id}
              problems={problems}
              status={status}
              milestones={milestones}
              onSave={(d) => void onSave(d)}
              onDelete={editor.id ? () => void onDelete() : undefined}
              onCancel={close}
            />
            <TemplatePreview
              draft={editor.draft}
              cadre={cadre}
              standards={standards}
              today={today}
              picker={
                <CadrePicker
                  testId="preview-cadre"
                  search={(query) => request('cadre.search', { query, limit: 20 })}
                  selected={picked}
                  onPick={(c) => void pick(c)}
                  onClear={() => {
                    setPicked(undefined);
                    setCadre(undefined);
                  }}
                />
              }
            />
          </div>
        ) : (
          <p class="empty-state editor-placeholder">{t('tpl_editor_placeholder')}</p>
        )}
      </section>
    </div>
  );
}
