import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TabApi } from '../../../entrypoints/background/fill/frames';
import type { FillFrameMessageName, FillFrameMessages } from '../../../messaging/requests/fill';
import { createEngine } from '../../../page/fill/engine';
import { PAGES_DIR } from '../../fixtures/oa/fill-data';

/**
 * A tab for tests of the fill orchestration: each frame is a document of the test DOM with the
 * real engine over it, and every message crosses a JSON round trip as it would between
 * processes. Frames can be made silent or to answer nonsense.
 */

export interface FakeFrame {
  frameId: number;
  url: string;
  html: string;
  /** 'silent': never answers; 'garbage': answers frame.collect with nonsense */
  behaviour?: 'silent' | 'garbage';
}

/** The markup of a demo OA page without its scripts (the test DOM does not run them). */
export function oaPage(name: string): string {
  const html = readFileSync(join(PAGES_DIR, name), 'utf8');
  return html.replace(/<script[\s\S]*?<\/script>/g, '').replaceAll('{{today}}', '2026-11-29');
}

/** A window-like object the engine reads its URL and frame position from. */
function fakeWindow(url: string): Window {
  const w: Record<string, unknown> = { location: { href: url }, name: '', frameElement: null };
  w.parent = w;
  w.top = w;
  return w as unknown as Window;
}

export class FakeTab implements TabApi {
  readonly docs = new Map<number, Document>();
  private readonly engines = new Map<number, ReturnType<typeof createEngine>>();
  injections = 0;
  refuse = false;
  /** every message sent to a frame, in order */
  readonly messages: { frameId: number; name: FillFrameMessageName; payload: unknown }[] = [];

  constructor(private readonly frames: FakeFrame[]) {
    for (const f of frames) {
      const doc = document.implementation.createHTMLDocument('');
      doc.open();
      doc.write(f.html);
      doc.close();
      this.docs.set(f.frameId, doc);
    }
  }

  doc(frameId = 0): Document {
    return this.docs.get(frameId)!;
  }

  async injectEngine(): Promise<number[]> {
    if (this.refuse) throw new Error('Cannot access contents of the page');
    this.injections++;
    for (const f of this.frames) {
      if (!this.engines.has(f.frameId)) this.engines.set(f.frameId, createEngine({ doc: this.doc(f.frameId), win: fakeWindow(f.url), sleep: async () => {} }));
    }
    return this.frames.map((f) => f.frameId);
  }

  async injectEngineTop(): Promise<boolean> {
    await this.injectEngine();
    return true;
  }

  async send<N extends FillFrameMessageName>(_tabId: number, frameId: number, name: N, payload: FillFrameMessages[N]['payload']): Promise<FillFrameMessages[N]['answer'] | undefined> {
    this.messages.push({ frameId, name, payload });
    const frame = this.frames.find((f) => f.frameId === frameId);
    const engine = this.engines.get(frameId);
    if (!frame || !engine || frame.behaviour === 'silent') return undefined;
    if (frame.behaviour === 'garbage' && name === 'frame.collect') return { collection: { fields: 'nope' } } as never;
    const handler = engine.handlers[name] as (p: unknown) => unknown;
    const answer = await handler(JSON.parse(JSON.stringify(payload)));
    return JSON.parse(JSON.stringify(answer)) as FillFrameMessages[N]['answer'];
  }
}

/** The value a named control would submit ('' when nothing). */
export function submitted(doc: Document, name: string): string {
  const els = Array.from(doc.getElementsByName(name)) as HTMLInputElement[];
  const first = els[0];
  if (!first) return '';
  if (first.type === 'radio' || first.type === 'checkbox') return els.filter((e) => e.checked).map((e) => e.value).join(',');
  return first.value;
}
