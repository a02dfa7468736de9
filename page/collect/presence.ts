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
/** Every "query" alternative parsed so far: a root is asked about all of them in one query first. */
const queries = new Set<string>();

function needsOf(selector: string): Need[] {
  let needs = parsed.get(selector);
  if (!needs) {
    needs = selector.split(',').map((raw): Need => {
      const alt = raw.trim();
      const classes = Array.from(alt.matchAll(/\.([\w-]+)/g), (m) => m[1]!);
      if (classes.length > 0) return { classes };
      const tags = alt.split(/\s*[\s>+~]\s*/).map((part) => /^[a-z][a-z0-9-]*/i.exec(part)?.[0]?.toLowerCase());
      if (tags.every((t) => t !== undefined)) return { tags: tags as string[] };
      queries.add(alt);
      return { query: alt };
    });
    parsed.set(selector, needs);
  }
  return needs;
}

export class Presence {
  /** distinct class attributes (many elements share one), joined on first need */
  private readonly classValues = new Set<string>();
  private classText: string | undefined;
  private readonly tags = new Set<string>();
  private readonly known = new Map<string, boolean>();
  /** "query" alternatives known to match nothing in the root (asked together, once) */
  private absentQueries: ReadonlySet<string> | undefined;
  /** false until the whole root has been noted (a scoped collection sees only part of it) */
  private complete = false;

  constructor(private readonly root: Document | ShadowRoot) {}

  /** Notes one element of the root (its tag name and class attribute). */
  note(el: Element, tag: string): void {
    this.noteParts(tag, el.getAttribute('class'));
  }

  /** Notes one element by its tag name and class attribute, already read by the caller. */
  noteParts(tag: string, cls: string | null): void {
    this.tags.add(tag);
    if (cls) this.classValues.add(cls);
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
    if ('classes' in need) {
      const text = (this.classText ??= ` ${[...this.classValues].join(' ')}`);
      return need.classes.every((c) => text.includes(c));
    }
    if ('tags' in need) return need.tags.every((t) => this.tags.has(t));
    if (!this.absentQueries) {
      // one walk of the root usually answers them all: on a classic form none of them matches
      const all = [...queries];
      let none = false;
      try {
        none = all.length > 0 && this.root.querySelector(all.join(', ')) === null;
      } catch {
        // a selector this engine does not know: ask each one alone, as before
      }
      this.absentQueries = none ? new Set(all) : new Set();
    }
    if (this.absentQueries.has(need.query)) return false;
    return this.root.querySelector(need.query) !== null;
  }
}
