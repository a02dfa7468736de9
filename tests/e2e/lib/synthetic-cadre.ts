import { idCheckChar } from '../../../core/model';

/**
 * Synthetic cadres for the UI tests: made-up names and ID numbers with a valid check digit
 * (never a real person). The region code 420106 and the sequence are arbitrary.
 */
export function syntheticIdNumber(birthDate: string, sequence = '135', region = '420106'): string {
  const first17 = `${region}${birthDate.replaceAll('-', '')}${sequence}`;
  if (!/^\d{17}$/.test(first17)) throw new Error(`bad ID parts: ${first17}`);
  return first17 + idCheckChar(first17);
}

/** The same number with a check character that cannot be right. */
export function withWrongCheckChar(idNumber: string): string {
  const right = idNumber.slice(-1);
  return idNumber.slice(0, 17) + (right === '0' ? '1' : '0');
}

export interface CadreFormValues {
  name: string;
  /** a value of CATEGORIES in core/model/vocab.ts */
  category: string;
  idNumber?: string;
  birthDate?: string;
  phone?: string;
}

/** A valid cadre with a name unlikely to collide with the generated ledger. */
export function sampleCadre(overrides: Partial<CadreFormValues> = {}): CadreFormValues {
  return { name: '欧阳测试', category: '退休', idNumber: syntheticIdNumber('1948-03-15'), ...overrides };
}
