import { birthdayAge } from '../calendar/age';
import type { FieldKey } from '../model/field-keys';
import { parseIdNumber } from '../model/validators/id-number';
import { fenToRmbUpper, yuanToFen } from '../model/validators/rmb';
import type { IsoDate } from '../model/validators/dates';
import { formatAmountField } from '../rules/money';
import type { RenderableTemplate, RenderContext } from './context';
import { defaultAmount } from './default-amount';
import { PLACEHOLDERS, isPlaceholderName, type Resolved } from './placeholders';
import { defaultSalutation } from './salutation';
import { findPlaceholders } from './scan';

/**
 * Rendering a template for a cadre and an occasion: the logical form fields as plain strings
 * (never HTML; the fill layer writes them as values). Text from the ledger is copied, not
 * interpreted.
 */

export type RenderedValues = Partial<Record<FieldKey, string>>;

export interface RenderReport {
  values: RenderedValues;
  /** placeholder names outside the vocabulary (left as typed in the output) */
  unknown: string[];
  /** known placeholders with nothing to put in (rendered empty): 医院 without a hospital ... */
  missing: string[];
  /** where the amounts came from */
  amountSource: 'template' | 'standard' | 'none';
}

interface Amounts {
  cashFen?: number;
  goodsFen?: number;
  totalFen?: number;
  source: RenderReport['amountSource'];
}

function birthDateOf(ctx: RenderContext): IsoDate | undefined {
  const c = ctx.cadre;
  if (c?.birthDate) return c.birthDate;
  if (!c?.idNumber) return undefined;
  const parsed = parseIdNumber(c.idNumber, ctx.today);
  return parsed.ok ? parsed.info.birthDate : undefined;
}

/**
 * The template's amounts, or the standard's cap for the visit: to the cash for 慰问金 (or no form
 * given), to the goods for 慰问品, to the total only for 慰问金和慰问品 (the split is the person's).
 */
function resolveAmounts(t: RenderableTemplate, r: Omit<Resolved, 'cashFen' | 'goodsFen' | 'totalFen' | 'salutation'>): Amounts {
  if (t.amount !== undefined || t.goodsValue !== undefined) {
    const cashFen = t.amount === undefined ? undefined : yuanToFen(t.amount);
    const goodsFen = t.goodsValue === undefined ? undefined : yuanToFen(t.goodsValue);
    return { cashFen, goodsFen, totalFen: (cashFen ?? 0) + (goodsFen ?? 0), source: 'template' };
  }
  const c = r.ctx.cadre;
  const yuan = defaultAmount(r.ctx.standard, { visitType: r.visitType, festival: r.festival, tier: r.tier, category: c?.category, rank: c?.rank });
  if (yuan === undefined) return { source: 'none' };
  const fen = yuanToFen(yuan);
  if (r.form === '慰问品') return { goodsFen: fen, totalFen: fen, source: 'standard' };
  if (r.form === '慰问金和慰问品') return { totalFen: fen, source: 'standard' };
  return { cashFen: fen, totalFen: fen, source: 'standard' };
}

/** Everything the placeholders read, computed once, and where the amounts came from. */
function resolve(t: RenderableTemplate, ctx: RenderContext): { r: Resolved; amountSource: RenderReport['amountSource'] } {
  const o = ctx.occasion ?? {};
  const visitType = o.visitType ?? t.visitType;
  const date = o.date ?? ctx.today;
  const birthDate = birthDateOf(ctx);
  const tier =
    o.tier ?? t.tier ?? (visitType === '生日寿辰' && birthDate ? String(birthdayAge(birthDate, date, ctx.standard?.ageMode ?? '周岁')) : undefined);
  const base = {
    ctx,
    visitType,
    festival: o.festival ?? t.festival,
    tier,
    form: t.form,
    goods: t.goods,
    fundingSource: t.fundingSource,
    date,
    birthDate,
  };
  const amounts = resolveAmounts(t, base);
  const resolved: Resolved = { ...base, cashFen: amounts.cashFen, goodsFen: amounts.goodsFen, totalFen: amounts.totalFen, salutation: '' };
  const name = ctx.cadre?.name?.trim();
  if (name) {
    // A configured 称谓 is itself a pattern ({{姓}}老, {{姓名}}同志); it cannot refer to itself.
    resolved.salutation = t.salutation ? substitute(t.salutation, resolved, { unknown: new Set(), missing: new Set() }) : defaultSalutation(name);
  }
  return { r: resolved, amountSource: amounts.source };
}

