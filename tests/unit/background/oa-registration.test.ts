import { describe, expect, it, vi } from 'vitest';
import { OA_SCRIPT_FILE, OA_SCRIPT_ID, oaMatches, syncOaRegistration } from '../../../entrypoints/background/oa-registration';

interface Script {
  id: string;
  js?: string[];
  matches?: string[];
  allFrames?: boolean;
  runAt?: string;
  matchOriginAsFallback?: boolean;
}

/** An in-memory scripting API that, like the real one, refuses to register an id twice. */
function fakeApi(origins: string[], opts: { rejectsMatchOriginAsFallback?: boolean } = {}) {
  const registered = new Map<string, Script>();
  const state = { origins };
  const scripting = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
      [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    ),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
    }),
    registerContentScripts: vi.fn(async (scripts: Script[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        if (opts.rejectsMatchOriginAsFallback && 'matchOriginAsFallback' in s)
          throw new Error('Type error for parameter scripts: Unexpected property "matchOriginAsFallback"');
      }
      for (const s of scripts) registered.set(s.id, s);
    }),
  };
  const permissions = { getAll: vi.fn(async () => ({ origins: state.origins, permissions: [] })) };
  const api = { scripting, permissions } as unknown as Parameters<typeof syncOaRegistration>[0];
  return { api, registered, scripting, state };
}

describe('oaMatches', () => {
  it('keeps http(s) origin patterns only', () => {
    expect(oaMatches(['http://127.0.0.1/*', 'https://oa.example.gov.cn/*', '*://10.1.2.3/*', '<all_urls>', 'file:///*', 'http://127.0.0.1/*'])).toEqual([
      '*://10.1.2.3/*',
      'http://127.0.0.1/*',
      'https://oa.example.gov.cn/*',
    ]);
  });
});

describe('syncOaRegistration', () => {
  it('registers the frame agent for the granted origins, in all frames, with matchOriginAsFallback (Chrome)', async () => {
    const { api, registered } = fakeApi(['http://127.0.0.1/*', 'http://localhost/*']);
    await syncOaRegistration(api);
    expect(registered.get(OA_SCRIPT_ID)).toEqual({
      id: OA_SCRIPT_ID,
      js: [OA_SCRIPT_FILE],
      matches: ['http://127.0.0.1/*', 'http://localhost/*'],
      allFrames: true,
      runAt: 'document_idle',
      matchOriginAsFallback: true,
    });
  });

  it('registers without matchOriginAsFallback where the API refuses it (Firefox MV2)', async () => {
    const { api, registered } = fakeApi(['http://127.0.0.1/*'], { rejectsMatchOriginAsFallback: true });
    await syncOaRegistration(api);
    expect(registered.get(OA_SCRIPT_ID)).toMatchObject({ matches: ['http://127.0.0.1/*'], allFrames: true });
    expect(registered.get(OA_SCRIPT_ID)).not.toHaveProperty('matchOriginAsFallback');
  });

  it('follows granted and revoked origins, replacing the existing registration', async () => {
    const { api, registered, scripting, state } = fakeApi(['http://127.0.0.1/*']);
    await syncOaRegistration(api);
    state.origins = ['http://127.0.0.1/*', 'https://oa.example.gov.cn/*'];
    await syncOaRegistration(api);
    expect(registered.get(OA_SCRIPT_ID)?.matches).toEqual(['http://127.0.0.1/*', 'https://oa.example.gov.cn/*']);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledTimes(1);
    state.origins = [];
    await syncOaRegistration(api);
    expect(registered.size).toBe(0);
  });

  it('leaves an up-to-date registration alone', async () => {
    const { api, scripting } = fakeApi(['http://127.0.0.1/*']);
    await syncOaRegistration(api);
    await syncOaRegistration(api);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
  });

  it('serialises overlapping calls (startup and a permission event) without a duplicate id', async () => {
    const { api, registered, state } = fakeApi(['http://127.0.0.1/*']);
    const first = syncOaRegistration(api);
    state.origins = ['http://localhost/*'];
    const second = syncOaRegistration(api);
    await expect(Promise.all([first, second])).resolves.toBeDefined();
    expect(registered.get(OA_SCRIPT_ID)?.matches).toEqual(['http://localhost/*']);
  });

  it('keeps working after a failed call', async () => {
    const { api, registered, scripting } = fakeApi(['http://127.0.0.1/*']);
    scripting.getRegisteredContentScripts.mockRejectedValueOnce(new Error('transient'));
    await expect(syncOaRegistration(api)).rejects.toThrow('transient');
    await syncOaRegistration(api);
    expect(registered.has(OA_SCRIPT_ID)).toBe(true);
  });
});
