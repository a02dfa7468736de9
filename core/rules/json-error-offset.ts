/**
 * Where a text stops being JSON, as an offset and a line/column, found without quoting the text:
 * a refusal must never echo the file (a ledger opened by mistake would show ID numbers and names),
 * and engines' JSON.parse messages both quote the text and differ in whether they give a position.
 */

export interface JsonErrorPosition {
  /** offset of the first character that is not valid JSON (the text length when it ends too soon) */
  offset: number;
  /** 1-based line and column of that character */
  line: number;
  column: number;
}

class Stop {
  constructor(readonly at: number) {}
}

/** Scans JSON syntax (RFC 8259) and returns the index where it first fails, or -1 when it is valid. */
function firstBadOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) if (text[i] === ch) i++;
    else fail();
  };
  const digits = () => {
    if (!/[0-9]/.test(text[i] ?? '')) fail();
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') fail();
      if (ch === '"') return void i++;
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++) if (/[0-9a-fA-F]/.test(text[i] ?? '')) i++;
          else fail();
        } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
        else fail();
      } else i++;
    }
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') return members('}', true);
    if (ch === '[') return members(']', false);
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || /[0-9]/.test(ch ?? '')) return number();
    fail();
  };
  const members = (close: string, keyed: boolean) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      if (keyed) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
      }
      value();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return -1;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
}

/**
 * The position of the first JSON syntax error in `text`, or undefined when it is valid JSON.
 * Deeply nested input that overflows the stack is reported at offset 0.
 */
export function jsonErrorPosition(text: string): JsonErrorPosition | undefined {
  let offset: number;
  try {
    offset = firstBadOffset(text);
  } catch {
    offset = 0;
  }
  if (offset < 0) return undefined;
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { offset, line: before.split('\n').length, column: offset - lastBreak };
}
