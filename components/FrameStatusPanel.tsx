import type { FrameStatus } from '../messaging/protocol';
import { useT } from './i18n';

export type FrameStatusState =
  | { kind: 'loading' }
  /** no tab to look at (e.g. the popup opened as a page of its own) or the tab refused */
  | { kind: 'unavailable'; reasonKey: string }
  | { kind: 'ready'; frames: FrameStatus[] };

/** Whether CareFill runs on the target tab, and in which of its frames. */
export function FrameStatusPanel({ state }: { state: FrameStatusState }) {
  const t = useT();
  const frames = state.kind === 'ready' ? state.frames : [];
  const active = frames.filter((f) => f.active).length;

  let summary: string;
  if (state.kind === 'loading') summary = t('status_checking');
  else if (state.kind === 'unavailable') summary = t(state.reasonKey);
  else if (active === 0) summary = t('status_inactive');
  else summary = t('status_active_frames', [String(active), String(frames.length)]);

  return (
    <section
      class={`frame-status ${active > 0 ? 'is-active' : 'is-inactive'}`}
      data-testid="frame-status"
      data-active-frames={String(active)}
      data-state={state.kind}
      aria-live="polite"
    >
      <p class="frame-status-summary">
        <span class="status-dot" aria-hidden="true" />
        {summary}
      </p>
      {frames.length > 0 && (
        <ul class="frame-list">
          {frames.map((f) => (
            <li
              key={f.frameId}
              class={f.active ? 'frame-row is-active' : 'frame-row'}
              data-testid="frame-row"
              data-url={f.url}
              data-active={String(f.active)}
              title={f.url}
            >
              <span class="frame-kind">{f.frameId === 0 ? t('frame_top') : t('frame_sub')}</span>
              <span class="frame-url">{f.url || t('frame_no_url')}</span>
              <span class="frame-state">{f.active ? t('frame_active') : t('frame_inactive')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
