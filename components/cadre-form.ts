import {
  cadreFields,
  parseChineseDate,
  parseIdNumber,
  type CadreInput,
  type IdNumberError,
  type IsoDate,
} from '../core/model';

/**
 * The cadre editor's form state and its translation to and from the record. The form holds
 * what the person typed (strings, a few booleans); `formToInput` builds the `CadreInput` that the
 * background validates, keeping every field of the loaded record that the form does not show.
 */

export interface NeedRow {
  category: string;
  text: string;
  recordedOn?: string;
}

/** One hospital stay as the form holds it (dates as typed). */
export interface HospitalRow {
  admittedOn: string;
  dischargedOn: string;
  hospital: string;
  department: string;
  diagnosis: string;
}

export interface CadreFormValues {
  name: string;
  gender: string;
  ethnicity: string;
  nativePlace: string;
  idNumber: string;
  birthDate: string;
  politicalStatus: string;
  partyJoinDate: string;
  workStartDate: string;
  category: string;
  retirementDate: string;
  rank: string;
  rankDetail: string;
  treatmentLevel: string;
  originalUnit: string;
  originalPosition: string;
  phone: string;
  phone2: string;
  address: string;
  livesElsewhere: boolean;
  elsewhereAddress: string;
  lunarBirthday: boolean;
  emergencyName: string;
  emergencyRelation: string;
  emergencyPhone: string;
  spouseName: string;
  spouseStatus: string;
  tags: string;
  alive: boolean;
  deathDate: string;
  healthStatus: string;
  healthConditions: string;
  careNeeds: string;
  hospitalisations: HospitalRow[];
  difficultyHas: boolean;
  difficultyType: string;
  difficultyDescription: string;
  hobbies: string;
  specialties: string;
  partyBranch: string;
  seniorUniversity: string;
  studyActivities: string;
  needs: NeedRow[];
  notes: string;
}

/** The text fields of the form (everything but the booleans and the lists of rows). */
export type TextFieldId = {
  [K in keyof CadreFormValues]: CadreFormValues[K] extends string ? K : never;
}[keyof CadreFormValues];

export function emptyForm(): CadreFormValues {
  return {
    name: '',
    gender: '',
    ethnicity: '',
    nativePlace: '',
    idNumber: '',
    birthDate: '',
    politicalStatus: '',
    partyJoinDate: '',
    workStartDate: '',
    category: '',
    retirementDate: '',
    rank: '',
    rankDetail: '',
    treatmentLevel: '',
    originalUnit: '',
    originalPosition: '',
    phone: '',
    phone2: '',
    address: '',
    livesElsewhere: false,
    elsewhereAddress: '',
    lunarBirthday: false,
    emergencyName: '',
    emergencyRelation: '',
    emergencyPhone: '',
    spouseName: '',
    spouseStatus: '',
    tags: '',
    alive: true,
    deathDate: '',
    healthStatus: '',
    healthConditions: '',
    careNeeds: '',
    hospitalisations: [],
    difficultyHas: false,
    difficultyType: '',
    difficultyDescription: '',
    hobbies: '',
    specialties: '',
    partyBranch: '',
    seniorUniversity: '',
    studyActivities: '',
    needs: [],
    notes: '',
  };
}

/** What the editor loads: a record as stored (envelope fields are ignored). */
export type CadreLike = Partial<Record<string, unknown>> & Partial<CadreInput>;

const LIST_SEPARATOR = '、';
const joinList = (items: readonly string[] | undefined) => (items ?? []).join(LIST_SEPARATOR);

