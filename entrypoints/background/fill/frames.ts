import { frameCollectionSchema } from '../../../core/fill/schema';
import type { FieldSnapshot, FrameCollection } from '../../../core/fill/types';
import type { FillFrameMessageName, FillFrameMessages, FrameCollectAnswer } from '../../../messaging/requests/fill';

/**
 * The tab as the fill sees it: the engine injected into its frames, and typed messages to one
 * frame with a deadline. The real implementation is in tab-api.ts; tests pass fakes.
 */
export interface TabApi {
  /** injects the engine into every frame it may script; the frame ids it reached */
  injectEngine(tabId: number): Promise<number[]>;
  /** injects the engine into the top frame only */
  injectEngineTop(tabId: number): Promise<boolean>;
  /** sends a message to one frame; undefined when the frame does not answer in time */
  send<N extends FillFrameMessageName>(
    tabId: number,
    frameId: number,
    name: N,
    payload: FillFrameMessages[N]['payload'],
    timeoutMs: number,
  ): Promise<FillFrameMessages[N]['answer'] | undefined>;
}

/** One frame's validated answer to `frame.collect`. */
export interface FrameFields {
  frameId: number;
  url: string;
  top: boolean;
  collection: FrameCollection;
  /** indexes of fields still holding CareFill's values */
  written: Set<number>;
  /** collected when the fill flow opened, the page unchanged since */
  prepared: boolean;
  /** index of the frame's first field in the tab-wide list */
  offset: number;
}

/** A frame's answer is somebody else's page speaking: validated before use, dropped when malformed. */
export function validFrameAnswer(frameId: number, answer: unknown): Omit<FrameFields, 'offset'> | null {
  if (!answer || typeof answer !== 'object') return null;
  const a = answer as Partial<FrameCollectAnswer>;
  const parsed = frameCollectionSchema.safeParse(a.collection);
  if (!parsed.success || typeof a.url !== 'string' || a.url.length > 4000) return null;
  const count = parsed.data.fields.length;
  const written = Array.isArray(a.written) ? a.written.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < count) : [];
  const fields: FieldSnapshot[] = parsed.data.fields.map((f) => ({ ...f, frameId }));
  return { frameId, url: a.url, top: a.top === true, prepared: a.prepared === true, collection: { ...parsed.data, fields }, written: new Set(written) };
}

/**
 * Injects the engine into every frame of the tab and sends each the same request, in parallel;
 * per frame its answer (undefined when it did not answer), or null when CareFill may not script
 * the tab.
 */
export async function askEveryFrame<N extends FillFrameMessageName>(
  tab: TabApi,
  tabId: number,
  name: N,
  payloadFor: (frameId: number) => FillFrameMessages[N]['payload'],
  timeoutMs: number,
): Promise<(FillFrameMessages[N]['answer'] | undefined)[] | null> {
  let frameIds: number[];
  try {
    frameIds = await tab.injectEngine(tabId);
  } catch {
    return null;
  }
  return Promise.all(frameIds.map((frameId) => tab.send(tabId, frameId, name, payloadFor(frameId), timeoutMs).catch(() => undefined)));
}

/** Collects every frame in parallel; frames that do not answer, or answer badly, are left out. */
export async function collectFrames(tab: TabApi, tabId: number, frameIds: readonly number[], timeoutMs: number): Promise<FrameFields[]> {
  const answers = await Promise.all(
    frameIds.map(async (frameId) => validFrameAnswer(frameId, await tab.send(tabId, frameId, 'frame.collect', { frameId }, timeoutMs).catch(() => undefined))),
  );
  const frames: FrameFields[] = [];
  let offset = 0;
  for (const a of answers) {
    if (!a) continue;
    frames.push({ ...a, offset });
    offset += a.collection.fields.length;
  }
  return frames;
}
