// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CadreResultList } from '../../../components/CadreResultList';
import { FrameStatusPanel } from '../../../components/FrameStatusPanel';
import type { CadreSummary } from '../../../messaging/protocol';
import { renderZh } from './render';

afterEach(cleanup);

const cadre = (id: string, name: string, extra: Partial<CadreSummary> = {}): CadreSummary => ({
  id,
  name,
  category: '离休',
  originalUnit: '省财政厅',
  idMasked: '420106********1234',
  alive: true,
  updatedAt: 1,
  ...extra,
});

describe('CadreResultList', () => {
  it('shows name, category, unit and masked ID per result, and reports the pick', () => {
    const onPick = vi.fn();
    renderZh(
      <CadreResultList query="wang" items={[cadre('cadreaaa1', '王志刚'), cadre('cadreaaa2', '汪洋', { category: '遗属', originalUnit: undefined, alive: false })]} total={2} onPick={onPick} />,
    );
    const options = screen.getAllByTestId('cadre-option');
    expect(options.map((o) => o.dataset.cadreId)).toEqual(['cadreaaa1', 'cadreaaa2']);
    expect(options[0]!.textContent).toContain('王志刚');
    expect(options[0]!.textContent).toContain('离休');
    expect(options[0]!.textContent).toContain('省财政厅');
    expect(options[0]!.textContent).toContain('420106********1234');
    expect(options[1]!.textContent).toContain('已故');
    expect(options[1]!.textContent).toContain('原单位未填写');
    fireEvent.click(options[1]!);
    expect(onPick).toHaveBeenCalledWith('cadreaaa2');
  });

  it('has Chinese empty states', () => {
    const { rerender } = renderZh(<CadreResultList query="" items={[]} total={0} />);
    expect(screen.getByText(/输入姓名、拼音、首字母、身份证号或电话/)).toBeTruthy();
    rerender(<CadreResultList query="不存在" items={[]} total={0} />);
    expect(screen.getByText('没有找到匹配的干部。')).toBeTruthy();
    expect(screen.queryAllByTestId('cadre-option')).toHaveLength(0);
  });

  it('says when more cadres match than are shown', () => {
    renderZh(<CadreResultList query="z" items={[cadre('cadreaaa1', '张')]} total={57} />);
    expect(screen.getByText(/共 57 人/)).toBeTruthy();
  });
});

describe('FrameStatusPanel', () => {
  it('counts the frames where CareFill answered and lists every frame', () => {
    renderZh(
      <FrameStatusPanel
        state={{
          kind: 'ready',
          frames: [
            { frameId: 0, url: 'http://127.0.0.1:8765/', active: true },
            { frameId: 3, url: 'http://localhost:8765/forms/condolence', active: true },
            { frameId: 4, url: 'about:blank', active: false },
          ],
        }}
      />,
    );
    const panel = screen.getByTestId('frame-status');
    expect(panel.dataset.activeFrames).toBe('2');
    expect(panel.textContent).toContain('老干部服务助手已在此页面启用：2 个框架可用（共 3 个）');
    const rows = screen.getAllByTestId('frame-row');
    expect(rows.map((r) => [r.dataset.url, r.dataset.active])).toEqual([
      ['http://127.0.0.1:8765/', 'true'],
      ['http://localhost:8765/forms/condolence', 'true'],
      ['about:blank', 'false'],
    ]);
  });

  it('says in Chinese when CareFill is not active, or the tab cannot be read', () => {
    const { rerender } = renderZh(<FrameStatusPanel state={{ kind: 'ready', frames: [{ frameId: 0, url: 'https://example.org/', active: false }] }} />);
    expect(screen.getByTestId('frame-status').dataset.activeFrames).toBe('0');
    expect(screen.getByTestId('frame-status').textContent).toContain('老干部服务助手未在此页面启用');
    rerender(<FrameStatusPanel state={{ kind: 'unavailable', reasonKey: 'status_unavailable' }} />);
    expect(screen.getByTestId('frame-status').textContent).toContain('无法读取此页面的状态');
    expect(screen.queryAllByTestId('frame-row')).toHaveLength(0);
  });
});
