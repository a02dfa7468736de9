import { restoreState } from '../widgets/write';
import type { FillSession } from './session';

/**
 * Undo of the latest fill in this frame: every written control gets back the state it had,
 * with the same events as a fill (so totals, required markers and models follow), in reverse
 * order of writing, so dependent fields computed by the page end as they were.
 */
export function undoLastFill(session: FillSession): number {
  const entries = session.undoStack.pop();
  if (!entries) return 0;
  let restored = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const { els, before } = entries[i]!;
    if (!els.every((e) => e.isConnected)) continue;
    restoreState(els, before);
    session.forget(els);
    restored++;
  }
  return restored;
}
