/** The guard view's look inside the panel's shadow root (next to page/panel/styles.ts). */
export const GUARD_CSS = `
.guard { display: flex; flex-direction: column; gap: 8px; padding-bottom: 10px; margin-bottom: 10px; border-bottom: 1px solid var(--border-light); }
.guard-bar { display: flex; align-items: center; gap: 8px; }
.guard-bar h3 { flex: 1; margin: 0; font-size: 13px; }
.guard-findings { display: flex; flex-direction: column; gap: 6px; }
.guard-findings[data-severity-max="block"] .guard-lead { color: var(--danger); font-weight: 600; }
.guard-lead { margin: 0; }
.guard-list { margin: 0; padding: 0; list-style: none; border: 1px solid var(--border-light); border-radius: var(--radius); background: var(--surface); max-height: 220px; overflow-y: auto; }
.guard-finding + .guard-finding { border-top: 1px solid var(--border-light); }
.guard-finding button { display: flex; gap: 6px; width: 100%; border: none; border-radius: 0; background: none; text-align: left; padding: 5px 8px; font-size: 12px; }
.guard-sev { flex: none; font-weight: 600; }
.guard-finding[data-severity="block"] .guard-sev { color: var(--danger); }
.guard-finding[data-severity="warn"] .guard-sev { color: #b26a00; }
.guard-finding[data-severity="info"] .guard-sev { color: var(--muted); }
.guard-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.guard textarea { width: 100%; min-height: 48px; padding: 5px 8px; border: 1px solid var(--border); border-radius: var(--radius); font: inherit; }
.guard-error { margin: 0; color: var(--danger); }
`;
