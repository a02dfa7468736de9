import { FIELD_KEYS, rowKey, type FieldKey, type FieldKeyInfo } from '../model/field-keys';
import {
  GLOBAL_NEGATIVE_LABEL,
  GLOBAL_NEGATIVE_TOKEN,
  LEXICON,
  ROLE_HINTS,
  UPPER_FILLER,
  UPPER_LABEL,
  UPPER_TOKEN,
  UPPER_TWIN,
  type LexiconEntry,
  type Pattern,
} from './lexicon';
import { addCompanions, assignOrphanUppers } from './companions';
import { identifierTokens, isMeaninglessLabel, normalizeLabel } from './normalize';
import type { FieldAssignment, FieldSnapshot, FormRole, LabelSource, WidgetKind } from './types';

/**
 * Field matching: score every snapshot against the lexicon, then give each key to one field
 * (greedy by score). Detail-table columns are assigned once per row. See lexicon.ts for the data.
 */

/** A key a field could mean. `@upper` is an amount in words whose money field is decided by position. */
export interface Candidate {
  key: FieldKey | typeof ORPHAN_UPPER;
  score: number;
}

export const ORPHAN_UPPER = '@upper';

/** How much a label source is trusted; attributes (name, id) come last. */
const SOURCE_WEIGHT: Record<LabelSource, number> = {
  'label-for': 1,
  'label-wrap': 1,
  'aria-labelledby': 1,
  'form-item': 1,
  'table-left': 1,
  dt: 1,
  'label-for-name': 0.95,
  'aria-label': 0.95,
  attribute: 0.95,
  title: 0.9,
  preceding: 0.85,
  'table-top': 0.85,
  placeholder: 0.75,
};
const IDENTIFIER_WEIGHT = 0.6;
/** Longer "labels" are sentences picked up by the preceding-text rule, not labels. */
const MAX_LABEL_LENGTH = 24;

const EXCLUDED_INPUT_TYPES = new Set(['password', 'search', 'file', 'submit', 'button', 'reset', 'image']);

/** Section words that name another person: 领取人信息 + 姓名 is not the cadre's name. */
const OTHER_PERSON_SECTION = /领取|遗属|家属|配偶|联系人|经办|报销人|申请人|收款|代领|紧急|子女|亲属/;
const SECTION_FILLER = /(?:基本)?(?:信息|情况|资料|概况)$/;
/** A title row naming the whole form (离退休干部慰问审批表) is not a section of it. */
const FORM_TITLE = /(?:表|单|表格|申请|审批)$/;
const MAX_SECTION_PREFIX = 8;

const LEXICON_ORDER = new Map<FieldKey, number>(LEXICON.map((e, i) => [e.key, i]));

/** The best score of the patterns that apply on a form of `role` (null: role-free patterns only). */
function patternScore(patterns: Pattern[] | undefined, text: string, role: FormRole | null): number {
  let best = 0;
  for (const pat of patterns ?? []) {
    if (pat.score > best && (pat.role === undefined || pat.role === role) && pat.re.test(text)) best = pat.score;
  }
  return best;
}

function entriesFor(row: boolean): readonly LexiconEntry[] {
  return row ? ROW_ENTRIES : FORM_ENTRIES;
}
const ROW_ENTRIES = LEXICON.filter((e) => e.row === true);
const FORM_ENTRIES = LEXICON.filter((e) => e.row !== true);

function lexiconScores(text: string, role: FormRole | null, row: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of entriesFor(row)) {
    if (entry.negative?.test(text)) continue;
    const score = patternScore(entry.labels, text, role);
    if (score > 0) out.push({ key: entry.key, score });
  }
  return out;
}

/** Money candidates become their amount-in-words twin; everything else is dropped. */
function toUpperTwins(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const twin = c.key === ORPHAN_UPPER ? undefined : UPPER_TWIN[c.key];
    if (twin) out.push({ key: twin, score: c.score });
  }
  return out;
}

