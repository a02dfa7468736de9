import fc from 'fast-check';

/**
 * Inputs for the fuzz tests: "messy" text of the kinds CareFill meets (full-width forms, Chinese
 * numerals, HTML and script, control characters, lone surrogates, very long runs) and mutations of
 * valid examples (a character replaced, inserted or removed, cut short, doubled).
 */

const PIECES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '{{姓名}}',
  '{{',
  '}}',
  '\u0000',
  '\u200b',
  '\ud800',
  '\ufeff',
  '１２３',
  '（',
  '）',
  '：',
  '年',
  '月',
  '日',
  '元',
  '整',
  '零',
  '壹',
  '万',
  '亿',
  'X',
  'x',
  '-',
  '.',
  '/',
  ' ',
  '\n',
  '\t',
  '"',
  "'",
  '\\',
  '__proto__',
  '9'.repeat(40),
];

/** Any text a form, a spreadsheet cell or a file may hold. */
export const messy: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join('')),
  fc.integer({ min: 0, max: 5_000 }).map((n) => '壹'.repeat(n)),
);

/** A valid example with a few random edits. */
export function mutatedFrom(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'delete', 'cut', 'double'), fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), fc.constantFrom(...PIECES)));
  return fc.tuple(valid, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([text, edits]) => {
    let s = text;
    for (const [pos, kind, piece] of edits) {
      const i = s.length ? pos % s.length : 0;
      if (kind === 'replace') s = s.slice(0, i) + piece + s.slice(i + 1);
      else if (kind === 'insert') s = s.slice(0, i) + piece + s.slice(i);
      else if (kind === 'delete') s = s.slice(0, i) + s.slice(i + 1);
      else if (kind === 'cut') s = s.slice(0, i);
      else s = s + s;
    }
    return s;
  });
}
