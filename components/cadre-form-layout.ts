import {
  CATEGORIES,
  DIFFICULTY_TYPES,
  GENDERS,
  HEALTH_STATUSES,
  POLITICAL_STATUSES,
  RANKS,
  SPOUSE_STATUSES,
} from '../core/model';
import type { TextFieldId } from './cadre-form';

/**
 * Where each field of the cadre editor sits (the sections of 六清楚), how it is entered, and which
 * validation paths it answers for. Labels are i18n keys `field_<id>`.
 */

export type FieldControl =
  | { kind: 'text'; placeholderKey?: string; inputMode?: 'numeric' | 'tel' }
  | { kind: 'date' }
  | { kind: 'select'; options: readonly string[] }
  | { kind: 'textarea'; rows?: number; placeholderKey?: string };

export interface FieldSpec {
  id: TextFieldId;
  /** the validation path (core/model) whose problems show next to this field */
  path: string;
  control: FieldControl;
  required?: boolean;
  /** spans the whole row of the grid */
  wide?: boolean;
}

export interface SectionSpec {
  /** i18n key of the section title */
  titleKey: string;
  fields: FieldSpec[];
}

const text: FieldControl = { kind: 'text' };
const date: FieldControl = { kind: 'date' };
const list: FieldControl = { kind: 'text', placeholderKey: 'placeholder_list' };

/** The basic facts; 是否健在 and the needs list are drawn by the editor itself. */
export const BASIC_SECTION: SectionSpec = {
  titleKey: 'section_basic',
  fields: [
    { id: 'name', path: 'name', control: text, required: true },
    { id: 'gender', path: 'gender', control: { kind: 'select', options: GENDERS } },
    { id: 'ethnicity', path: 'ethnicity', control: { kind: 'text', placeholderKey: 'placeholder_ethnicity' } },
    { id: 'nativePlace', path: 'nativePlace', control: text },
    { id: 'idNumber', path: 'idNumber', control: { kind: 'text', placeholderKey: 'placeholder_idNumber' } },
    { id: 'birthDate', path: 'birthDate', control: date },
    { id: 'politicalStatus', path: 'politicalStatus', control: { kind: 'select', options: POLITICAL_STATUSES } },
    { id: 'partyJoinDate', path: 'partyJoinDate', control: date },
    { id: 'category', path: 'category', control: { kind: 'select', options: CATEGORIES }, required: true },
    { id: 'retirementDate', path: 'retirementDate', control: date },
    { id: 'workStartDate', path: 'workStartDate', control: date },
    { id: 'rank', path: 'rank', control: { kind: 'select', options: RANKS } },
    { id: 'rankDetail', path: 'rankDetail', control: { kind: 'text', placeholderKey: 'placeholder_rankDetail' } },
    { id: 'treatmentLevel', path: 'treatmentLevel', control: text },
    { id: 'originalUnit', path: 'originalUnit', control: text },
    { id: 'originalPosition', path: 'originalPosition', control: text },
    { id: 'phone', path: 'phones.0', control: { kind: 'text', inputMode: 'tel', placeholderKey: 'placeholder_phone' } },
    { id: 'phone2', path: 'phones.1', control: { kind: 'text', inputMode: 'tel' } },
    { id: 'address', path: 'address', control: text, wide: true },
  ],
};

export const HEALTH_SECTION: SectionSpec = {
  titleKey: 'section_health',
  fields: [
    { id: 'healthStatus', path: 'health.status', control: { kind: 'select', options: HEALTH_STATUSES } },
    { id: 'healthConditions', path: 'health.conditions', control: list },
    { id: 'careNeeds', path: 'health.careNeeds', control: { kind: 'textarea', rows: 2 }, wide: true },
  ],
};

/** Shown when 是否有生活困难 is ticked. */
export const DIFFICULTY_FIELDS: FieldSpec[] = [
  { id: 'difficultyType', path: 'difficulty.type', control: { kind: 'select', options: DIFFICULTY_TYPES } },
  { id: 'difficultyDescription', path: 'difficulty.description', control: { kind: 'textarea', rows: 2 }, wide: true },
];

