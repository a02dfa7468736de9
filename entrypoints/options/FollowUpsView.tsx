import { useCallback, useEffect, useState } from 'preact/hooks';
import { FollowUpDueList } from '../../components/FollowUpDueList';
import { useT } from '../../components/i18n';
import { todayInShanghai } from '../../core/model';
import { request } from '../../messaging/client';
import type { DueFollowUpItem } from '../../messaging/protocol';
import { failureKey } from './failure';
import './ledger.css';

/** Wires the office-wide list of follow-ups due: load, mark done, open the cadre in the ledger. */
export function FollowUpsView() {
  const t = useT();
  const [withinDays, setWithinDays] = useState(7);
  const [items, setItems] = useState<DueFollowUpItem[]>();
  const [today, setToday] = useState(todayInShanghai());
  const [error, setError] = useState<string>();
  const [busyId, setBusyId] = useState<string>();

  const load = useCallback(async () => {
    try {
      const res = await request('followUp.due', { withinDays });
      setItems(res.items);
      setToday(res.today);
      setError(undefined);
    } catch (e) {
      setError(t(failureKey(e)));
    }
  }, [withinDays, t]);
  useEffect(() => void load(), [load]);

  const markDone = async ({ followUp: f }: DueFollowUpItem) => {
    setBusyId(f.id);
    try {
      const res = await request('followUp.save', { id: f.id, expectedUpdatedAt: f.updatedAt, input: { ...f, doneDate: today } });
      if (!res.ok) setError(t(res.conflict ? 'save_conflict' : (res.problems[0]?.key ?? 'err_request_failed')));
      await load();
    } catch (e) {
      setError(t(failureKey(e)));
    } finally {
      setBusyId(undefined);
    }
  };

  return (
    <FollowUpDueList
      items={items}
      today={today}
      withinDays={withinDays}
      onWithinDays={setWithinDays}
      error={error}
      busyId={busyId}
      onOpenCadre={(id) => {
        location.hash = `ledger/${encodeURIComponent(id)}`;
      }}
      onMarkDone={(item) => void markDone(item)}
    />
  );
}
