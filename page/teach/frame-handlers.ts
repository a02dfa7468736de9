import type { FrameTeachAnswer, TeachFrameMessages } from '../../messaging/requests/site-maps';
import type { ShadowRootOf } from '../fill/resolve';
import type { FillSession } from '../fill/session';
import { captureTeachClick, type TeachCapture } from './capture';
import { changedSinceFill } from './changes';
import { locateClickedField } from './locate';

/**
 * The engine's teaching messages in one frame: `frame.teach` waits for the person's click on a
 * field (one capture at a time; a new one ends the old), `frame.teachStop` ends it and removes
 * the outline, `frame.teachChanges` lists the filled text fields the person changed since. Wired beside the fill's handlers in entrypoints/oa-engine.ts.
 */

export interface TeachFrameEnv {
  doc: Document;
  win: Window;
  shadowRootOf?: ShadowRootOf;
  /** the fill engine's memory of this frame: what the latest fill wrote */
  session?: FillSession;
}

type TeachHandlers = { [N in keyof TeachFrameMessages]: (payload: TeachFrameMessages[N]['payload']) => TeachFrameMessages[N]['answer'] | Promise<TeachFrameMessages[N]['answer']> };

/** Longest wait a request may ask for. */
const MAX_WAIT_MS = 300_000;
const DEFAULT_WAIT_MS = 120_000;

/** The teaching handlers over one frame's document. */
export function createTeachHandlers(env: TeachFrameEnv): TeachHandlers {
  let active: TeachCapture | undefined;
  return {
    'frame.teach': (p): Promise<FrameTeachAnswer> => {
      active?.stop();
      const asked = Number(p?.timeoutMs);
      const timeoutMs = Number.isFinite(asked) && asked > 0 ? Math.min(asked, MAX_WAIT_MS) : DEFAULT_WAIT_MS;
      const capture = captureTeachClick({ win: env.win, timeoutMs, locate: (path) => locateClickedField(env.doc, env.win, path, env.shadowRootOf) });
      active = capture;
      return capture.result;
    },
    'frame.teachStop': () => {
      const had = active !== undefined;
      active?.stop();
      active = undefined;
      return { stopped: had };
    },
    'frame.teachChanges': () => ({ changes: env.session ? changedSinceFill(env.session) : [] }),
  };
}