/**
 * Scores one normalised label against the lexicon. A label asking for 大写 is matched without
 * that word and only an amount-in-words key can come out of it; a bare 大写 / 金额（大写） gives
 * the positional `@upper`.
 */
export function scoreLabel(text: string, role: FormRole | null, row = false): Candidate[] {
  if (isMeaninglessLabel(text) || text.length > MAX_LABEL_LENGTH) return [];
  // 小写 only says "in digits": 合计金额（小写） is 合计金额
  text = text.replace(/^(.{2,}?)\(?小写\)?$/, '$1');
  if (UPPER_LABEL.test(text)) {
    if (row) return [];
    const base = text.replace(/人民币|rmb|大写|小写/g, '');
    if (base.replace(UPPER_FILLER, '') === '') return [{ key: ORPHAN_UPPER, score: 0.9 }];
    return toUpperTwins(lexiconScores(base, role, false));
  }
  return lexiconScores(text, role, row);
}

/**
 * Label and identifier scores are memoised: a form repeats its labels (detail rows) and the
 * same labels and names come back on every fill. The caches are bounded, keyed by the text
 * itself, and only hold pure results (never anything read from a page).
 */
/** Per role and row flag, then by text: lookups need no composed key strings (hashing new strings costs). */
const scoreCaches = new Map<FormRole | null, [Map<string, Candidate[]>, Map<string, Candidate[]>]>();
const identifierCaches = new Map<FormRole | null, [Map<string, Candidate[]>, Map<string, Candidate[]>]>();
const textCache = new Map<string, string>();
const tokenCache = new Map<string, string[]>();
const negativeLabelCache = new Map<string, boolean>();
const negativeIdCache = new Map<string, boolean>();
const CACHE_LIMIT = 20_000;

function cached<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    v = compute();
    cache.set(key, v);
  }
  return v;
}

/** identifierTokens(id), memoised (callers must not change the array). */
function tokensOf(id: string): readonly string[] {
  return id === '' ? [] : cached(tokenCache, id, () => identifierTokens(id));
}

/** normalizeLabel(raw).text, memoised. */
function labelText(raw: string): string {
  return cached(textCache, raw, () => normalizeLabel(raw).text);
}

/** The cache of one role and row flag. */
function cacheOf(caches: typeof scoreCaches, role: FormRole | null, row: boolean): Map<string, Candidate[]> {
  let pair = caches.get(role);
  if (!pair) caches.set(role, (pair = [new Map(), new Map()]));
  return pair[row ? 1 : 0];
}

function scoreLabelCached(text: string, role: FormRole | null, row: boolean): Candidate[] {
  const cache = cacheOf(scoreCaches, role, row);
  const hit = cache.get(text);
  return hit ?? cached(cache, text, () => scoreLabel(text, role, row));
}

/** Scores a name or id by its tokens (and by the whole identifier, separators removed). */
export function scoreIdentifier(identifier: string, role: FormRole, row = false): Candidate[] {
  if (identifier === '') return [];
  const cache = cacheOf(identifierCaches, role, row);
  const hit = cache.get(identifier);
  return hit ?? cached(cache, identifier, () => scoreIdentifierTokens(tokensOf(identifier), role, row));
}

function scoreIdentifierTokens(tokens: readonly string[], role: FormRole, row: boolean): Candidate[] {
  if (tokens.length === 0) return [];
  const whole = tokens.join('');
  const out: Candidate[] = [];
  for (const entry of entriesFor(row)) {
    let best = patternScore(entry.attrs, whole, role);
    for (const t of tokens) best = Math.max(best, patternScore(entry.attrs, t, role));
    if (best > 0) out.push({ key: entry.key, score: best });
  }
  return out;
}

/** Whether a field must never be filled: passwords, searches, captchas, login forms. */
export function isExcluded(s: FieldSnapshot): boolean {
  if (s.formKind !== undefined || EXCLUDED_INPUT_TYPES.has(s.inputType)) return true;
  for (const l of s.labels) {
    if (cached(negativeLabelCache, l.text, () => GLOBAL_NEGATIVE_LABEL.test(labelText(l.text)))) return true;
  }
  return negativeIdentifier(s.name) || negativeIdentifier(s.id);
}

