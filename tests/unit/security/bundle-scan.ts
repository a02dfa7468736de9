import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Nothing leaves the browser (SECURITY.md §2): a tripwire over the built extension. Every network
 * API and every http(s) URL literal in the shipped JavaScript and HTML is either on the allow list
 * below (with the reason) or a finding. Used by tests/unit/security/bundle-scan.test.ts (on
 * synthetic text) and by tests/e2e/no-network.chromium.spec.ts (on the build it runs).
 */

/** Network APIs that would send data somewhere. */
const NETWORK_APIS = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|RTCPeerConnection)\s*\(|\bnew\s+(XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection)\b/g;

/**
 * Calls that are allowed, by the exact text around them: Vite's modulepreload polyfill fetches the
 * extension's own chunks (`<link rel=modulepreload href=/chunks/…>`), which CSP `connect-src
 * 'self'` keeps inside the extension anyway.
 */
const ALLOWED_CALLS: RegExp[] = [/e\.ep=!0;let n=t\(e\);fetch\(e\.href,n\)/];

/** Hosts named by bundled libraries as identifiers, not as places they connect to. */
export const ALLOWED_URL_HOSTS: Record<string, string> = {
  'www.w3.org': 'XML/SVG/MathML namespaces (Preact, SheetJS)',
  'schemas.openxmlformats.org': 'OOXML namespaces (SheetJS)',
  'sheetjs.openxmlformats.org': 'OOXML namespace (SheetJS)',
  'schemas.microsoft.com': 'Office namespaces (SheetJS)',
  'purl.org': 'Dublin Core namespace (SheetJS)',
  'purl.oclc.org': 'ODF namespace (SheetJS)',
  'openoffice.org': 'ODF namespaces (SheetJS)',
  'docs.oasis-open.org': 'ODF namespaces (SheetJS)',
  macVmlSchemaUri: 'a VML namespace placeholder (SheetJS)',
  'sheetjs.com': 'SheetJS generator name written into files',
  'json-schema.org': 'zod’s JSON-Schema $schema identifiers',
  'tinyurl.com': 'a help link in Dexie’s "IndexedDB missing" error text',
  'bit.ly': 'a help link in Dexie’s error text',
  '[${e}]': 'zod’s IPv6 check builds a URL to parse it, never requests it',
};

export interface BundleFinding {
  file: string;
  what: string;
  context: string;
}

/** Findings in one file's text: network calls not allowed by context, URLs of hosts not on the list. */
export function scanText(file: string, text: string): BundleFinding[] {
  const findings: BundleFinding[] = [];
  const around = (i: number) => text.slice(Math.max(0, i - 60), i + 60);
  for (const m of text.matchAll(NETWORK_APIS)) {
    const ctx = text.slice(Math.max(0, m.index - 200), m.index + 60);
    if (!ALLOWED_CALLS.some((re) => re.test(ctx))) findings.push({ file, what: m[0], context: around(m.index) });
  }
  for (const m of text.matchAll(/\b(?:https?|wss?):\/\/([^"'`\s)/\\<>]+)/g)) {
    const host = m[1]!;
    if (!Object.hasOwn(ALLOWED_URL_HOSTS, host)) findings.push({ file, what: m[0], context: around(m.index) });
  }
  return findings;
}

/** Scans every .js and .html file under a built extension directory. */
export function scanBuild(dir: string): BundleFinding[] {
  const walk = (p: string): string[] => (statSync(p).isDirectory() ? readdirSync(p).flatMap((n) => walk(join(p, n))) : [p]);
  return walk(dir)
    .filter((f) => /\.(js|mjs|html)$/.test(f))
    .flatMap((f) => scanText(relative(dir, f), readFileSync(f, 'utf8')));
}
