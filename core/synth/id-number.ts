import { idCheckChar, type Gender, type IsoDate } from '../model';

/**
 * Builds an 18-digit ID number (GB 11643) with a correct check character: region, birth date,
 * a three-digit sequence whose parity gives the gender (odd = male).
 */
export function makeIdNumber(regionCode: string, birthDate: IsoDate, gender: Gender, sequence: number): string {
  // keep 0..499, then map onto an odd (male) or even (female) number 000..999
  const base = Math.abs(Math.trunc(sequence)) % 500;
  const seq = base * 2 + (gender === '男' ? 1 : 0);
  const first17 = regionCode + birthDate.replace(/-/g, '') + String(seq).padStart(3, '0');
  return first17 + idCheckChar(first17);
}
