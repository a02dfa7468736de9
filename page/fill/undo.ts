import { captureState, sameState } from '../widgets/state';
import { restoreState } from '../widgets/write';
import type { FillSession, UndoEntry } from './session';

/**
 * Undo of the latest fill in this frame: every written control gets back the state it had, with
 * the same events as a fill (so totals, required markers and models follow), in reverse order of
 * writing, so dependent fields computed by the page end as they were. A component-library widget
 * is put back through the widget (its option chosen by text, its date typed, its clear control
 * pressed), one at a time, as their dropdowns fight over focus. Only what reads back as it was
 * counts as restored; a field that is not back stays CareFill's, so a later fill may replace it.
 */
export async function undoLatestFill(session: FillSession): Promise<number> {
  const entries = session.undoStack.pop();
  if (!entries) return 0;
  const natives: UndoEntry[] = [];
  let restored = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (!entry.els.every((e) => e.isConnected)) continue;
    if (!entry.widget) {
      restoreState(entry.els, entry.before);
      natives.push(entry);
      continue;
    }
    const { widget, shown } = entry.widget;
    const back = await widget.restore(shown).catch((e: unknown) => {
      console.warn(`[CareFill] ${widget.family} not restored: ${e instanceof Error ? e.message : typeof e}`);
      return false;
    });
    if (back) {
      session.forget(entry.els);
      restored++;
    }
  }
  // read back once all are written: a page that recomputes a field on a later restore is seen
  for (const { els, before } of natives) {
    if (!sameState(captureState(els), before)) continue;
    session.forget(els);
    restored++;
  }
  return restored;
}
