import { describe, expect, it, vi } from 'vitest';
import { boxInPanelFrame, createFocusRelay, type MeasuredFrame } from '../../../entrypoints/background/fill/panel-focus';
import { FOCUS_PORT, HOST_PORT, parseFocusReport, type FocusReport } from '../../../page/panel/relay-protocol';
import { fakePort } from './fake-port';

/** The background moves a field's box from its frame into the panel frame's viewport. */

const field = { left: 10, top: 400, width: 200, height: 24 };
const report = (path: number[]): FocusReport => ({ kind: 'focus', box: field, path });

/** top (frame 0) > portal [1] (frame 3) > form [1, 0] (frame 7); a sibling [0] (frame 2) */
const measured: MeasuredFrame[] = [
  { frameId: 0, result: { path: [], origin: { left: 190, top: 60 } } },
  { frameId: 2, result: { path: [0], origin: null } },
  { frameId: 3, result: { path: [1], origin: { left: 8, top: 9 } } },
  { frameId: 7, result: { path: [1, 0], origin: null } },
];

describe('boxInPanelFrame', () => {
  it('adds the origin of every frame between the panel and the field, however deep', () => {
    expect(boxInPanelFrame(report([1, 0]), 0, measured)).toEqual({ left: 208, top: 469, width: 200, height: 24 });
    expect(boxInPanelFrame(report([1, 0]), 3, measured), 'the panel in the portal: one frame on the way').toEqual({ left: 18, top: 409, width: 200, height: 24 });
  });

  it('gives nothing when the field is not inside the panel’s frame, or a frame on the way did not answer', () => {
    expect(boxInPanelFrame(report([1, 0]), 2, measured), 'a sibling frame of a frameset').toBeNull();
    expect(boxInPanelFrame(report([1]), 3, measured), 'the panel’s own frame reports nothing').toBeNull();
    expect(boxInPanelFrame(report([1, 0]), 0, measured.filter((m) => m.frameId !== 3))).toBeNull();
    expect(boxInPanelFrame(report([1, 0]), 9, measured), 'no such panel frame').toBeNull();
  });

  it('ignores answers that are not measures (a frame of another extension, a failed injection)', () => {
    const odd: MeasuredFrame[] = [
      { frameId: 0, result: { path: [], origin: { left: 'x', top: 1 } } },
      { frameId: 3, result: undefined },
      { frameId: 5, result: { path: [-1], origin: null } },
    ];
    expect(boxInPanelFrame(report([1, 0]), 0, odd)).toBeNull();
  });
});

describe('parseFocusReport', () => {
  it('accepts a box and a frame path, and nothing else', () => {
    expect(parseFocusReport({ kind: 'focus', box: { ...field, extra: 'x' }, path: [1, 0] })).toEqual({ kind: 'focus', box: field, path: [1, 0] });
    for (const bad of [
      null,
      'focus',
      { kind: 'focus', box: field },
      { kind: 'focus', box: field, path: [1.5] },
      { kind: 'focus', box: field, path: new Array(17).fill(0) },
      { kind: 'focus', box: { ...field, left: Number.NaN }, path: [0] },
      { kind: 'focus', box: { ...field, width: -1 }, path: [0] },
      { kind: 'focus', box: { ...field, top: 1e12 }, path: [0] },
      { kind: 'avoid', box: field, path: [0] },
    ])
      expect(parseFocusReport(bad), JSON.stringify(bad)).toBeNull();
  });
});

