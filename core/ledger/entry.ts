import type { Cadre } from '../model/cadre';
import { cadreIndexTerms, compactName, type CadreIndexTerms } from './index-terms';

/**
 * What the ledger list keeps of each cadre in memory: the fields it shows, filters and sorts on,
 * and the search terms, precomputed once. The ID number is kept for digit search; summaries carry
 * it masked.
 */
export interface LedgerEntry {
  id: string;
  name: string;
  /** the name without spaces, as search compares it */
  compactName: string;
  pinyin: string;
  initials: string;
  pinyinParts: readonly string[];
  /** `\u0001`-separated pinyin parts: one `includes` tells whether a latin query can match */
  latinKey: string;
  /** upper-case; lists show it masked */
  idNumber?: string;
  phoneDigits: readonly string[];
  /** each phone between `\u0001` and `\u0002`: one `includes` finds a phone's start or end */
  phoneKey: string;
  gender?: string;
  category: string;
  rank?: string;
  rankDetail?: string;
  originalUnit?: string;
  originalPosition?: string;
  politicalStatus?: string;
  birthDate?: string;
  lunarBirthday: boolean;
  healthStatus?: string;
  hasDifficulty: boolean;
  alive: boolean;
  tags: readonly string[];
  phone?: string;
  address?: string;
  updatedAt: number;
}

/**
 * The ledger entry of a cadre; pass the stored search terms to skip computing them. Every entry
 * has every member (absent ones undefined): one object shape keeps the list's loops fast.
 */
export function ledgerEntry(c: Cadre, terms?: Pick<CadreIndexTerms, 'pinyinParts' | 'phoneDigits'> & { nameParts?: readonly string[] }): LedgerEntry {
  const t = terms ?? cadreIndexTerms(c);
  return {
    id: c.id,
    name: c.name,
    // the first name part is the whole name without spaces
    compactName: t.nameParts?.[0] ?? compactName(c.name),
    pinyin: c.pinyin,
    initials: c.initials,
    pinyinParts: t.pinyinParts,
    // the parts start with the whole pinyin and the whole initials
    latinKey: `\u0001${t.pinyinParts.join('\u0001')}`,
    idNumber: c.idNumber?.toUpperCase(),
    phoneDigits: t.phoneDigits,
    phoneKey: t.phoneDigits.map((p) => `\u0001${p}\u0002`).join(''),
    gender: c.gender,
    category: c.category,
    rank: c.rank,
    rankDetail: c.rankDetail,
    originalUnit: c.originalUnit,
    originalPosition: c.originalPosition,
    politicalStatus: c.politicalStatus,
    birthDate: c.birthDate,
    lunarBirthday: c.lunarBirthday ?? false,
    healthStatus: c.health.status,
    hasDifficulty: c.difficulty.has,
    alive: c.alive,
    tags: c.tags,
    phone: c.phones[0],
    address: c.address,
    updatedAt: c.updatedAt,
  };
}
