import { useT } from './i18n';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; messageKey: string; subs?: string[] };

/** The line beside an editor's save button: saving…, saved, or why it failed. */
export function SaveStatus({ status, testId, savedKey = 'status_saved' }: { status: SaveState; testId: string; savedKey?: string }) {
  const t = useT();
  return (
    <span class={`save-status${status.kind === 'saved' ? ' is-saved' : status.kind === 'failed' ? ' is-failed' : ''}`} data-testid={testId} data-state={status.kind} role="status">
      {status.kind === 'saving' && t('status_saving')}
      {status.kind === 'saved' && t(savedKey)}
      {status.kind === 'failed' && t(status.messageKey, status.subs)}
    </span>
  );
}
