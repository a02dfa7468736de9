import { CAPITAL_AREA_CODE } from './data/regions';
import type { Random } from './random';

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '158', '159', '177', '180', '181', '186', '187', '189', '199'];

/** n random decimal digits (n <= 15). */
function digits(rng: Random, n: number): string {
  return String(rng.int(0, 10 ** n - 1)).padStart(n, '0');
}

/** An 11-digit mobile number (1[3-9]x xxxx xxxx). */
export function makeMobile(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
}

/** A landline of the capital, `027-8xxxxxxx`. */
export function makeLandline(rng: Random): string {
  return `${CAPITAL_AREA_CODE}-${rng.pick(['8', '6', '5'])}${digits(rng, 7)}`;
}
