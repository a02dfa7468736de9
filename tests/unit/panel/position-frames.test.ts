import { describe, expect, it } from 'vitest';
import { boxInTopViewport, chooseSide } from '../../../page/panel/position';

describe('a field inside nested frames, placed in the top viewport', () => {
  it('adds each frame\'s origin in its parent, innermost first', () => {
    const field = { left: 10, top: 400, width: 200, height: 24 };
    expect(boxInTopViewport(field, [])).toEqual(field);
    expect(boxInTopViewport(field, [{ left: 5, top: 30 }, { left: 900, top: 100 }])).toEqual({ left: 915, top: 530, width: 200, height: 24 });
  });

  it('lets the top frame keep the panel off a field of a cross-origin frame on the right', () => {
    const viewport = { width: 1280, height: 900 };
    const size = { width: 360, height: 480 };
    // in its own frame the field is on the left; the frame sits on the right of the page
    const inFrame = { left: 20, top: 600, width: 240, height: 24 };
    expect(chooseSide('right', inFrame, viewport, size)).toBe('right');
    expect(chooseSide('right', boxInTopViewport(inFrame, [{ left: 960, top: 80 }]), viewport, size)).toBe('left');
  });
});