/** The form showing a stored cadre. */
export function formFromCadre(c: CadreLike): CadreFormValues {
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    ...emptyForm(),
    name: s(c.name),
    gender: s(c.gender),
    ethnicity: s(c.ethnicity),
    nativePlace: s(c.nativePlace),
    idNumber: s(c.idNumber),
    birthDate: s(c.birthDate),
    politicalStatus: s(c.politicalStatus),
    partyJoinDate: s(c.partyJoinDate),
    workStartDate: s(c.workStartDate),
    category: s(c.category),
    retirementDate: s(c.retirementDate),
    rank: s(c.rank),
    rankDetail: s(c.rankDetail),
    treatmentLevel: s(c.treatmentLevel),
    originalUnit: s(c.originalUnit),
    originalPosition: s(c.originalPosition),
    phone: s(c.phones?.[0]),
    phone2: s(c.phones?.[1]),
    address: s(c.address),
    livesElsewhere: c.livesElsewhere ?? false,
    elsewhereAddress: s(c.elsewhereAddress),
    lunarBirthday: c.lunarBirthday ?? false,
    emergencyName: s(c.emergencyContact?.name),
    emergencyRelation: s(c.emergencyContact?.relation),
    emergencyPhone: s(c.emergencyContact?.phone),
    spouseName: s(c.spouse?.name),
    spouseStatus: s(c.spouse?.status),
    tags: joinList(c.tags),
    alive: c.alive ?? true,
    deathDate: s(c.deathDate),
    healthStatus: s(c.health?.status),
    healthConditions: joinList(c.health?.conditions),
    careNeeds: s(c.health?.careNeeds),
    hospitalisations: (c.health?.hospitalisations ?? []).map((h) => ({
      admittedOn: s(h.admittedOn),
      dischargedOn: s(h.dischargedOn),
      hospital: s(h.hospital),
      department: s(h.department),
      diagnosis: s(h.diagnosis),
    })),
    difficultyHas: c.difficulty?.has ?? false,
    difficultyType: s(c.difficulty?.type),
    difficultyDescription: s(c.difficulty?.description),
    hobbies: joinList(c.hobbies),
    specialties: joinList(c.specialties),
    partyBranch: s(c.study?.partyBranch),
    seniorUniversity: s(c.study?.seniorUniversity),
    studyActivities: s(c.study?.activities),
    needs: (c.needs ?? []).map((n) => ({ category: n.category, text: n.text, recordedOn: typeof n.recordedOn === 'string' ? n.recordedOn : undefined })),
    notes: s(c.notes),
  };
}

/** `书法、太极拳, 京剧` → ['书法', '太极拳', '京剧'] */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** An optional text: empty means absent. */
const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/** A date as typed (`1945年3月1日`, `1945/3/1` …) in ISO form; unparsable text is kept for the validator to flag. */
export function normalizeDateText(v: string): string | undefined {
  const t = opt(v);
  return t === undefined ? undefined : (parseChineseDate(t) ?? t);
}

const anyText = (...values: string[]) => values.some((v) => v.trim() !== '');

/** Drops undefined members so the record carries no empty keys. */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Keeps only the fields a cadre input may have (no id, timestamps or derived search keys). */
export function inputFieldsOf(c: CadreLike): Partial<CadreInput> {
  const allowed = new Set(Object.keys(cadreFields.shape));
  return Object.fromEntries(Object.entries(c).filter(([k]) => allowed.has(k))) as Partial<CadreInput>;
}

/**
 * The `CadreInput` for the form, on top of `base` (the loaded record, or nothing for a new one),
 * so fields the form does not show survive an edit.
 */
