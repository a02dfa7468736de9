import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64, toBase64 } from '../../../core/sync/base64';

/** The engine's base64 where it exists (browsers), the portable loop elsewhere (Node 20): the same bytes either way. */
const ctor = Uint8Array as unknown as { fromBase64?: (t: string) => Uint8Array };
const proto = Uint8Array.prototype as unknown as { toBase64?: () => string };
const hadFrom = Object.hasOwn(ctor, 'fromBase64');
const hadTo = Object.hasOwn(proto, 'toBase64');

afterEach(() => {
  if (!hadFrom) delete ctor.fromBase64;
  if (!hadTo) delete proto.toBase64;
});

describe('base64', () => {
  const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
  const text = Buffer.from(bytes).toString('base64');

  it('round-trips with the portable code', () => {
    if (hadFrom || hadTo) return expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(toBase64(bytes)).toBe(text);
    expect(fromBase64(text)).toEqual(bytes);
  });

  it('uses the engine’s base64 when it has one, after the same checks', () => {
    const from = vi.fn((t: string) => new Uint8Array(Buffer.from(t, 'base64')));
    const to = vi.fn(function (this: Uint8Array) {
      return Buffer.from(this).toString('base64');
    });
    ctor.fromBase64 = from;
    proto.toBase64 = to;
    expect(fromBase64(text)).toEqual(bytes);
    expect(toBase64(bytes)).toBe(text);
    expect(from).toHaveBeenCalledTimes(1);
    expect(to).toHaveBeenCalledTimes(1);
    // not base64, or unpadded: refused before the engine is asked
    expect(fromBase64('ab$d')).toBeNull();
    expect(fromBase64('abc')).toBeNull();
    expect(from).toHaveBeenCalledTimes(1);
  });

  it('answers null when the engine refuses the text', () => {
    ctor.fromBase64 = () => {
      throw new SyntaxError('bad');
    };
    expect(fromBase64('AAAA')).toBeNull();
  });
});
