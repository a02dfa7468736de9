import { describe, expect, it } from 'vitest';
import { isClaimed, selectVisits, visitMatches } from '../../../core/expense/select';
import { visit } from './visits';

describe('selectVisits', () => {
  const visits = [
    visit('a', { date: '2026-02-12' }),
    visit('b', { date: '2026-02-01' }),
    visit('c', { date: '2025-01-20' }),
    visit('d', { festival: '中秋', date: '2026-09-20' }),
    visit('e', { visitType: '住院看望', festival: undefined, date: '2026-03-01', fundingSource: '工会经费' }),
    visit('f', { date: '2026-02-05', claimedIn: 'BX-1' }),
  ];

  it('selects the 春节 visits of a year not yet claimed, by date', () => {
    expect(selectVisits(visits, { year: 2026, festival: '春节' }).map((v) => v.id)).toEqual(['visit-b0', 'visit-a0']);
  });

  it('includes claimed visits only when asked', () => {
    expect(selectVisits(visits, { year: 2026, festival: '春节', unclaimedOnly: false }).map((v) => v.id)).toEqual(['visit-b0', 'visit-f0', 'visit-a0']);
  });

  it('filters by visit type, funding source and an inclusive date range', () => {
    expect(selectVisits(visits, { visitType: '住院看望' }).map((v) => v.id)).toEqual(['visit-e0']);
    expect(selectVisits(visits, { fundingSource: '工会经费' }).map((v) => v.id)).toEqual(['visit-e0']);
    expect(selectVisits(visits, { from: '2026-02-01', to: '2026-02-12' }).map((v) => v.id)).toEqual(['visit-b0', 'visit-a0']);
  });

  it('treats a blank claimedIn as not claimed', () => {
    expect(isClaimed({ claimedIn: '  ' })).toBe(false);
    expect(isClaimed({ claimedIn: 'BX-9' })).toBe(true);
    expect(visitMatches(visit('g'), {})).toBe(true);
  });
});