interface Tally {
  unknown: Set<string>;
  missing: Set<string>;
}

function substitute(text: string, r: Resolved, tally: Tally): string {
  let out = '';
  let at = 0;
  for (const use of findPlaceholders(text)) {
    out += text.slice(at, use.start);
    at = use.end;
    if (!isPlaceholderName(use.name)) {
      tally.unknown.add(use.name);
      out += text.slice(use.start, use.end);
      continue;
    }
    const value = PLACEHOLDERS[use.name].value(r);
    if (value === undefined || value === '') tally.missing.add(use.name);
    out += value ?? '';
  }
  return out + text.slice(at);
}

/** Renders one text with placeholders for a template and context (the live preview of a field). */
export function renderText(text: string, template: RenderableTemplate, context: RenderContext): string {
  return substitute(text, resolve(template, context).r, { unknown: new Set(), missing: new Set() });
}

/**
 * Renders a template: the cadre's facts, the visit's type, date, form, amounts (with 大写) and
 * goods, then the template's own field texts with their placeholders filled (these win). Amounts
 * the template leaves out default from the standard in force. Reports unknown and empty
 * placeholders.
 */
export function renderTemplateWithReport(template: RenderableTemplate, context: RenderContext): RenderReport {
  const { r, amountSource } = resolve(template, context);
  const c = context.cadre;
  const o = context.occasion ?? {};
  const values: RenderedValues = {};
  const set = (key: FieldKey, value: string | undefined) => {
    if (value !== undefined && value !== '') values[key] = value;
  };
  set('cadre.name', c?.name);
  set('cadre.gender', c?.gender);
  set('cadre.idNumber', c?.idNumber);
  set('cadre.birthDate', r.birthDate);
  set('cadre.age', PLACEHOLDERS.年龄.value(r));
  set('cadre.ethnicity', c?.ethnicity);
  set('cadre.originalUnit', c?.originalUnit);
  set('cadre.originalPosition', c?.originalPosition);
  set('cadre.rank', c?.rank);
  set('cadre.category', c?.category);
  set('cadre.retirementDate', c?.retirementDate);
  set('cadre.phone', c?.phones?.[0]);
  set('cadre.address', c?.address);
  set('cadre.region', PLACEHOLDERS.所在地区.value(r));
  set('cadre.politicalStatus', c?.politicalStatus);
  set('visit.applyDate', context.today);
  set('visit.department', context.department);
  set('visit.handler', context.handler);
  set('visit.type', r.visitType);
  set('visit.festival', r.festival);
  set('visit.date', r.date);
  set('visit.form', r.form);
  if (r.cashFen !== undefined) {
    set('visit.amount', formatAmountField(r.cashFen));
    set('visit.amountUpper', fenToRmbUpper(r.cashFen));
  }
  if (r.goodsFen !== undefined) set('visit.goodsValue', formatAmountField(r.goodsFen));
  if (r.totalFen !== undefined) {
    set('visit.total', formatAmountField(r.totalFen));
    set('visit.totalUpper', fenToRmbUpper(r.totalFen));
  }
  set('visit.goods', r.goods);
  set('visit.fundingSource', r.fundingSource);
  set('visit.hospital', o.hospital);
  set('visit.admissionDate', o.admissionDate);
  if (r.visitType === '住院看望' || r.visitType === '去世吊唁') set('visit.hospitalTier', r.tier);
  set('visit.deathDate', o.deathDate);

  const tally: Tally = { unknown: new Set(), missing: new Set() };
  for (const [key, text] of Object.entries(template.values ?? {}) as Array<[FieldKey, string | undefined]>) {
    if (text === undefined) continue;
    values[key] = substitute(text, r, tally);
  }
  return {
    values,
    unknown: [...tally.unknown],
    missing: [...tally.missing],
    amountSource,
  };
}

/** Renders a template to the logical form fields (see `renderTemplateWithReport`). */
export function renderTemplate(template: RenderableTemplate, context: RenderContext): RenderedValues {
  return renderTemplateWithReport(template, context).values;
}
