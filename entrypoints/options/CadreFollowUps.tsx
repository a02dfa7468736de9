import { useCallback, useEffect, useState } from 'preact/hooks';
import { followUpInput, type FollowUpFormValues } from '../../components/follow-up-form';
import { FollowUpLog } from '../../components/FollowUpLog';
import { useT } from '../../components/i18n';
import type { FieldProblem, FollowUp } from '../../core/model';
import { request } from '../../messaging/client';
import { failureKey } from './failure';

/** Wires a cadre's follow-up log: load, record a contact, mark one done. `onChanged`: the list's due marks may change. */
export function CadreFollowUps({ cadreId, today, onChanged }: { cadreId: string; today: string; onChanged: () => void }) {
  const t = useT();
  const [items, setItems] = useState<FollowUp[]>();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(0);

  const load = useCallback(async () => {
    try {
      setItems((await request('followUp.list', { cadreId })).items);
    } catch (e) {
      setError(t(failureKey(e)));
    }
  }, [cadreId, t]);
  useEffect(() => void load(), [load]);

  const save = async (input: unknown, target?: FollowUp): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      const res = await request('followUp.save', target ? { id: target.id, expectedUpdatedAt: target.updatedAt, input } : { input });
      if (!res.ok) {
        setProblems(res.problems);
        if (res.conflict) setError(t('save_conflict'));
        return false;
      }
      setProblems([]);
      await load();
      onChanged();
      return true;
    } catch (e) {
      setError(t(failureKey(e)));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <FollowUpLog
      items={items}
      today={today}
      problems={problems}
      busy={busy}
      error={error}
      savedCount={saved}
      onAdd={(values: FollowUpFormValues) => void save(followUpInput(values, cadreId)).then((ok) => ok && setSaved((n) => n + 1))}
      onMarkDone={(f) => void save({ ...f, doneDate: today }, f)}
    />
  );
}