describe('createFocusRelay', () => {
  const ownId = 'carefill-id';
  const content = (frameId: number, tabId = 4) => ({ id: ownId, tab: { id: tabId }, frameId, url: 'http://127.0.0.1:8765/' });

  function setup(measure: (tabId: number, path: number[]) => Promise<MeasuredFrame[]> = async () => measured) {
    let now = 0;
    const watchAll = vi.fn(async () => undefined);
    const measureAll = vi.fn(measure);
    const relay = createFocusRelay({ ownId, watchAll, measureAll, now: () => now });
    return { relay, watchAll, measureAll, tick: (ms: number) => (now += ms) };
  }

  it('starts every frame watching while the panel is open, and stops them when it closes', () => {
    const { relay, watchAll } = setup();
    const host = fakePort(HOST_PORT, content(0));
    relay.accept(host);
    expect(watchAll).toHaveBeenCalledWith(4, true);
    host.drop();
    expect(watchAll).toHaveBeenLastCalledWith(4, false);
  });

  it('sends the panel the box of a field focused two frames below it', async () => {
    const { relay, measureAll } = setup();
    const host = fakePort(HOST_PORT, content(0));
    relay.accept(host);
    const form = fakePort(FOCUS_PORT, content(7));
    relay.accept(form);
    form.deliver(report([1, 0]));
    await vi.waitFor(() => expect(host.posted).toEqual([{ kind: 'avoid', box: { left: 208, top: 469, width: 200, height: 24 } }]));
    expect(measureAll).toHaveBeenCalledWith(4, [1, 0]);
  });

  it('measures once at a time, then the latest focus only', async () => {
    let release: (() => void) | undefined;
    const { relay, measureAll } = setup(() => new Promise((resolve) => (release = () => resolve(measured))));
    const host = fakePort(HOST_PORT, content(0));
    relay.accept(host);
    const form = fakePort(FOCUS_PORT, content(7));
    relay.accept(form);
    form.deliver(report([1, 0]));
    form.deliver({ ...report([1, 0]), box: { ...field, left: 11 } });
    form.deliver({ ...report([1, 0]), box: { ...field, left: 12 } });
    expect(measureAll).toHaveBeenCalledTimes(1);
    release!();
    await vi.waitFor(() => expect(measureAll).toHaveBeenCalledTimes(2));
    release!();
    await vi.waitFor(() => expect(host.posted).toHaveLength(2));
    expect((host.posted[1] as { box: { left: number } }).box.left, 'the latest box').toBe(12 + 198);
  });

  it('ignores reports of tabs without a panel, and malformed ones', async () => {
    const { relay, measureAll } = setup();
    const elsewhere = fakePort(FOCUS_PORT, content(7, 9));
    relay.accept(elsewhere);
    elsewhere.deliver(report([1, 0]));
    const host = fakePort(HOST_PORT, content(0));
    relay.accept(host);
    const form = fakePort(FOCUS_PORT, content(7));
    relay.accept(form);
    form.deliver({ kind: 'focus', box: { left: 'x' }, path: [1, 0] });
    await new Promise((r) => setTimeout(r, 10));
    expect(measureAll).not.toHaveBeenCalled();
    expect(host.posted).toEqual([]);
  });

  it('closes ports that are not from its own content scripts', () => {
    const { relay, watchAll } = setup();
    const stranger = fakePort(HOST_PORT, { ...content(0), id: 'another-extension' });
    relay.accept(stranger);
    const page = fakePort(HOST_PORT, { id: ownId, url: 'chrome-extension://carefill-id/popup.html' });
    relay.accept(page);
    expect(stranger.disconnect).toHaveBeenCalled();
    expect(page.disconnect).toHaveBeenCalled();
    expect(watchAll).not.toHaveBeenCalled();
    const other = fakePort('somebody-else', content(0));
    relay.accept(other);
    expect(other.disconnect, "a port of another name is somebody else's business").not.toHaveBeenCalled();
  });

  it('asks frames that loaded since to watch, at most every two seconds', () => {
    const { relay, watchAll, tick } = setup();
    const host = fakePort(HOST_PORT, content(0));
    relay.accept(host);
    host.deliver({ kind: 'rewatch' });
    expect(watchAll).toHaveBeenCalledTimes(1);
    tick(2500);
    host.deliver({ kind: 'rewatch' });
    host.deliver({ kind: 'rewatch' });
    expect(watchAll).toHaveBeenCalledTimes(2);
  });

  it('a panel reopened before the old port closed keeps the frames watching', () => {
    const { relay, watchAll } = setup();
    const old = fakePort(HOST_PORT, content(0));
    relay.accept(old);
    const renewed = fakePort(HOST_PORT, content(0));
    relay.accept(renewed);
    old.drop();
    expect(watchAll).not.toHaveBeenCalledWith(4, false);
  });
});
