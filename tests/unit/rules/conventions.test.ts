import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../core/rules/registry';

/** The structure that keeps the engine honest: one rule per file, registered, each with its tests. */
const RULE_DIR = join(__dirname, '../../../core/rules/rules');
const TEST_DIR = join(__dirname, 'rules');
const files = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts'));

describe('rule conventions', () => {
  it('registers every rule file once, under the file’s name', () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual([...files].sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  for (const file of files) {
    it(`${file} has a test file with at least four tests`, () => {
      const test = readFileSync(join(TEST_DIR, file.replace(/\.ts$/, '.test.ts')), 'utf8');
      expect(test.match(/\bit\(/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
    });
  }

  it('gives every rule a Chinese and an English title', () => {
    for (const r of RULES) {
      expect(r.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.title.en).toMatch(/[A-Za-z]/);
    }
  });
});
