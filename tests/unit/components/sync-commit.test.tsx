// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeSyncFile } from '../../../core/sync';
import { PLAN_KINDS } from '../../../core/sync/plan';
import { renderZh } from './render';

/**
 * The options page's commit of an import (entrypoints/options/SyncView.tsx): it sends the
 * preview's token alone, as the background still holds the decoded file; when the background
 * answers that it no longer does (its worker restarted), it sends the file again.
 */

const sent: { type: string; payload: Record<string, unknown> }[] = [];
let backgroundForgot = false;

vi.mock('../../../messaging/client', () => ({
  RequestError: class extends Error {},
  request: vi.fn(async (type: string, payload: Record<string, unknown>) => {
    sent.push({ type, payload });
    const counts = Object.fromEntries(PLAN_KINDS.map((k) => [k, { added: k === 'cadres' ? 2 : 0, updated: 0, unchanged: 0, deleted: 0 }]));
    switch (type) {
      case 'sync.preview':
        return {
          ok: true,
          token: 'preview-token-1',
          file: { exportedAt: 1, deviceId: 'colleague0001', appVersion: '0.1.0', scope: 'ledger', encrypted: false, counts: {} },
          counts,
          conflicts: [],
          conflictTotal: 0,
          clashes: [],
        };
      case 'sync.apply':
        if (payload.fileText === undefined && backgroundForgot) return { ok: false, needsFile: true };
        return { ok: true, counts };
      default:
        return Promise.reject(new Error(`unexpected ${type}`));
    }
  }),
}));

const { SyncView } = await import('../../../entrypoints/options/SyncView');

afterEach(() => {
  cleanup();
  sent.length = 0;
});

async function previewAFile(): Promise<string> {
  const text = await encodeSyncFile(
    { appVersion: '0.1.0', deviceId: 'colleague0001', exportedAt: 1, scope: 'ledger', seen: [], records: { cadres: [], followUps: [], templates: [], standards: [], visits: [], siteMaps: [] } },
    { encrypt: false },
  );
  renderZh(<SyncView />);
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([text], 'ledger.carefill')] } });
  await waitFor(() => expect(screen.getByTestId('import-status').dataset.state).toBe('preview'));
  return text;
}

describe('committing an import', () => {
  it('sends the preview token without the file', async () => {
    backgroundForgot = false;
    await previewAFile();
    fireEvent.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(screen.getByTestId('import-status').dataset.state).toBe('done'));
    const applies = sent.filter((s) => s.type === 'sync.apply');
    expect(applies).toHaveLength(1);
    expect(applies[0]!.payload).toEqual({ token: 'preview-token-1', resolutions: expect.any(Object) });
  });

  it('sends the file when the background no longer holds the preview', async () => {
    backgroundForgot = true;
    const text = await previewAFile();
    fireEvent.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(screen.getByTestId('import-status').dataset.state).toBe('done'));
    const applies = sent.filter((s) => s.type === 'sync.apply').map((s) => s.payload);
    expect(applies).toHaveLength(2);
    expect(applies[0]).not.toHaveProperty('fileText');
    expect(applies[1]).toMatchObject({ fileText: text });
    expect(applies[1]).not.toHaveProperty('token');
  });
});
