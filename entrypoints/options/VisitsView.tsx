import { useCallback, useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import '../../components/standards/standards.css';
import { CadrePicker } from '../../components/visits/CadrePicker';
import { VisitEditor } from '../../components/visits/VisitEditor';
import { VisitList } from '../../components/visits/VisitList';
import { draftFromVisit, emptyVisitDraft, type VisitDraft } from '../../components/visits/visit-draft';
import { dateParts, todayInShanghai, type Standard, type VisitRecord } from '../../core/model';
import { standardInForce } from '../../core/rules/standard-in-force';
import { request } from '../../messaging/client';
import type { CadreSummary } from '../../messaging/protocol';
import { failureKey } from './failure';
import { useRecordEditor, type EditorTarget } from './use-record-editor';

interface EditorState extends EditorTarget {
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
  const { editor, problems, status, show, save, close } = useRecordEditor<EditorState>();

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

  const onOpen = (id: string) => {
    const v = visits?.find((x) => x.id === id);
    if (v) show({ id, updatedAt: v.updatedAt, initial: draftFromVisit(v) });
  };
  const onDelete = async (id: string) => {
    try {
      await request('visit.delete', { id, ...(cadre ? { cadreId: cadre.id } : {}) });
      if (editor?.id === id) close();
      await load();
    } catch (e) {
      setError(t(failureKey(e)));
    }
  };
  const onSave = (draft: VisitDraft) =>
    save(
      (target) => request('visit.save', { ...target, input: draft }),
      async (record) => {
        // Show the year of the record just saved.
        setYear(dateParts(record.date).y);
        await load();
      },
    );

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
            close();
          }}
          onClear={() => {
            setCadre(undefined);
            close();
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
                onCancel={close}
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
