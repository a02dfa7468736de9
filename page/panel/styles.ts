/**
 * The panel's look, inside its shadow root (the page's styles do not reach in, ours do not leak
 * out). Same quiet office style as the popup.
 */
export const PANEL_CSS = `
:host { all: initial; }
.panel {
  --text: #1f2329; --muted: #646a73; --border: #d0d3d9; --border-light: #e6e8eb; --surface: #fff;
  --primary: #1f5fa8; --primary-dark: #174a84; --primary-soft: #e8f0fa; --danger: #c62828; --success: #2e7d32; --radius: 4px;
  position: fixed; z-index: 2147483646; box-sizing: border-box; width: 340px; max-height: 70vh;
  display: flex; flex-direction: column; background: #f5f6f8; color: var(--text);
  border: 1px solid var(--border); border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 13px/1.5 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
}
.panel *, .panel *::before, .panel *::after { box-sizing: border-box; }
.panel-head { display: flex; align-items: center; gap: 8px; padding: 8px 10px; background: var(--primary); color: #fff; border-radius: 6px 6px 0 0; }
.panel-head h2 { flex: 1; margin: 0; font-size: 14px; font-weight: 600; }
.panel-close { border: none; background: none; color: #fff; font-size: 16px; cursor: pointer; padding: 0 4px; }
.panel-body { overflow-y: auto; padding: 10px; }
button, input, select { font: inherit; color: inherit; }
input[type="search"], select { width: 100%; padding: 5px 8px; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface); }
button { padding: 5px 12px; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface); cursor: pointer; }
button.primary { background: var(--primary); border-color: var(--primary); color: #fff; }
button.primary:hover { background: var(--primary-dark); }
button:disabled { opacity: .6; cursor: default; }
.fill-flow, .fill-controls, .fill-report { display: flex; flex-direction: column; gap: 8px; }
.fill-template { display: flex; flex-direction: column; gap: 4px; }
.fill-template-label, .muted { font-size: 12px; color: var(--muted); }
.result-list, .fill-rows { margin: 0; padding: 0; list-style: none; max-height: 200px; overflow-y: auto; border: 1px solid var(--border-light); border-radius: var(--radius); background: var(--surface); }
.result-list li + li, .fill-row + .fill-row { border-top: 1px solid var(--border-light); }
.cadre-option { display: flex; flex-direction: column; width: 100%; padding: 5px 8px; border: none; border-radius: 0; background: none; text-align: left; }
.cadre-option.is-selected { background: var(--primary-soft); }
.cadre-option-main, .cadre-option-sub { display: flex; gap: 6px; align-items: center; }
.cadre-option-sub { font-size: 12px; color: var(--muted); }
.tag { font-size: 11px; padding: 0 4px; border-radius: 3px; background: var(--primary-soft); color: var(--primary); }
.empty-state { margin: 0; color: var(--muted); }
.empty-state.is-error { color: var(--danger); }
.result-more { margin: 2px 0 0; font-size: 12px; color: var(--muted); }
.fill-summary { margin: 0; font-weight: 600; }
.fill-row { display: grid; grid-template-columns: 7em 1fr auto; gap: 6px; padding: 3px 8px; font-size: 12px; }
.fill-row-value { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.fill-row.is-verified .fill-row-status, .fill-row.is-filled .fill-row-status { color: var(--success); }
.fill-row.is-mismatch .fill-row-status { color: var(--danger); }
.fill-row.is-skipped { color: var(--muted); }
.fill-undo { display: flex; align-items: center; gap: 8px; }
`;

/** The launcher: a small round button in a corner of the OA page. */
export const LAUNCHER_CSS = `
:host { all: initial; }
button { position: fixed; right: 14px; bottom: 14px; z-index: 2147483645; width: 36px; height: 36px; border-radius: 50%;
  border: none; background: #b3261e; color: #fff; font: 600 15px "Microsoft YaHei", sans-serif; cursor: pointer;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); opacity: .85; }
button:hover { opacity: 1; }
`;
