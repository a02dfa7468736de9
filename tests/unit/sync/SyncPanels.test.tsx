// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '../../../components/sync/ExportPanel';
import { KIND_LABEL_KEYS } from '../../../components/sync/labels';
import { SyncImportPanel, type SyncPreview } from '../../../components/sync/SyncImportPanel';
import { emptyCounts, PLAN_KINDS, syncFailure, type PlanCounts } from '../../../core/sync';
import { renderZh } from '../components/render';

afterEach(cleanup);

const counts = (): PlanCounts => Object.fromEntries(PLAN_KINDS.map((k) => [k, emptyCounts()])) as PlanCounts;

function preview(): SyncPreview {
  const c = counts();
  c.cadres = { added: 2, updated: 1, deleted: 1, unchanged: 5, conflicts: 2 };
  c.visits = { added: 4, updated: 0, deleted: 0, unchanged: 0, conflicts: 0 };
  return {
    ok: true,
    token: 'token-1',
    file: { exportedAt: Date.UTC(2026, 10, 29, 2, 30), deviceId: 'deviceabcdef', appVersion: '0.1.0', scope: 'everything', encrypted: true, counts: { cadres: 9, followUps: 0, templates: 0, standards: 0, visits: 4, siteMaps: 0, settings: 0 } },
    counts: c,
    conflictTotal: 3,
    clashes: [],
    conflicts: [
      {
        kind: 'cadres',
        id: 'cadre0000001',
        title: '张建国',
        newer: 'remote',
        local: { updatedAt: Date.UTC(2026, 10, 28), deleted: false },
        remote: { updatedAt: Date.UTC(2026, 10, 29), deleted: false },
        fields: [
          { path: 'notes', local: '本机备注', remote: '文件备注' },
          { path: 'alive', local: true, remote: false },
        ],
      },
      {
        kind: 'cadres',
        id: 'cadre0000002',
        title: '王秀英',
        newer: 'local',
        local: { updatedAt: Date.UTC(2026, 10, 29), deleted: true },
        remote: { updatedAt: Date.UTC(2026, 10, 27), deleted: false },
        fields: [{ path: 'name', remote: '王秀英' }],
      },
    ],
  };
}

describe('ExportPanel', () => {
  it('asks for the passphrase twice and refuses a short or mistyped one', () => {
    const onExport = vi.fn();
    renderZh(<ExportPanel state={{ kind: 'idle' }} onExport={onExport} />);
    fireEvent.input(screen.getByTestId('export-passphrase'), { target: { value: '短口令' } });
    fireEvent.click(screen.getByTestId('export-button'));
    expect(screen.getByTestId('export-problem').textContent).toBe('口令至少需要 8 个字符。');
    fireEvent.input(screen.getByTestId('export-passphrase'), { target: { value: '足够长的口令-1' } });
    fireEvent.input(screen.getByTestId('export-passphrase-confirm'), { target: { value: '足够长的口令-2' } });
    fireEvent.click(screen.getByTestId('export-button'));
    expect(screen.getByTestId('export-problem').textContent).toBe('两次输入的口令不一致。');
    expect(onExport).not.toHaveBeenCalled();
    fireEvent.input(screen.getByTestId('export-passphrase-confirm'), { target: { value: '足够长的口令-1' } });
    fireEvent.click(screen.getByTestId('export-button'));
    expect(onExport).toHaveBeenCalledWith({ scope: { kind: 'everything' }, encrypt: true, passphrase: '足够长的口令-1' });
  });

  it('exports plain only behind the checkbox, with a warning', () => {
    const onExport = vi.fn();
    renderZh(<ExportPanel state={{ kind: 'idle' }} onExport={onExport} />);
    expect(screen.queryByTestId('export-plain-warning')).toBeNull();
    fireEvent.click(screen.getByTestId('export-plain'));
    expect(screen.getByTestId('export-plain-warning').textContent).toContain('身份证号');
    expect(screen.queryByTestId('export-passphrase')).toBeNull();
    fireEvent.click(screen.getByTestId('export-scope-templates-standards'));
    fireEvent.click(screen.getByTestId('export-button'));
    expect(onExport).toHaveBeenCalledWith({ scope: { kind: 'templates-standards' }, encrypt: false });
  });

  it('builds a cadre selection from categories, unit and search', () => {
    const onExport = vi.fn();
    renderZh(<ExportPanel state={{ kind: 'done', fileName: 'carefill-cadres-20261129-1030.carefill', cadres: 12 }} onExport={onExport} />);
    expect(screen.getByTestId('export-status').textContent).toBe('已导出 carefill-cadres-20261129-1030.carefill（老干部 12 人）。');
    fireEvent.click(screen.getByTestId('export-scope-cadres'));
    const [lixiu] = screen.getAllByTestId('export-category');
    fireEvent.click(lixiu!);
    fireEvent.input(screen.getByTestId('export-unit'), { target: { value: ' 交通厅 ' } });
    fireEvent.input(screen.getByTestId('export-query'), { target: { value: 'zhang' } });
    for (const id of ['export-passphrase', 'export-passphrase-confirm']) fireEvent.input(screen.getByTestId(id), { target: { value: '口令口令口令口令' } });
    fireEvent.click(screen.getByTestId('export-button'));
    expect(onExport).toHaveBeenCalledWith({
      scope: { kind: 'cadres', filter: { categories: ['离休'], unit: '交通厅', query: 'zhang' } },
      encrypt: true,
      passphrase: '口令口令口令口令',
    });
  });
});

