import { describe, expect, test } from 'vitest';
import { settings as settingsSchema } from '../../../core/model/settings';
import { adapterEnabledFor, installPageAdapter, newAdapterNonce, type PageWorldScripting } from '../../../entrypoints/background/fill/adapter';
import { ADAPTER_EVENT } from '../../../page/adapter/protocol';
import { installWfFormAdapter } from '../../../page/adapter/wfform-main';

/** The background side of the page-world adapter: opt-in per OA origin, one nonce per fill. */

const OA = 'http://10.1.2.3:8080';
const target = { tabId: 7, frameId: 3, url: `${OA}/workflow/request/ViewRequestForm.jsp?requestid=1` };

function fakeScripting(result: unknown = true, fail = false) {
  const seen: Parameters<PageWorldScripting['executeScript']>[0][] = [];
  const api: PageWorldScripting = {
    executeScript: async (injection) => {
      seen.push(injection);
      if (fail) throw new Error("Type error for parameter injection: Unexpected property \"world\"");
      return [{ frameId: injection.target.frameIds[0]!, result }];
    },
  };
  return { api, seen };
}

describe('page-world adapter, background side', () => {
  test('off by default, and only for an origin that is both granted and opted in', () => {
    const defaults = settingsSchema.parse({});
    expect(defaults.pageAdapterOrigins).toEqual([]);
    expect(adapterEnabledFor({ ...defaults, oaOrigins: [OA] }, target.url)).toBe(false);
    expect(adapterEnabledFor({ oaOrigins: [OA], pageAdapterOrigins: [OA] }, target.url)).toBe(true);
    expect(adapterEnabledFor({ oaOrigins: [], pageAdapterOrigins: [OA] }, target.url), 'not a granted OA origin').toBe(false);
    expect(adapterEnabledFor({ oaOrigins: [OA], pageAdapterOrigins: [OA] }, 'http://10.1.2.3:8081/x'), 'another port is another origin').toBe(false);
  });

  test('not enabled: nothing is injected', async () => {
    const { api, seen } = fakeScripting();
    expect(await installPageAdapter(api, { oaOrigins: [OA], pageAdapterOrigins: [] }, target)).toBeNull();
    expect(seen).toEqual([]);
  });

  test('enabled: the adapter goes into that frame\'s page world with a fresh nonce', async () => {
    const { api, seen } = fakeScripting();
    const nonce = await installPageAdapter(api, { oaOrigins: [OA], pageAdapterOrigins: [OA] }, target);
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ target: { tabId: 7, frameIds: [3] }, world: 'MAIN', args: [nonce, ADAPTER_EVENT, expect.any(Number)] });
    expect(seen[0]!.func).toBe(installWfFormAdapter);
    const again = await installPageAdapter(api, { oaOrigins: [OA], pageAdapterOrigins: [OA] }, target);
    expect(again).not.toBe(nonce);
  });

  test('a page without WfForm, or a browser without a page world, has no adapter', async () => {
    expect(await installPageAdapter(fakeScripting(false).api, { oaOrigins: [OA], pageAdapterOrigins: [OA] }, target)).toBeNull();
    expect(await installPageAdapter(fakeScripting(true, true).api, { oaOrigins: [OA], pageAdapterOrigins: [OA] }, target)).toBeNull();
  });

  test('nonces are 128 random bits in hex', () => {
    expect(newAdapterNonce((b) => b.fill(0xab))).toBe('ab'.repeat(16));
    const seen = new Set(Array.from({ length: 50 }, () => newAdapterNonce()));
    expect(seen.size).toBe(50);
  });
});
