import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { assignByLexicon } from '../../../core/fill/match';
import { LEXICON } from '../../../core/fill/lexicon';
import type { FormRole } from '../../../core/fill/types';
import { snap } from './snap';

/**
 * Runs every labelled string of tests/fixtures/labels/labels.tsv through normalisation and
 * matching, the way a collected field would go, and requires all of them to come out right.
 */

interface Case {
  line: number;
  raw: string;
  expected: string;
  context: string;
}

function loadCases(): Case[] {
  const text = readFileSync(new URL('../../fixtures/labels/labels.tsv', import.meta.url), 'utf8');
  const cases: Case[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [raw, expected, context = ''] = line.split('\t');
    if (raw === undefined || expected === undefined) throw new Error(`labels.tsv:${i + 1}: needs a raw label and a key`);
    const decoded = raw.replace(/\\u([0-9a-f]{4})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    cases.push({ line: i + 1, raw: decoded, expected, context });
  });
  return cases;
}

function classify(c: Case): string {
  const role: FormRole = c.context.endsWith('expense') ? 'expense' : 'visit';
  const row = c.context.endsWith('row') ? 1 : undefined;
  const s = c.context.startsWith('attr')
    ? snap({ name: c.raw, row })
    : snap({ label: c.raw, row });
  const [first] = assignByLexicon([s], { role });
  return first ? first.key.replace(/\[\d+\]$/, '') : 'NONE';
}

const cases = loadCases();

describe('labels.tsv', () => {
  test('holds at least 200 labelled strings, with hard negatives, covering every lexicon key', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(cases.filter((c) => c.expected === 'NONE').length).toBeGreaterThanOrEqual(60);
    const expectedKeys = new Set(cases.map((c) => c.expected));
    const uncovered = LEXICON.map((e) => e.key).filter((k) => !expectedKeys.has(k));
    expect(uncovered).toEqual([]);
  });

  test('every string is classified as labelled (100%)', () => {
    const failures = cases
      .map((c) => ({ c, got: classify(c) }))
      .filter(({ c, got }) => got !== c.expected)
      .map(({ c, got }) => `line ${c.line}: ${JSON.stringify(c.raw)} [${c.context || 'visit'}] expected ${c.expected}, got ${got}`);
    const accuracy = (cases.length - failures.length) / cases.length;
    console.log(`labels.tsv: ${cases.length - failures.length}/${cases.length} correct (${(accuracy * 100).toFixed(1)}%)`);
    expect(failures).toEqual([]);
  });
});