function negativeIdentifier(id: string): boolean {
  return id !== '' && cached(negativeIdCache, id, () => tokensOf(id).some((t) => GLOBAL_NEGATIVE_TOKEN.test(t)));
}

/** Which widgets can hold a value of which key kind. */
function fits(kind: FieldKeyInfo['kind'], widget: WidgetKind): boolean {
  switch (widget) {
    case 'radio-group':
    case 'checkbox-group':
    case 'checkbox':
      return kind === 'choice';
    case 'date':
      return kind === 'date';
    case 'number':
      return kind === 'money' || kind === 'number' || kind === 'phone';
    case 'select':
      return kind !== 'longtext' && kind !== 'date' && kind !== 'moneyUpper';
    case 'textarea':
    case 'contenteditable':
      return kind === 'longtext' || kind === 'text';
    case 'hidden':
      return false;
    default:
      return true;
  }
}

function mergeMax(into: Map<Candidate['key'], number>, cands: Candidate[], weight: number): void {
  for (const c of cands) {
    const s = c.score * weight;
    if (s > (into.get(c.key) ?? 0)) into.set(c.key, s);
  }
}

function sectionPrefix(section: string | undefined): string | undefined {
  if (!section) return undefined;
  const text = labelText(section);
  if (FORM_TITLE.test(text)) return undefined;
  const stem = text.replace(SECTION_FILLER, '');
  return stem === '' || stem.length > MAX_SECTION_PREFIX ? undefined : stem;
}

/**
 * All keys a snapshot could mean, best first. Labels count by their source's weight, the name
 * and id less; the section (row group) is read in front of the label when it names a person.
 */
export function scoreSnapshot(s: FieldSnapshot, role: FormRole): Candidate[] {
  if (s.kind === 'hidden' || isExcluded(s)) return [];
  const row = s.row !== undefined;
  const scores = new Map<Candidate['key'], number>();
  const prefix = row ? undefined : sectionPrefix(s.section);

  for (const label of s.labels) {
    const text = labelText(label.text);
    const weight = SOURCE_WEIGHT[label.source];
    if (prefix !== undefined && !text.startsWith(prefix)) {
      const combined = scoreLabelCached(prefix + text, role, row);
      if (combined.length > 0) {
        mergeMax(scores, combined, weight);
        continue;
      }
      if (OTHER_PERSON_SECTION.test(prefix)) continue;
    }
    mergeMax(scores, scoreLabelCached(text, role, row), weight);
  }

  mergeMax(scores, scoreIdentifier(s.name, role, row), IDENTIFIER_WEIGHT);
  if (s.id !== s.name) mergeMax(scores, scoreIdentifier(s.id, role, row), IDENTIFIER_WEIGHT);

  let cands: Candidate[] = [];
  for (const [key, score] of scores) cands.push({ key, score });
  if ((upperIdentifier(s.name) || upperIdentifier(s.id)) && cands.some((c) => c.key !== ORPHAN_UPPER && UPPER_TWIN[c.key])) {
    // e-cology field_chinglish123 sits in the 慰问金额 cell: same label, but it is the 大写 twin.
    const twins = toUpperTwins(cands);
    cands = [...cands.filter((c) => c.key === ORPHAN_UPPER || !UPPER_TWIN[c.key]), ...twins];
  }

  const factor = (s.visible ? 1 : 0.9) * (s.disabled ? 0.9 : 1) * (s.readonly ? 0.97 : 1);
  const out: Candidate[] = [];
  for (const c of cands) {
    const keep = c.key === ORPHAN_UPPER ? s.kind === 'text' || s.kind === 'textarea' : fits(FIELD_KEYS[c.key].kind, s.kind);
    if (keep) out.push({ key: c.key, score: Math.round(c.score * factor * 1000) / 1000 });
  }
  return out.length > 1 ? out.sort((a, b) => b.score - a.score || keyOrder(a.key) - keyOrder(b.key)) : out;
}

