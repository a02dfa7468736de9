import { cadreIndexTerms, compactName } from './index-terms';
import type { LedgerEntry } from './entry';
import type { LedgerQuery } from './query';
import { searchKeys } from './search-keys';

/** How well a cadre matches: 0 exact, 1 from the start (or an ID/phone end), 2 inside. */
export type MatchRank = 0 | 1 | 2;

export interface Matchable {
  name: string;
  idNumber?: string;
  phones?: readonly string[];
}

/**
 * Matches one cadre against a classified query; null when it does not match. This is the
 * reference definition of search: the IndexedDB search answers the same set through indexes.
 */
export function matchCadre(c: Matchable, q: LedgerQuery): MatchRank | null {
  switch (q.kind) {
    case 'all':
      return 0;
    case 'none':
      return null;
    case 'name': {
      const name = compactName(c.name);
      if (name === q.text) return 0;
      if (name.startsWith(q.text)) return 1;
      return name.includes(q.text) ? 2 : null;
    }
    case 'latin': {
      const { pinyin, initials } = searchKeys(c.name);
      if (pinyin === q.text || initials === q.text) return 0;
      if (pinyin.startsWith(q.text) || initials.startsWith(q.text)) return 1;
      return cadreIndexTerms(c).pinyinParts.some((p) => p.startsWith(q.text)) ? 2 : null;
    }
    case 'digits': {
      const id = c.idNumber?.toUpperCase();
      const { phoneDigits } = cadreIndexTerms(c);
      if (id === q.text || phoneDigits.includes(q.text)) return 0;
      if (id?.endsWith(q.text)) return 1;
      return phoneDigits.some((p) => p.endsWith(q.text) || p.startsWith(q.text)) ? 1 : null;
    }
  }
}

/**
 * `matchCadre` over a ledger entry, whose keys and terms are precomputed: the same answer
 * (tested against it), without recomputing pinyin for every cadre at every keystroke.
 */
export function matchEntry(e: LedgerEntry, q: LedgerQuery): MatchRank | null {
  switch (q.kind) {
    case 'all':
      return 0;
    case 'none':
      return null;
    case 'name': {
      const name = e.compactName;
      if (name === q.text) return 0;
      if (name.startsWith(q.text)) return 1;
      return name.includes(q.text) ? 2 : null;
    }
    case 'latin': {
      // most entries fail this one test
      if (!e.latinKey.includes(`\u0001${q.text}`)) return null;
      if (e.pinyin === q.text || e.initials === q.text) return 0;
      if (e.pinyin.startsWith(q.text) || e.initials.startsWith(q.text)) return 1;
      return 2;
    }
    case 'digits': {
      const id = e.idNumber;
      const inPhones = e.phoneKey.includes(q.text);
      if (id === q.text || (inPhones && e.phoneKey.includes(`\u0001${q.text}\u0002`))) return 0;
      if (id?.endsWith(q.text)) return 1;
      return inPhones && (e.phoneKey.includes(`\u0001${q.text}`) || e.phoneKey.includes(`${q.text}\u0002`)) ? 1 : null;
    }
  }
}
