import type { ContactRule } from '../../core/model/contact-rule';
import type { DIFFICULTY_TYPES, HealthStatus } from '../../core/model/vocab';

type DifficultyType = (typeof DIFFICULTY_TYPES)[number];

/**
 * A contact rule as the editor holds it: numbers and tags as typed text, so a half-typed value
 * is kept until saved; the background validates the result with the settings schema.
 */
export interface ContactRuleDraft {
  label: string;
  months: string;
  minAge: string;
  healthStatuses: HealthStatus[];
  difficultyTypes: DifficultyType[];
  /** tags separated by 、 , ， or spaces */
  tags: string;
}

export function draftFromRule(rule: ContactRule): ContactRuleDraft {
  return {
    label: rule.label,
    months: String(rule.months),
    minAge: rule.when.minAge === undefined ? '' : String(rule.when.minAge),
    healthStatuses: [...(rule.when.healthStatuses ?? [])],
    difficultyTypes: [...(rule.when.difficultyTypes ?? [])],
    tags: (rule.when.tags ?? []).join('、'),
  };
}

export const EMPTY_RULE_DRAFT: ContactRuleDraft = { label: '', months: '1', minAge: '', healthStatuses: [], difficultyTypes: [], tags: '' };

/** A number as typed ('' → undefined; anything not a number stays a string, for the schema to refuse). */
function numberOf(text: string): number | string | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  return /^\d+$/.test(s) ? Number(s) : s;
}

/** The rule to send: empty criteria left out, tags split. */
export function ruleFromDraft(d: ContactRuleDraft): unknown {
  const tags = d.tags
    .split(/[、,，\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
  const when: Record<string, unknown> = {};
  const minAge = numberOf(d.minAge);
  if (minAge !== undefined) when.minAge = minAge;
  if (d.healthStatuses.length) when.healthStatuses = d.healthStatuses;
  if (d.difficultyTypes.length) when.difficultyTypes = d.difficultyTypes;
  if (tags.length) when.tags = tags;
  return { label: d.label.trim(), months: numberOf(d.months) ?? '', when };
}
