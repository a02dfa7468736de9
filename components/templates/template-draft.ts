import type { z } from 'zod';
import type { FieldKey } from '../../core/model/field-keys';
import { toFieldProblems, type FieldProblem } from '../../core/model/issues';
import { templateInput, type Template, type templateFields } from '../../core/model/template';
import type { VisitType } from '../../core/model/vocab';
import { findUnknownPlaceholders, type PlaceholderProblem } from '../../core/templates/scan';

/** A template as the editor holds it: the fields without the stored envelope. */
export type TemplateDraft = z.output<typeof templateFields>;

/** The fields of a stored template, for editing. */
export function draftFromTemplate(t: Template): TemplateDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = t;
  return structuredClone(fields);
}

/** A new template of a visit type, with a reason to start from. */
export function emptyTemplateDraft(visitType: VisitType): TemplateDraft {
  return { name: '', visitType, values: { 'visit.reason': '' }, isDefault: false };
}

/** Problems of a draft by path (`values.visit.reason`, `amount` ...), before anything is sent. */
export function validateTemplateDraft(draft: TemplateDraft): FieldProblem[] {
  // Blank texts are "not set": a template need not fill every field it lists.
  const values = Object.fromEntries(Object.entries(draft.values).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = templateInput.safeParse({ ...draft, values });
  if (parsed.success) return [];
  return toFieldProblems(parsed.error).map((p, i) => {
    const path = parsed.error.issues[i]!.path;
    const value = path.length === 1 ? (draft as Record<string, unknown>)[String(path[0])] : undefined;
    return typeof value === 'number' && Number.isNaN(value) ? { ...p, key: 'err_number' } : p;
  });
}

/** What is sent to save: blank field texts left out. */
export function templateToInput(draft: TemplateDraft): TemplateDraft {
  const values = Object.fromEntries(Object.entries(draft.values).filter(([, v]) => v !== undefined && v.trim() !== '')) as TemplateDraft['values'];
  return { ...draft, values };
}

/** The texts of a template that hold placeholders: the 称谓 and each field's text. */
export function placeholderTexts(draft: TemplateDraft): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  if (draft.salutation) out.push({ path: 'salutation', text: draft.salutation });
  for (const [key, text] of Object.entries(draft.values) as Array<[FieldKey, string | undefined]>) if (text) out.push({ path: `values.${key}`, text });
  return out;
}

/** Placeholders that will not render, by the path of the text holding them. */
export function placeholderProblems(draft: TemplateDraft): Map<string, PlaceholderProblem[]> {
  const out = new Map<string, PlaceholderProblem[]>();
  for (const { path, text } of placeholderTexts(draft)) {
    const found = findUnknownPlaceholders(text);
    if (found.length > 0) out.set(path, found);
  }
  return out;
}

/** Inserts `{{name}}` into a text at the caret (or the end), returning the text and the new caret. */
export function insertPlaceholder(text: string, name: string, caret: number = text.length): { text: string; caret: number } {
  const at = Math.max(0, Math.min(caret, text.length));
  const token = `{{${name}}}`;
  return { text: text.slice(0, at) + token + text.slice(at), caret: at + token.length };
}
