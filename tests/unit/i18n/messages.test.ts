import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_FIELDS } from '../../../components/cadre-form-layout';
import type { MessageEntry } from '../../../components/i18n';

/**
 * Convention test: the two locales say the same things, and every message key the code uses
 * exists in both. Keys are found in the source text, so a key added anywhere is checked here.
 */

const ROOT = join(import.meta.dirname, '../../..');
const LOCALES = ['zh_CN', 'en'] as const;
type Messages = Record<string, MessageEntry>;
const messages = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, 'public/_locales', l, 'messages.json'), 'utf8')) as Messages]),
) as Record<(typeof LOCALES)[number], Messages>;

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(join(ROOT, dir));
  } catch {
    return []; // a folder another part of the project has not created yet
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** `key → files` for every match of `pattern` (group 1 is the key) in the files of `dirs`. */
function keysIn(dirs: string[], pattern: RegExp): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of dirs.flatMap(sourceFiles)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(pattern)) found.set(m[1]!, [...(found.get(m[1]!) ?? []), relative(ROOT, join(ROOT, file))]);
  }
  return found;
}

const UI_DIRS = ['components', 'entrypoints'];
const CODE_DIRS = ['core', 'messaging', 'storage', 'page', 'components', 'entrypoints'];

/** Keys the UI looks up: `t('key')`, and keys handed to components as `somethingKey: 'key'`. */
const uiKeys = new Map([
  ...keysIn(UI_DIRS, /\bt\(\s*['"]([A-Za-z0-9_@]+)['"]/g),
  ...keysIn(UI_DIRS, /\b[a-zA-Z]*Key:\s*['"]([a-z][A-Za-z0-9_]*)['"]/g),
]);
/** Validation and request failures (`err_*`) and advice (`warn_*`) named anywhere in the code. */
const problemKeys = keysIn(CODE_DIRS, /['"`]((?:err|warn)_[A-Za-z0-9_]+)['"`]/g);
/** Keys the manifest uses (`__MSG_key__`). */
const manifestKeys = [...readFileSync(join(ROOT, 'manifest.ts'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!);
/** The cadre editor's labels are `field_<id>` for every field it lays out. */
const fieldLabelKeys = ALL_FIELDS.map((f) => `field_${f.id}`);

const missingIn = (keys: Iterable<string>, locale: (typeof LOCALES)[number]) => [...keys].filter((k) => !(k in messages[locale]));

describe('locale files', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.zh_CN).sort());
  });

  it.each(LOCALES)('%s: names are valid and unique ignoring case, no message is empty', (locale) => {
    const keys = Object.keys(messages[locale]);
    for (const key of keys) expect(key, key).toMatch(/^(?!@@)[A-Za-z0-9_@]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
    const empty = keys.filter((k) => typeof messages[locale][k]?.message !== 'string' || messages[locale][k]!.message.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages, each one defined', () => {
    for (const key of Object.keys(messages.zh_CN)) {
      const used = (locale: (typeof LOCALES)[number]) =>
        [...messages[locale][key]!.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      const defined = (locale: (typeof LOCALES)[number]) =>
        Object.entries(messages[locale][key]?.placeholders ?? {}).map(([n, p]) => `${n.toLowerCase()}=${p.content}`).sort();
      expect([...new Set(used('en'))], key).toEqual([...new Set(used('zh_CN'))]);
      expect(defined('en'), key).toEqual(defined('zh_CN'));
      expect(defined('zh_CN').map((d) => d.split('=')[0]), key).toEqual([...new Set(used('zh_CN'))]);
    }
  });

  it.each(LOCALES)('%s: name and description fit the store limits (75 and 132 characters)', (locale) => {
    expect(messages[locale].extName!.message.length).toBeLessThanOrEqual(75);
    expect(messages[locale].extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('default to Chinese: the Chinese texts are Chinese', () => {
    expect(messages.zh_CN.extName?.message).toBe('老干部服务助手');
    const notChinese = Object.entries(messages.zh_CN).filter(([, m]) => !/[\u4e00-\u9fff]/.test(m.message)).map(([k]) => k);
    expect(notChinese).toEqual([]);
  });
});

describe('every key the code uses has a text', () => {
  it('finds the keys it checks (the scan works)', () => {
    expect(uiKeys.has('nav_ledger')).toBe(true);
    expect(problemKeys.has('err_id_checksum')).toBe(true);
    expect(manifestKeys).toEqual(expect.arrayContaining(['extName', 'extDescription']));
  });

  it.each(LOCALES)('%s: t() keys of components and entrypoints', (locale) => {
    expect(missingIn(uiKeys.keys(), locale).map((k) => `${k} (${uiKeys.get(k)!.join(', ')})`)).toEqual([]);
  });

  it.each(LOCALES)('%s: err_/warn_ keys of core, messaging, storage, page and the UI', (locale) => {
    expect(missingIn(problemKeys.keys(), locale).map((k) => `${k} (${problemKeys.get(k)!.join(', ')})`)).toEqual([]);
  });

  it.each(LOCALES)('%s: manifest keys and editor field labels', (locale) => {
    expect(missingIn([...manifestKeys, ...fieldLabelKeys], locale)).toEqual([]);
  });
});
