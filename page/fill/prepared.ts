import type { FrameCollection } from '../../core/fill/types';
import { markupHidden, withCurrentState } from '../collect/field-state';
import { isOwnUi, OWN_UI_PREFIX } from './own-ui';
import type { ShadowRootOf } from './resolve';

/**
 * A collection made when the person opens the fill flow (popup or panel), kept until the click,
 * so the click only brings it up to date — the way Bitwarden collects page details when its
 * popup opens and Chromium parses forms before anyone fills them. It is used only while the
 * frame's markup is exactly as collected: one MutationObserver over the document and every
 * shadow root reports any change (CareFill's own panel aside) and drops it; so does a shadow root
 * attached since (which no observer sees), or ten minutes passing. What a person changes without
 * changing markup — typed text, chosen options, ticks, what is shown — is read again at the click
 * (page/collect/field-state.ts). One use: a fill takes it, and what the fill writes is not in it.
 */

export interface PreparedEnv {
  doc: Document;
  MutationObserver: typeof MutationObserver;
  shadowRootOf?: ShadowRootOf;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
}

export interface PreparedForm {
  frameId: number;
  collection: FrameCollection;
  /** per field, its element(s), as the collection found them */
  elements: Element[][];
}

/** How long a prepared collection is kept when nobody fills. */
export const PREPARED_FOR_MS = 10 * 60_000;

const WATCH: MutationObserverInit = { subtree: true, childList: true, attributes: true, characterData: true };

/** The document and every shadow root in it (CareFill's own hosts left out), outermost first. */
export function rootsOf(doc: Document, shadowRootOf?: ShadowRootOf): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [doc];
  for (let r = 0; r < roots.length; r++) {
    const all = roots[r]!.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      const tag = el.localName;
      if (tag.startsWith(OWN_UI_PREFIX)) continue;
      // the collector asks for closed roots of custom elements only; so does this
      const shadow = el.shadowRoot ?? (shadowRootOf && tag.includes('-') ? shadowRootOf(el) : null);
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

function isOwnNode(node: Node): boolean {
  return node.nodeType === 1 && isOwnUi(node as Element);
}

/** A change of CareFill's own panel or launcher (its host's attributes, the host coming or going). */
function isOwnChange(record: MutationRecord): boolean {
  if (isOwnNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

function sameRoots(a: readonly Node[], b: readonly Node[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

export class PreparedCollection {
  private held: (PreparedForm & { roots: (Document | ShadowRoot)[]; hidden: boolean[] }) | undefined;
  private observer: MutationObserver | undefined;
  private timer: unknown;

  constructor(private readonly env: PreparedEnv) {}

  /** Keeps `form` until the frame changes, the next `take`, or PREPARED_FOR_MS. */
  hold(form: PreparedForm): void {
    this.release();
    const roots = rootsOf(this.env.doc, this.env.shadowRootOf);
    const observer = new this.env.MutationObserver((records) => {
      if (!records.every(isOwnChange)) this.release();
    });
    for (const root of roots) observer.observe(root, WATCH);
    this.held = { ...form, roots, hidden: markupHidden(form.elements) };
    this.observer = observer;
    this.timer = this.env.setTimeout(() => this.release(), PREPARED_FOR_MS);
  }

  /** The kept collection with the fields' current state, if the frame is as it was; it is let go either way. */
  take(frameId: number): PreparedForm | undefined {
    const held = this.held;
    // changes made since the last delivery (in this very task) have not reached the callback yet
    const pending = this.observer?.takeRecords() ?? [];
    this.release();
    if (!held || held.frameId !== frameId || !pending.every(isOwnChange)) return undefined;
    if (!sameRoots(held.roots, rootsOf(this.env.doc, this.env.shadowRootOf))) return undefined;
    if (!held.elements.every((els) => els.every((e) => e.isConnected))) return undefined;
    const fields = withCurrentState(held.collection.fields, held.elements, held.hidden);
    return { frameId, collection: { ...held.collection, fields }, elements: held.elements };
  }

  /** True while a collection is kept (and observed). */
  holding(): boolean {
    return this.held !== undefined;
  }

  /** Lets the collection go: no observer and no timer remain. */
  release(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.timer !== undefined) this.env.clearTimeout(this.timer);
    this.timer = undefined;
    this.held = undefined;
  }
}