function upperIdentifier(id: string): boolean {
  return id !== '' && tokensOf(id).some((t) => UPPER_TOKEN.test(t));
}

function keyOrder(key: Candidate['key']): number {
  return key === ORPHAN_UPPER ? LEXICON.length : (LEXICON_ORDER.get(key) ?? LEXICON.length);
}

/**
 * Which form this is: a heading or title saying 报销 or 慰问 decides; otherwise the fields whose
 * labels mean a key of one form whatever the form (慰问形式, 原工作单位 / 报销人, 附件张数) are
 * counted. Ties and empty forms count as a visit form, the office's main one.
 */
export function detectRole(snapshots: readonly FieldSnapshot[], headings: readonly string[] = []): FormRole {
  for (const hint of ROLE_HINTS) if (headings.some((h) => hint.re.test(h))) return hint.role;
  let visit = 0;
  let expense = 0;
  for (const s of snapshots) {
    if (s.row !== undefined || s.kind === 'hidden') continue;
    const keys = new Set(s.labels.flatMap((l) => scoreLabelCached(labelText(l.text), null, false).map((c) => c.key)));
    if ([...keys].some((k) => k.startsWith('visit.') || k.startsWith('cadre.'))) visit++;
    if ([...keys].some((k) => k.startsWith('expense.'))) expense++;
  }
  return expense > visit ? 'expense' : 'visit';
}

export interface AssignOptions {
  role?: FormRole;
  headings?: readonly string[];
  /** snapshots already decided (by a site map): neither they nor their keys are given again */
  fixed?: readonly FieldAssignment[];
  /** snapshots the person told CareFill to leave alone */
  ignored?: ReadonlySet<number>;
}

/**
 * Assigns logical keys to snapshots with the lexicon: one key per field and one field per key
 * (greedy by score, ties by field order then lexicon order), except detail-row columns which are
 * keyed per row (`expense.row.amount[2]`). Then orphan 大写 fields take the twin of the money
 * field next to them, and hidden value inputs join the visible field of their cell.
 */
export function assignByLexicon(snapshots: readonly FieldSnapshot[], opts: AssignOptions = {}): FieldAssignment[] {
  const role = opts.role ?? detectRole(snapshots, opts.headings);
  const result: FieldAssignment[] = [...(opts.fixed ?? [])];
  const takenKeys = new Set(result.map((a) => a.key));
  const doneFields = new Set(result.map((a) => a.snapshotIndex));
  for (const i of opts.ignored ?? []) doneFields.add(i);

  const all: { index: number; key: Candidate['key']; score: number }[] = [];
  const orphanUpper = new Map<number, number>();
  snapshots.forEach((s, index) => {
    if (doneFields.has(index)) return;
    for (const c of scoreSnapshot(s, role)) {
      if (c.key === ORPHAN_UPPER) orphanUpper.set(index, c.score);
      else all.push({ index, key: c.key, score: c.score });
    }
  });
  all.sort((a, b) => b.score - a.score || a.index - b.index || keyOrder(a.key) - keyOrder(b.key));

  for (const c of all) {
    if (doneFields.has(c.index) || c.key === ORPHAN_UPPER) continue;
    const row = snapshots[c.index]?.row;
    const key = row !== undefined ? rowKey(c.key, row) : c.key;
    if (takenKeys.has(key)) continue;
    takenKeys.add(key);
    doneFields.add(c.index);
    result.push({ snapshotIndex: c.index, key, score: c.score, via: 'lexicon' });
  }

  assignOrphanUppers(snapshots, result, orphanUpper, takenKeys, doneFields, role);
  addCompanions(snapshots, result, doneFields);
  return result.sort((a, b) => a.snapshotIndex - b.snapshotIndex);
}
