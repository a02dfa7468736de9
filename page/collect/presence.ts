/**
 * Which classes and tags a root (document or shadow root) holds, noted while the collector walks
 * it anyway. A `closest()` whose selector cannot match anything in the control's root is skipped:
 * on a classic OA form no element carries a component library's classes, and each control would
 * otherwise walk its ancestors once per library. The answer is conservative — a class name found
 * inside another one counts as present — so a skipped walk is always one that finds nothing.
 */
/** What one alternative of a selector list needs somewhere in the root. */
type Need = { classes: string[] } | { tags: string[] } | { query: string };

/** Parsed selector lists (pure, shared by every collection). */
const parsed = new Map<string, Need[]>();

function needsOf(selector: string): Need[] {
  let needs = parsed.get(selector);
  if (!needs) {
    needs = selector.split(',').map((raw): Need => {
      const alt = raw.trim();
      const classes = Array.from(alt.matchAll(/\.([\w-]+)/g), (m) => m[1]!);
      if (classes.length > 0) return { classes };
      const tags = alt.split(/\s*[\s>+~]\s*/).map((part) => /^[a-z][a-z0-9-]*/i.exec(part)?.[0]?.toLowerCase());
      return tags.every((t) => t !== undefined) ? { tags: tags as string[] } : { query: alt };
    });
    parsed.set(selector, needs);
  }
  return needs;
}

export class Presence {
  private classText = '';
  private readonly tags = new Set<string>();
  private readonly known = new Map<string, boolean>();
  /** false until the whole root has been noted (a scoped collection sees only part of it) */
  private complete = false;

  constructor(private readonly root: Document | ShadowRoot) {}

  /** Notes one element of the root (its tag name and class attribute). */
  note(el: Element, tag: string): void {
    this.tags.add(tag);
    const cls = el.getAttribute('class');
    if (cls) this.classText += ` ${cls}`;
  }

  /** Says that every element of the root has been noted; until then every selector counts as present. */
  seal(): void {
    this.complete = true;
  }

  /** False only when no element of the root can match `selector`. */
  has(selector: string): boolean {
    if (!this.complete) return true;
    let present = this.known.get(selector);
    if (present === undefined) {
      present = needsOf(selector).some((need) => this.mayMatch(need));
      this.known.set(selector, present);
    }
    return present;
  }

  /** `el.closest(selector)`, without the walk when nothing in the root matches. `el` must be in the root. */
  closest(el: Element, selector: string): Element | null {
    return this.has(selector) ? el.closest(selector) : null;
  }

  private mayMatch(need: Need): boolean {
    if ('classes' in need) return need.classes.every((c) => this.classText.includes(c));
    if ('tags' in need) return need.tags.every((t) => this.tags.has(t));
    return this.root.querySelector(need.query) !== null;
  }
}