export function formToInput(v: CadreFormValues, base: CadreLike = {}): CadreInput {
  const b = inputFieldsOf(base);
  const phones = [v.phone, v.phone2].map((p) => p.trim()).filter(Boolean).concat((b.phones ?? []).slice(2));
  return compact({
    ...b,
    name: v.name.trim(),
    gender: opt(v.gender) as CadreInput['gender'],
    ethnicity: opt(v.ethnicity),
    nativePlace: opt(v.nativePlace),
    idNumber: opt(v.idNumber)?.replace(/\s+/g, ''),
    birthDate: normalizeDateText(v.birthDate),
    politicalStatus: opt(v.politicalStatus) as CadreInput['politicalStatus'],
    partyJoinDate: normalizeDateText(v.partyJoinDate),
    workStartDate: normalizeDateText(v.workStartDate),
    category: opt(v.category) as CadreInput['category'],
    retirementDate: normalizeDateText(v.retirementDate),
    rank: opt(v.rank) as CadreInput['rank'],
    rankDetail: opt(v.rankDetail),
    treatmentLevel: opt(v.treatmentLevel),
    originalUnit: opt(v.originalUnit),
    originalPosition: opt(v.originalPosition),
    phones,
    address: opt(v.address),
    livesElsewhere: v.livesElsewhere,
    elsewhereAddress: v.livesElsewhere ? opt(v.elsewhereAddress) : undefined,
    // a lunar birthday is said only when ticked, or kept as loaded
    lunarBirthday: v.lunarBirthday || b.lunarBirthday !== undefined ? v.lunarBirthday : undefined,
    emergencyContact: anyText(v.emergencyName, v.emergencyRelation, v.emergencyPhone)
      ? compact({ name: v.emergencyName.trim(), relation: opt(v.emergencyRelation), phone: opt(v.emergencyPhone) })
      : undefined,
    spouse: anyText(v.spouseName, v.spouseStatus)
      ? compact({ name: opt(v.spouseName), status: opt(v.spouseStatus) as NonNullable<CadreInput['spouse']>['status'] })
      : undefined,
    tags: splitList(v.tags),
    alive: v.alive,
    deathDate: v.alive ? undefined : normalizeDateText(v.deathDate),
    health: compact({
      ...b.health,
      status: opt(v.healthStatus) as NonNullable<CadreInput['health']>['status'],
      conditions: splitList(v.healthConditions),
      careNeeds: opt(v.careNeeds),
      hospitalisations: v.hospitalisations
        .filter((h) => anyText(h.admittedOn, h.dischargedOn, h.hospital, h.department, h.diagnosis))
        .map((h) =>
          compact({
            admittedOn: normalizeDateText(h.admittedOn) ?? '',
            dischargedOn: normalizeDateText(h.dischargedOn),
            hospital: h.hospital.trim(),
            department: opt(h.department),
            diagnosis: opt(h.diagnosis),
          }),
        ),
    }),
    difficulty: compact({
      ...b.difficulty,
      has: v.difficultyHas,
      type: v.difficultyHas ? (opt(v.difficultyType) as NonNullable<CadreInput['difficulty']>['type']) : undefined,
      description: v.difficultyHas ? opt(v.difficultyDescription) : undefined,
    }),
    hobbies: splitList(v.hobbies),
    specialties: splitList(v.specialties),
    study: compact({
      ...b.study,
      partyBranch: opt(v.partyBranch),
      seniorUniversity: opt(v.seniorUniversity),
      activities: opt(v.studyActivities),
    }),
    needs: v.needs
      .filter((n) => n.text.trim() !== '' || n.category !== '')
      .map((n) =>
        compact({
          category: n.category as NonNullable<CadreInput['needs']>[number]['category'],
          text: n.text.trim(),
          recordedOn: n.recordedOn,
        }),
      ),
    notes: opt(v.notes),
  } as CadreInput);
}

/** What the ID number says about the rest of the form. */
export interface IdCheck {
  /** why the ID number is invalid (an i18n key), when it is complete enough to judge */
  error?: IdNumberError;
  /** set when the ID number is valid */
  birthDate?: IsoDate;
  gender?: '男' | '女';
  /** a legacy 15-digit number that will be stored in its 18-character form */
  convertedFrom15?: boolean;
  birthMismatch: boolean;
  genderMismatch: boolean;
}

/** Compares the ID number with the birth date and gender in the form. */
export function checkIdAgainstForm(v: CadreFormValues, today: IsoDate): IdCheck {
  const raw = v.idNumber.replace(/\s+/g, '');
  if (raw === '') return { birthMismatch: false, genderMismatch: false };
  const r = parseIdNumber(raw, today);
  if (!r.ok) return { error: r.error, birthMismatch: false, genderMismatch: false };
  const birth = normalizeDateText(v.birthDate);
  return {
    birthDate: r.info.birthDate,
    gender: r.info.gender,
    convertedFrom15: r.info.convertedFrom15,
    birthMismatch: birth !== undefined && birth !== r.info.birthDate,
    genderMismatch: v.gender !== '' && v.gender !== r.info.gender,
  };
}

/**
 * The form after the person typed `idNumber`: a valid ID number fills the birth date and gender
 * when they are still empty (it never overwrites what the person entered).
 */
export function withIdNumber(v: CadreFormValues, idNumber: string, today: IsoDate): CadreFormValues {
  const next = { ...v, idNumber };
  const r = parseIdNumber(idNumber.replace(/\s+/g, ''), today);
  if (!r.ok) return next;
  if (next.birthDate.trim() === '') next.birthDate = r.info.birthDate;
  if (next.gender === '') next.gender = r.info.gender;
  return next;
}
