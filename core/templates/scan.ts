import { isPlaceholderName } from './placeholders';

/**
 * Finding placeholders in template text: `{{姓名}}` (spaces inside the braces allowed). The editor
 * flags unknown names and stray braces while the person types.
 */

export interface PlaceholderUse {
  /** the name inside the braces, trimmed */
  name: string;
  /** where the token starts and ends in the text (end exclusive) */
  start: number;
  end: number;
}

export interface PlaceholderProblem extends PlaceholderUse {
  /** `unknown`: a name not in the vocabulary; `malformed`: a `{{` or `}}` without its pair */
  kind: 'unknown' | 'malformed';
}

const TOKEN = /\{\{([^{}]*)\}\}/g;

/** Every well-formed `{{…}}` in the text, in order. */
export function findPlaceholders(text: string): PlaceholderUse[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ name: m[1]!.trim(), start: m.index, end: m.index + m[0].length }));
}

/**
 * The placeholders of a text that will not render: names outside the vocabulary, and `{{` or `}}`
 * left without a pair. In order of position.
 */
export function findUnknownPlaceholders(text: string): PlaceholderProblem[] {
  const uses = findPlaceholders(text);
  const problems: PlaceholderProblem[] = uses.filter((u) => !isPlaceholderName(u.name)).map((u) => ({ ...u, kind: 'unknown' }));
  // Blank out the well-formed tokens, then any brace pair left is malformed.
  let rest = text;
  for (const u of uses) rest = rest.slice(0, u.start) + ' '.repeat(u.end - u.start) + rest.slice(u.end);
  for (const m of rest.matchAll(/\{\{|\}\}/g))
    problems.push({ name: m[0], start: m.index, end: m.index + 2, kind: 'malformed' });
  return problems.sort((a, b) => a.start - b.start);
}
