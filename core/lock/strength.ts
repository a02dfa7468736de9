/**
 * A rough strength hint for a Lock passphrase, shown while it is typed. Length counts most
 * (a Chinese phrase is a good passphrase); mixing kinds of characters adds a little.
 */
export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

export const MIN_LOCK_PASSPHRASE = 8;

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = Array.from(passphrase.normalize('NFC'));
  if (chars.length < MIN_LOCK_PASSPHRASE) return 'too-short';
  const kinds = [/\p{Script=Han}/u, /[a-z]/, /[A-Z]/, /\d/, /[^\p{L}\d]/u].filter((r) => r.test(passphrase)).length;
  // a Han character carries more guessing work than a letter
  const han = chars.filter((c) => /\p{Script=Han}/u.test(c)).length;
  const score = chars.length + han + kinds * 2;
  if (score >= 20) return 'strong';
  if (score >= 14) return 'fair';
  return 'weak';
}
