import { z } from 'zod';
import { isIsoDate, todayInShanghai, type IsoDate } from './validators/dates';
import { parsePhone } from './validators/phone';

/**
 * Field schemas shared by the record schemas. Messages are i18n keys (public/_locales), so the
 * same validation reads in Chinese or English; see `toFieldProblems`.
 */

export const text = (max = 200) => z.string().trim().max(max, 'err_too_long');
export const optionalText = (max = 200) => text(max).optional();

export const isoDate = z.string().refine(isIsoDate, 'err_date_format') as z.ZodType<IsoDate>;

/** A date that has happened (birth, retirement, death): not after today in Asia/Shanghai. */
export const pastDate = z
  .string()
  .refine(isIsoDate, { message: 'err_date_format', abort: true })
  .refine((d) => d <= todayInShanghai(), 'err_date_future') as z.ZodType<IsoDate>;

export const phone = z
  .string()
  .trim()
  .refine((s) => parsePhone(s) !== null, 'err_phone_format');

export const money = z
  .number()
  .nonnegative('err_money_negative')
  .max(100_000_000, 'err_money_too_large')
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'err_money_cents');
