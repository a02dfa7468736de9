import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import type { EditorStatus } from '../../components/standards/StandardEditor';
import '../../components/standards/standards.css';
import { CadrePicker } from '../../components/visits/CadrePicker';
import { VisitEditor } from '../../components/visits/VisitEditor';
import { VisitList } from '../../components/visits/VisitList';
import { draftFromVisit, emptyVisitDraft, type VisitDraft } from '../../components/visits/visit-draft';
import { dateParts, todayInShanghai, type FieldProblem, type Standard, type VisitRecord } from '../../core/model';
import { standardInForce } from '../../core/rules/standard-in-force';
import { request } from '../../messaging/client';
import type { CadreSummary } from '../../messaging/protocol';
import { failureKey } from './failure';

interface EditorState {
  key: number;
  id?: string;
  updatedAt?: number;
  initial: VisitDraft;
}

/** Wires the visit records view: pick a cadre, see a year's records, add, edit and delete them. */
export function VisitsView() {
  const t = useT();
  const today = todayInShanghai();
  const [cadre, setCadre] = useState<CadreSummary>();
  const [year, setYear] = useState(dateParts(today).y);
  const [visits, setVisits] = useState<VisitRecord[]>();
  const [standards, setStandards] = useState<Standard[]>([]);
  const [error, setError] = useState<string>();
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState<EditorStatus>({ kind: 'idle' });
  const seq = useRef(0);

  useEffect(() => {
    request('standard.list', {}).then((r) => setStandards(r.standards), () => setStandards([]));
  }, []);

  const load = useCallback(async () => {
    if (!cadre) return setVisits(undefined);
    try {
      setVisits((await request('visit.list', { cadreId: cadre.id, year })).visits);
      setError(undefined);
    } catch (e) {
      setError(t(failureKey(e)));
    }
  }, [cadre, year, t]);
  useEffect(() => void load(), [load]);

  const show = (next: Omit<EditorState, 'key'>) => {
    setEditor({ ...next, key: ++seq.current });
    setProblems([]);
    setStatus({ kind: 'idle' });
  };
  const onOpen = (id: string) => {
    const v = visits?.find((x) => x.id === id);
    if (v) show({ id, updatedAt: v.updatedAt, initial: draftFromVisit(v) });
  };
  const onDelete = async (id: string) => {
    try {
      await request('visit.delete', { id });
      if (editor?.id === id) setEditor(null);
      await load();
    } catch (e) {
      setError(t(failureKey(e)));
    }
  };
  const onSave = async (draft: VisitDraft) => {
    if (!editor) return;
    setStatus({ kind: 'saving' });
    try {
      const res = await request('visit.save', { ...(editor.id ? { id: editor.id, expectedUpdatedAt: editor.updatedAt } : {}), input: draft });
      if (res.ok) {
        setEditor((e) => e && { ...e, id: res.record.id, updatedAt: res.record.updatedAt });
        setProblems([]);
        setStatus({ kind: 'saved' });
        // Show the year of the record just saved.
        setYear(dateParts(res.record.date).y);
        await load();
      } else {
        setProblems(res.problems);
        setStatus(res.conflict ? { kind: 'failed', messageKey: 'save_conflict' } : { kind: 'failed', messageKey: 'save_invalid', subs: [String(res.problems.length)] });
      }
    } catch (e) {
      setStatus({ kind: 'failed', messageKey: failureKey(e) });
    }
  };

  const milestones = standardInForce(standards, today)?.milestones ?? [];
  return (
    <div class="visits-layout" data-testid="visits-view">
      <section class="panel wide-panel">
        <h2>{t('nav_visits')}</h2>
        <p class="muted small-text">{t('visit_intro')}</p>
        <CadrePicker
          testId="visits-cadre"
          search={(query) => request('cadre.search', { query, limit: 20 })}
          selected={cadre}
          onPick={(c) => {
            setCadre(c);
            setEditor(null);
          }}
          onClear={() => {
            setCadre(undefined);
            setEditor(null);
          }}
        />
        {error && (
          <p class="notice is-error" role="alert">
            {error}
          </p>
        )}
        {cadre && (
          <>
            <div class="actions">
              <button type="button" class="primary" data-testid="visit-new" onClick={() => show({ initial: emptyVisitDraft(cadre.id, today) })}>
                {t('visit_new')}
              </button>
            </div>
            {editor && (
              <VisitEditor
                key={editor.key}
                initial={editor.initial}
                isNew={!editor.id}
                problems={problems}
                status={status}
                milestones={milestones}
                onSave={(d) => void onSave(d)}
                onCancel={() => setEditor(null)}
              />
            )}
            {visits === undefined ? (
              <p class="muted">{t('loading')}</p>
            ) : (
              <VisitList visits={visits} year={year} onYear={setYear} selectedId={editor?.id} onOpen={onOpen} onDelete={(id) => void onDelete(id)} />
            )}
          </>
        )}
      </section>
    </div>
  );
}
