/**
 * Keys that could reach an object's prototype if untrusted data were ever merged by key. The
 * schemas are strict and nothing merges raw input, so this is defence in depth: a file holding
 * one of them anywhere is refused outright.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

type Visit = (key: string, child: unknown, parentPath: string | undefined) => boolean;

/** Walks every object key of a JSON value without recursion (a deeply nested file cannot overflow the stack). */
function walk(value: unknown, withPaths: boolean, visit: Visit): void {
  const stack: unknown[] = [value];
  const paths: string[] = [''];
  while (stack.length) {
    const v = stack.pop();
    const path = withPaths ? paths.pop()! : '';
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const child: unknown = v[i];
        if (child === null || typeof child !== 'object') continue;
        stack.push(child);
        if (withPaths) paths.push(path ? `${path}.${i}` : String(i));
      }
      continue;
    }
    for (const key of Object.keys(v)) {
      const child = (v as Record<string, unknown>)[key];
      if (!visit(key, child, withPaths ? path : undefined)) return;
      if (child === null || typeof child !== 'object') continue;
      stack.push(child);
      if (withPaths) paths.push(path ? `${path}.${key}` : key);
    }
  }
}

/**
 * The path of the first forbidden key in a parsed JSON value (`cadres.3.__proto__`), or null.
 * The common case (none) is one pass without building paths.
 */
export function findForbiddenKey(value: unknown): string | null {
  let found = false;
  walk(value, false, (key) => !(found = FORBIDDEN.has(key)));
  if (!found) return null;
  let at: string | null = null;
  walk(value, true, (key, _child, parent) => {
    if (!FORBIDDEN.has(key)) return true;
    at = parent ? `${parent}.${key}` : key;
    return false;
  });
  return at;
}

/**
 * False when a JSON text cannot hold a forbidden key, so the walk over a large content can be
 * skipped: none of the names occurs, and no escape spells a printable ASCII character
 * (`"\u005f_proto__"`), which JSON.stringify never writes.
 */
export function mayHoldForbiddenKey(json: string): boolean {
  if (json.includes('__proto__') || json.includes('constructor') || json.includes('prototype')) return true;
  // the plain search first: a regular expression over 50 MB costs about 0.1 s, `includes` a tenth
  return json.includes('\\u00') && /\\u00[2-7][0-9a-fA-F]/.test(json);
}
