import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Untrusted text and no network (SECURITY.md §3, §4): the lint rules of eslint.config.js that ban
 * HTML sinks, network APIs and storage access from content scripts really fire. Sources are given
 * as text with a path inside the repository, so the path-scoped rules apply as they would to a
 * real file there (the files themselves are never written).
 */

const ROOT = join(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleHits(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('HTML sinks are lint errors in extension code', () => {
  it.each([
    ['innerHTML =', 'components/Probe.tsx', 'export function probe(el: HTMLElement, name: string) { el.innerHTML = name; }'],
    ['outerHTML =', 'page/probe.ts', 'export function probe(el: HTMLElement, name: string) { el.outerHTML = name; }'],
    ['insertAdjacentHTML', 'entrypoints/options/probe.ts', "export function probe(el: HTMLElement, name: string) { el.insertAdjacentHTML('beforeend', name); }"],
    ['document.write', 'entrypoints/popup/probe.ts', 'export function probe(name: string) { document.write(name); }'],
    ['dangerouslySetInnerHTML', 'components/Probe.tsx', 'export const Probe = (p: { name: string }) => <div dangerouslySetInnerHTML={{ __html: p.name }} />;'],
  ])('%s', async (_what, path, code) => {
    expect(await ruleHits(path, code)).toEqual([expect.stringMatching(/^no-restricted-syntax: No (HTML sinks|document\.write|dangerouslySetInnerHTML)/)]);
  });

  it('while text is fine (control)', async () => {
    expect(await ruleHits('components/Probe.tsx', 'export const Probe = (p: { name: string }) => <div title={p.name}>{p.name}</div>;')).toEqual([]);
    expect(await ruleHits('page/probe.ts', 'export function probe(el: HTMLElement, name: string) { el.textContent = name; }')).toEqual([]);
  });
});

describe('network APIs are lint errors in extension code', () => {
  it.each([
    ['fetch', "export const probe = () => fetch('https://example.com/');"],
    ['XMLHttpRequest', 'export const probe = () => new XMLHttpRequest();'],
    ['WebSocket', "export const probe = () => new WebSocket('wss://example.com/');"],
    ['EventSource', "export const probe = () => new EventSource('https://example.com/');"],
  ])('%s', async (_what, code) => {
    expect(await ruleHits('entrypoints/background/probe.ts', code)).toEqual([expect.stringMatching(/^no-restricted-globals: .*No network calls/)]);
  });
});

describe('content scripts never open the database', () => {
  it.each(['dexie', '../storage/repos'])('page/ importing %s', async (mod) => {
    const hits = await ruleHits('page/probe.ts', `import * as x from '${mod}';\nexport const probe = x;`);
    expect(hits).toEqual([expect.stringMatching(/^no-restricted-imports: .*never open IndexedDB/)]);
  });
});
