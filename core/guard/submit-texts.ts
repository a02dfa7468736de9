/**
 * Which of the OA's own buttons the submit guard watches: the usual submit words, plus the
 * words a site map adds for its form (`SiteMap.submitTexts`).
 */

/** The submit actions of the OA forms CareFill knows (issue 7). */
export const DEFAULT_SUBMIT_TEXTS: readonly string[] = ['提交', '送审', '发送', '办理', '保存并提交', '确定'];

/** Longest text worth comparing; a button's text beyond this is not a submit word. */
const MAX_ACTION_TEXT = 20;

/**
 * A button's text as compared: whitespace (also full-width and &nbsp;) removed, so that
 * `提 交` and ` 提交 ` match. Empty for texts too long to be a button caption.
 */
export function normalizeActionText(text: string): string {
  const t = text.replace(/[\s\u00a0\u3000]+/g, '');
  return t.length > MAX_ACTION_TEXT ? '' : t;
}

/** The watched texts: the defaults plus a site map's own, normalised and without duplicates. */
export function watchedTexts(extra: readonly string[] = []): Set<string> {
  const out = new Set<string>();
  for (const t of [...DEFAULT_SUBMIT_TEXTS, ...extra]) {
    const n = normalizeActionText(t);
    if (n !== '') out.add(n);
  }
  return out;
}

/** True when a button's caption is one of the watched submit words. */
export function isSubmitText(text: string, watched: ReadonlySet<string>): boolean {
  const n = normalizeActionText(text);
  return n !== '' && watched.has(n);
}
