import { z } from 'zod';
import { isoDate, optionalText, pastDate, phone, text } from './fields';
import { recordMeta } from './record';
import { todayInShanghai } from './validators/dates';
import { parseIdNumber } from './validators/id-number';
import {
  CATEGORIES,
  DIFFICULTY_TYPES,
  GENDERS,
  HEALTH_STATUSES,
  NEED_CATEGORIES,
  POLITICAL_STATUSES,
  RANKS,
  SPOUSE_STATUSES,
} from './vocab';

/** A cadre of the ledger (老干部台账): the "six things to know" (六清楚) and the rest of the file. */

const hospitalisation = z.strictObject({
  admittedOn: isoDate,
  dischargedOn: isoDate.optional(),
  hospital: text(100).min(1, 'err_required'),
  department: optionalText(60),
  diagnosis: optionalText(200),
});

export const cadreFields = z.strictObject({
  // 基本情况
  name: text(30).min(1, 'err_name_required'),
  gender: z.enum(GENDERS, 'err_choose_one').optional(),
  ethnicity: optionalText(20),
  nativePlace: optionalText(60),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((id, ctx) => {
      const r = parseIdNumber(id, todayInShanghai());
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error });
    })
    .optional(),
  birthDate: pastDate.optional(),
  /** 农历生日: some cadres keep their birthday by the lunar calendar. */
  lunarBirthday: z.boolean().optional(),
  politicalStatus: z.enum(POLITICAL_STATUSES, 'err_choose_one').optional(),
  partyJoinDate: pastDate.optional(),
  workStartDate: pastDate.optional(),
  originalUnit: optionalText(100),
  originalPosition: optionalText(60),
  rank: z.enum(RANKS, 'err_choose_one').optional(),
  /** the grade as the office writes it (一级巡视员, 正处 ...), when finer than `rank` */
  rankDetail: optionalText(40),
  category: z.enum(CATEGORIES, 'err_choose_one'),
  retirementDate: pastDate.optional(),
  treatmentLevel: optionalText(40),
  phones: z.array(phone).max(5).default([]),
  address: optionalText(200),
  livesElsewhere: z.boolean().default(false),
  elsewhereAddress: optionalText(200),
  emergencyContact: z
    .strictObject({ name: text(30), relation: optionalText(20), phone: phone.optional() })
    .optional(),
  spouse: z
    .strictObject({ name: optionalText(30), status: z.enum(SPOUSE_STATUSES, 'err_choose_one').optional() })
    .optional(),
  // 身体状况
  health: z
    .strictObject({
      status: z.enum(HEALTH_STATUSES, 'err_choose_one').optional(),
      conditions: z.array(text(60)).max(30).default([]),
      hospitalisations: z.array(hospitalisation).max(200).default([]),
      careNeeds: optionalText(500),
    })
    .default({ conditions: [], hospitalisations: [] }),
  // 生活困难
  difficulty: z
    .strictObject({
      has: z.boolean(),
      type: z.enum(DIFFICULTY_TYPES, 'err_choose_one').optional(),
      description: optionalText(1000),
      recognisedOn: isoDate.optional(),
    })
    .default({ has: false }),
  // 爱好特长
  hobbies: z.array(text(30)).max(30).default([]),
  specialties: z.array(text(30)).max(30).default([]),
  // 学习活动
  study: z
    .strictObject({
      partyBranch: optionalText(60),
      activities: optionalText(1000),
      seniorUniversity: optionalText(60),
    })
    .default({}),
  // 当前需求
  needs: z
    .array(z.strictObject({ category: z.enum(NEED_CATEGORIES, 'err_choose_one'), text: text(500), recordedOn: isoDate.optional() }))
    .max(50)
    .default([]),
  alive: z.boolean().default(true),
  deathDate: pastDate.optional(),
  tags: z.array(text(20)).max(30).default([]),
  notes: optionalText(5000),
});

type CadreFieldsOut = z.output<typeof cadreFields>;

/**
 * Cross-field rules: the ID number decides birth date and gender; death comes after birth. Field
 * rules (a valid ID number, no date in the future) sit on the fields, so they are reported even
 * when another field is wrong.
 */
function checkCadre(c: CadreFieldsOut, ctx: z.RefinementCtx): void {
  if (c.idNumber) {
    const r = parseIdNumber(c.idNumber, todayInShanghai());
    if (r.ok) {
      if (c.birthDate && c.birthDate !== r.info.birthDate)
        ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'err_birth_mismatch_id' });
      if (c.gender && c.gender !== r.info.gender)
        ctx.addIssue({ code: 'custom', path: ['gender'], message: 'err_gender_mismatch_id' });
    }
  }
  if (c.birthDate && c.deathDate && c.deathDate < c.birthDate)
    ctx.addIssue({ code: 'custom', path: ['deathDate'], message: 'err_death_before_birth' });
  if (c.alive && c.deathDate) ctx.addIssue({ code: 'custom', path: ['alive'], message: 'err_alive_with_death_date' });
}

/**
 * What a person enters for a cadre (options page, spreadsheet import). Parsing fills defaults and
 * normalises; `normalizeCadreInput` then derives birth date and gender from the ID number.
 */
export const cadreInput = cadreFields.superRefine(checkCadre);
export type CadreInput = z.input<typeof cadreInput>;

/** A stored cadre. `pinyin` and `initials` are derived for search and kept with the record. */
export const cadre = cadreFields
  .extend({
    ...recordMeta,
    pinyin: z.string().max(200).default(''),
    initials: z.string().max(60).default(''),
  })
  .superRefine(checkCadre);
export type Cadre = z.output<typeof cadre>;

/** Fills birth date and gender from a valid ID number and stores its 18-digit form. */
export function deriveFromIdNumber<T extends { idNumber?: string; birthDate?: string; gender?: '男' | '女' }>(
  c: T,
  today = todayInShanghai(),
): T & { birthDate?: string; gender?: '男' | '女' } {
  if (!c.idNumber) return c;
  const r = parseIdNumber(c.idNumber, today);
  if (!r.ok) return c;
  return { ...c, idNumber: r.info.normalized, birthDate: c.birthDate ?? r.info.birthDate, gender: c.gender ?? r.info.gender };
}
