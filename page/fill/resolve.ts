/**
 * Finding a field's control(s) again from its selectors: `a >>> b` crosses into the shadow root
 * of the element `a` selects. A group selector selects the group's inputs, or the element that
 * holds them.
 */

export type ShadowRootOf = (el: Element) => ShadowRoot | null;

/** Every element a selector with `>>>` parts matches, starting from `root`. */
export function queryDeep(root: Document | ShadowRoot, selector: string, shadowRootOf?: ShadowRootOf): Element[] {
  const parts = selector.split(/\s*>>>\s*/);
  let scopes: (Document | ShadowRoot)[] = [root];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    let found: Element[];
    try {
      found = scopes.flatMap((s) => Array.from(s.querySelectorAll(part)));
    } catch {
      return []; // not a selector this engine understands
    }
    if (i === parts.length - 1) return found;
    scopes = found.map((el) => el.shadowRoot ?? shadowRootOf?.(el) ?? null).filter((s): s is ShadowRoot => s !== null);
  }
  return [];
}

/** A group selector may select the container: its inputs of the group's type are the members. */
function membersOf(found: Element[], group: boolean): Element[] {
  if (!group) return found;
  return found.flatMap((e) => (e.localName === 'input' ? [e] : Array.from(e.querySelectorAll('input[type="radio"], input[type="checkbox"]'))));
}

/**
 * The control(s) of a field, by its selector then its alternatives; null when none matches or a
 * single-control selector matches more than one element (the page changed).
 */
export function resolveField(
  root: Document | ShadowRoot,
  selectors: readonly string[],
  group: boolean,
  shadowRootOf?: ShadowRootOf,
): Element[] | null {
  for (const sel of selectors) {
    const found = membersOf(queryDeep(root, sel, shadowRootOf), group);
    if (found.length === 0) continue;
    if (!group && found.length > 1) continue;
    return found;
  }
  return null;
}