export const HOBBY_SECTION: SectionSpec = {
  titleKey: 'section_hobbies',
  fields: [
    { id: 'hobbies', path: 'hobbies', control: list },
    { id: 'specialties', path: 'specialties', control: list },
  ],
};

/** 联系人: the emergency contact and the spouse; 异地居住 is drawn by the editor itself. */
export const CONTACT_SECTION: SectionSpec = {
  titleKey: 'section_contacts',
  fields: [
    { id: 'emergencyName', path: 'emergencyContact.name', control: text },
    { id: 'emergencyRelation', path: 'emergencyContact.relation', control: { kind: 'text', placeholderKey: 'placeholder_relation' } },
    { id: 'emergencyPhone', path: 'emergencyContact.phone', control: { kind: 'text', inputMode: 'tel' } },
    { id: 'spouseName', path: 'spouse.name', control: text },
    { id: 'spouseStatus', path: 'spouse.status', control: { kind: 'select', options: SPOUSE_STATUSES } },
  ],
};

/** Shown when 异地居住 is ticked. */
export const ELSEWHERE_FIELD: FieldSpec = { id: 'elsewhereAddress', path: 'elsewhereAddress', control: text, wide: true };

export const STUDY_SECTION: SectionSpec = {
  titleKey: 'section_study',
  fields: [
    { id: 'partyBranch', path: 'study.partyBranch', control: text },
    { id: 'seniorUniversity', path: 'study.seniorUniversity', control: text },
    { id: 'studyActivities', path: 'study.activities', control: { kind: 'textarea', rows: 2 }, wide: true },
  ],
};

export const NOTES_FIELD: FieldSpec = {
  id: 'notes',
  path: 'notes',
  control: { kind: 'textarea', rows: 3 },
  wide: true,
};

export const TAGS_FIELD: FieldSpec = { id: 'tags', path: 'tags', control: { kind: 'text', placeholderKey: 'placeholder_tags' }, wide: true };

/** Every field drawn from a spec, in order. */
export const ALL_FIELDS: readonly FieldSpec[] = [
  ...BASIC_SECTION.fields,
  ...HEALTH_SECTION.fields,
  ...DIFFICULTY_FIELDS,
  ...HOBBY_SECTION.fields,
  ...CONTACT_SECTION.fields,
  ELSEWHERE_FIELD,
  ...STUDY_SECTION.fields,
  NOTES_FIELD,
  TAGS_FIELD,
];

/** Whether a validation problem at `problemPath` belongs to the field at `fieldPath` (lists: any item). */
export function pathBelongsTo(problemPath: string, fieldPath: string): boolean {
  return problemPath === fieldPath || problemPath.startsWith(`${fieldPath}.`);
}

/** Every field path the editor shows, so problems elsewhere can be listed at the top. */
export function shownPaths(): string[] {
  return [...ALL_FIELDS.map((f) => f.path), 'alive', 'deathDate', 'difficulty.has', 'needs', 'health.hospitalisations', 'lunarBirthday', 'livesElsewhere'];
}

/**
 * The i18n key of the label for a validation path (`phones.0` → field_phone), for problems listed
 * away from their field (import preview); undefined for data the editor does not show.
 */
export function labelKeyForPath(path: string): string | undefined {
  const exact = ALL_FIELDS.find((f) => pathBelongsTo(path, f.path));
  if (exact) return `field_${exact.id}`;
  if (pathBelongsTo(path, 'phones')) return 'field_phone';
  if (pathBelongsTo(path, 'alive')) return 'field_alive';
  if (pathBelongsTo(path, 'deathDate')) return 'field_deathDate';
  if (pathBelongsTo(path, 'difficulty.recognisedOn')) return 'field_difficultyRecognisedOn';
  if (pathBelongsTo(path, 'difficulty')) return 'field_difficultyHas';
  if (pathBelongsTo(path, 'needs')) return 'field_needs';
  if (pathBelongsTo(path, 'health.hospitalisations')) return 'field_hospitalisations';
  if (pathBelongsTo(path, 'lunarBirthday')) return 'field_lunarBirthday';
  if (pathBelongsTo(path, 'livesElsewhere')) return 'field_livesElsewhere';
  if (pathBelongsTo(path, 'study')) return 'section_study';
  if (path === 'id') return 'field_recordId';
  return undefined;
}
