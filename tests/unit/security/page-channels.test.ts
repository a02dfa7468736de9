import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Messages (SECURITY.md §3): a page script cannot talk to CareFill. Content scripts share the DOM
 * with the OA page, so the only ways in would be window messages and DOM events the content side
 * listens to. This scan of the code that runs in OA pages (page/, entrypoints/oa-*.ts) allows no
 * `message` listener at all, and DOM-event listening only in the page-world adapter
 * (page/adapter/), which answers one fill's random nonce and carries field marks and strings only.
 * The e2e untrusted-text spec posts such messages and events in a real OA page and sees nothing
 * happen.
 */

const ROOT = join(__dirname, '../../..');
const CONTENT_SIDE = ['page', 'entrypoints/oa-engine.ts', 'entrypoints/oa-frame.ts'];
/** The documented, nonce-guarded page-world adapter (SECURITY.md: TODO for the lead to review). */
const ADAPTER_DIR = 'page/adapter/';

function files(path: string): string[] {
  const abs = join(ROOT, path);
  if (statSync(abs).isDirectory()) return readdirSync(abs).flatMap((n) => files(join(path, n)));
  return /\.(ts|tsx)$/.test(path) ? [path] : [];
}

const sources = CONTENT_SIDE.flatMap(files).map((f) => ({ file: relative('.', f), text: readFileSync(join(ROOT, f), 'utf8') }));

describe('code that runs in OA pages', () => {
  it('is found (the scan looks at real files)', () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.some((s) => s.file.startsWith(ADAPTER_DIR))).toBe(true);
  });

  it('never listens to window messages', () => {
    const hits = sources.filter((s) => /addEventListener\((?:\s*\w+,)?\s*['"`]message['"`]|\.onmessage\s*=|onMessage\s*=\s*\{?\s*\(?\s*\w*\s*:\s*MessageEvent/.test(s.text)).map((s) => s.file);
    expect(hits).toEqual([]);
  });

  it('listens to page-dispatchable custom events only in the nonce-guarded adapter', () => {
    // custom events are the ones named by a variable or a string with a dash or a prefix of ours;
    // the UI's own listeners (click, input, keydown …) are fine: a page dispatching them only
    // does what a person's click would
    const custom = /addEventListener\(\s*(?:`[^`]*\$\{|['"][a-z]+[-:][a-z-]+['"]|[a-zA-Z_]*[eE]vent[a-zA-Z_]*\s*[,)])/;
    const hits = sources.filter((s) => custom.test(s.text) && !s.file.startsWith(ADAPTER_DIR)).map((s) => s.file);
    expect(hits).toEqual([]);
    for (const s of sources.filter((x) => x.file.startsWith(ADAPTER_DIR) && custom.test(x.text))) expect(s.text, s.file).toMatch(/nonce/);
  });
});
