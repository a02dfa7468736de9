import { assignFields } from '../../core/fill/assign';
import { formSignature } from '../../core/fill/signature';
import type { FieldSnapshot, FormRole } from '../../core/fill/types';
import type { GuardSiteMap } from '../../messaging/requests/guard';
import { collectFields } from '../collect/collect';
import { framePathOf } from '../collect/frame-path';
import { isOwnUi } from '../fill/own-ui';
import type { ShadowRootOf } from '../fill/resolve';

/**
 * Reads a frame's form the way the fill sees it: the fields collected, each assigned its key
 * (the remembered site map of this form first, then the lexicon), and the text each assigned
 * field shows now. Only assigned fields leave the frame.
 */

export interface ReadForm {
  url: string;
  formSignature: string;
  /** a 慰问 form or an expense claim (the guard checks 慰问 forms only) */
  role: FormRole;
  /** field key → the text the field shows */
  values: Record<string, string>;
  /** field key → its control (the first one of a group), to jump to */
  elements: Map<string, Element>;
}

/** The text a field shows: option texts for choices, the value for the rest. */
export function shownText(f: FieldSnapshot): string {
  if (f.kind === 'checkbox') return f.checked ? (f.options[0]?.text ?? '是') : '';
  const chosen = f.options.filter((o) => o.selected);
  if (chosen.length > 0 && (f.kind === 'select' || f.kind === 'radio-group' || f.kind === 'checkbox-group')) return chosen.map((o) => o.text.trim() || o.value).join(',');
  return f.value.trim();
}

/** Reads the assigned fields of a document. */
export function readForm(doc: Document, win: Window, siteMaps: readonly GuardSiteMap[], shadowRootOf?: ShadowRootOf): ReadForm {
  const { collection, elements } = collectFields(doc, { framePath: framePathOf(win), ...(shadowRootOf ? { shadowRootOf } : {}) });
  const fields: FieldSnapshot[] = [];
  const els: Element[][] = [];
  collection.fields.forEach((f, i) => {
    const own = elements[i]!;
    if (own.some(isOwnUi) || f.formKind) return;
    fields.push(f);
    els.push(own);
  });
  const signature = formSignature(fields);
  const remembered = siteMaps.find((m) => m.formSignature === signature);
  const headings = [...collection.headings, collection.title].filter((h) => h !== '');
  const assigned = assignFields(fields, { headings, ...(remembered ? { siteMapFields: remembered.fields } : {}) });
  const values: Record<string, string> = {};
  const byKey = new Map<string, Element>();
  for (const a of assigned.assignments) {
    if (a.companionOf !== undefined) continue;
    const f = fields[a.snapshotIndex]!;
    const text = shownText(f);
    const el = els[a.snapshotIndex]![0];
    if (el && !byKey.has(a.key)) byKey.set(a.key, el);
    // an empty field is sent as '': the check then knows the form has it (required, not filled)
    if (values[a.key] === undefined || values[a.key] === '') values[a.key] = text.slice(0, 2000);
  }
  return { url: win.location.href, formSignature: signature, role: assigned.role, values, elements: byKey };
}