describe('SyncImportPanel', () => {
  const props = { fileName: 'a.carefill', passphrase: '', onFile: vi.fn(), onPassphrase: vi.fn(), onPreview: vi.fn(), onCommit: vi.fn() };

  it('shows per kind what would change, and the totals for automation', () => {
    renderZh(<SyncImportPanel {...props} state={{ kind: 'preview', preview: preview() }} />);
    const box = screen.getByTestId('import-preview');
    expect(box.dataset).toMatchObject({ added: '6', updated: '1', deleted: '1', unchanged: '5', conflicts: '3' });
    const rows = screen.getAllByTestId('import-kind-row');
    expect(rows.map((r) => r.dataset.kind)).toEqual(['cadres', 'visits']);
    expect(rows[0]!.textContent).toBe('老干部21152');
    expect(screen.getByTestId('import-file-info').textContent).toBe('文件导出于 2026-11-29 10:30（CareFill 0.1.0）。');
  });

  it('warns of cadres whose ID number another record holds', () => {
    const p = { ...preview(), clashes: [{ id: 'cadre0000009', name: '赵德明', otherId: 'cadre0000010', otherName: '赵德明' }] };
    renderZh(<SyncImportPanel {...props} state={{ kind: 'preview', preview: p }} />);
    const notice = screen.getByTestId('import-clashes');
    expect(notice.dataset.count).toBe('1');
    expect(notice.textContent).toContain('1 位老干部的身份证号与本机另一条记录相同');
    expect(notice.textContent).toContain('赵德明');
  });

  it('shows each conflict side by side and commits the choices', () => {
    const onCommit = vi.fn();
    renderZh(<SyncImportPanel {...props} onCommit={onCommit} state={{ kind: 'preview', preview: preview() }} />);
    const [first, second] = screen.getAllByTestId('sync-conflict');
    expect(first!.dataset).toMatchObject({ kind: 'cadres', id: 'cadre0000001', newer: 'remote', keep: 'remote' });
    expect([...first!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ['备注', '本机备注', '文件备注'],
      [expect.any(String), '是', '否'],
    ]);
    expect(second!.textContent).toContain('已删除');
    expect(screen.getByText('另有 1 项冲突按“全部冲突”的选择处理。')).toBeTruthy();
    fireEvent.click(first!.querySelector('[data-testid="conflict-keep-local"]')!);
    expect(first!.dataset.keep).toBe('local');
    fireEvent.click(screen.getByTestId('import-commit'));
    expect(onCommit).toHaveBeenCalledWith({ all: 'newer', choices: [{ kind: 'cadres', id: 'cadre0000001', keep: 'local' }] });
  });

  it('applies a choice for all conflicts', () => {
    const onCommit = vi.fn();
    renderZh(<SyncImportPanel {...props} onCommit={onCommit} state={{ kind: 'preview', preview: preview() }} />);
    fireEvent.change(screen.getByTestId('resolve-all'), { target: { value: 'local' } });
    expect(screen.getAllByTestId('sync-conflict').map((c) => c.dataset.keep)).toEqual(['local', 'local']);
    fireEvent.click(screen.getByTestId('import-commit'));
    expect(onCommit).toHaveBeenCalledWith({ all: 'local', choices: [] });
  });

  it('says in Chinese which record and field are invalid', () => {
    const failure = syncFailure('invalid-record', ['cadres', 2, 'cadre0000002', 'idNumber', 'err_id_checksum'], [
      { kind: 'cadres', index: 2, id: 'cadre0000002', path: 'idNumber', key: 'err_id_checksum' },
    ]);
    renderZh(<SyncImportPanel {...props} state={{ kind: 'failed', failure }} />);
    const error = screen.getByTestId('import-error');
    expect(error.dataset.code).toBe('invalid-record');
    expect(error.textContent).toMatch(/^第 2 条老干部记录（id cadre0000002）的“身份证号.*”无效：.*校验/);
  });

  it('sends the file and the passphrase it is given', () => {
    const onFile = vi.fn();
    const onPassphrase = vi.fn();
    renderZh(<SyncImportPanel {...props} onFile={onFile} onPassphrase={onPassphrase} state={{ kind: 'need-passphrase' }} />);
    const file = new File(['{}'], 'x.carefill');
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    expect(onFile).toHaveBeenCalledWith(file);
    fireEvent.input(screen.getByTestId('import-passphrase'), { target: { value: '口令' } });
    expect(onPassphrase).toHaveBeenCalledWith('口令');
    expect(screen.getByTestId('import-need-passphrase').textContent).toBe('此文件已加密，请输入导出时设置的口令。');
    expect(screen.queryByTestId('import-commit')).toBeNull();
  });
});

describe('sync texts', () => {
  const ROOT = join(import.meta.dirname, '../../..');
  const messages = (locale: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, unknown>;
  it('exist for every key the sync view looks up from a table', () => {
    const source = ['components/sync/ExportPanel.tsx', 'components/sync/SyncImportPanel.tsx'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    const keys = [...Object.values(KIND_LABEL_KEYS), ...[...source.matchAll(/'(sync_[a-z_]+)'/g)].map((m) => m[1]!)];
    for (const locale of ['zh_CN', 'en']) expect(keys.filter((k) => !(k in messages(locale)))).toEqual([]);
  });
});
