import { describe, expect, it } from 'vitest';
import { exampleStandard } from '../../../core/rules/default-standard';
import { generateLedger } from '../../../core/synth';
import { badgeText, computeToday, limitToday, policyFromSettings, urgentCount, type TodayInput } from '../../../core/today';
import { cadre, followUp, run } from './helpers';

const TODAY = '2026-11-29';

describe('computeToday', () => {
  it('leaves deleted cadres and tombstoned records out of every list', () => {
    const deleted = { ...cadre({ birthDate: '1946-12-01', needs: [{ category: '医疗' as const, text: '就医' }] }), deletedAt: 1 };
    const r = run({ cadres: [deleted] }, TODAY);
    expect(r.counts).toEqual({
      birthdays: 0,
      birthdaysPending: 0,
      followUpsOverdue: 0,
      followUpsDue: 0,
      inHospital: 0,
      inHospitalNotVisited: 0,
      discharged: 0,
      notContacted: 0,
      difficulties: 0,
      needs: 0,
      campaignEligible: 0,
      campaignVisited: 0,
      campaignLeft: 0,
    });
    const live = cadre();
    const tombstoned = run({ cadres: [live], followUps: [followUp(live.id, '2026-11-20', { deletedAt: 3 })] }, TODAY);
    expect(tombstoned.notContacted.map((c) => c.cadre.id)).toEqual([live.id]);
  });

  it('points at the ledger’s cadre objects, and limitToday turns them into one ref per cadre without the ID number', () => {
    // a stored cadre carries its ID number; the lists must not pass it on
    const c = { ...cadre({ birthDate: '1946-12-01', phones: ['13800138000'], originalUnit: '省财政厅' }), idNumber: '110105194612010012' };
    const r = run({ cadres: [c] }, TODAY);
    expect(r.birthdays[0]!.cadre).toBe(c);
    const cut = limitToday(r, 5);
    expect(cut.birthdays[0]!.cadre).toBe(cut.notContacted[0]!.cadre);
    expect(cut.birthdays[0]!.cadre).toEqual({ cadreId: c.id, name: c.name, category: '退休', rank: undefined, unit: '省财政厅', age: 79, phone: '13800138000' });
    expect(JSON.stringify(cut)).not.toContain('110105194612010012');
  });

  it('names the standard in force and the birthday window', () => {
    const r = run({ cadres: [] }, TODAY);
    expect(r.standard).toMatchObject({ isExample: true });
    expect(r.birthdayDays).toBe(30);
    expect(run({ cadres: [], standards: [] }, TODAY).standard).toBeUndefined();
  });

  describe('over a synthetic ledger', () => {
    const ledger = generateLedger({ count: 600, seed: 11, today: TODAY });
    const input: TodayInput = {
      cadres: ledger.cadres,
      followUps: ledger.followUps,
      visits: ledger.visits,
      standards: [exampleStandard()],
      policy: policyFromSettings({ contactIntervalMonths: 3 }),
    };
    const r = computeToday(input, TODAY);

    it('gives counts that agree with the lists', () => {
      expect(r.counts.birthdays).toBe(r.birthdays.length);
      expect(r.counts.followUpsOverdue + r.counts.followUpsDue).toBe(r.followUps.reduce((n, g) => n + g.items.length, 0));
      expect(r.counts.inHospital).toBe(r.inHospital.length);
      expect(r.counts.notContacted).toBe(r.notContacted.length);
      expect(r.counts.campaignEligible).toBe(r.campaign!.entries.length);
      expect(r.counts.campaignLeft + r.counts.campaignVisited).toBe(r.counts.campaignEligible);
    });

    it('agrees with a direct count of who is in hospital', () => {
      const direct = ledger.cadres.filter((c) => c.alive && c.health.hospitalisations.some((h) => h.admittedOn <= TODAY && (!h.dischargedOn || h.dischargedOn > TODAY)));
      expect(r.inHospital.map((h) => h.cadre.id).sort()).toEqual(direct.map((c) => c.id).sort());
      expect(direct.length).toBeGreaterThan(0);
    });

    it('is the same whatever the order of the records', () => {
      const shuffled = computeToday({ ...input, visits: [...input.visits].reverse(), followUps: [...input.followUps].reverse() }, TODAY);
      expect(shuffled.counts).toEqual(r.counts);
      expect(shuffled.campaign!.entries.map((e) => e.cadre.id)).toEqual(r.campaign!.entries.map((e) => e.cadre.id));
    });

    it('is cut to the first items of each list by limitToday, counts kept whole', () => {
      const cut = limitToday(r, 3);
      expect(cut.counts).toEqual(r.counts);
      expect(cut.notContacted.map((i) => i.cadre.cadreId)).toEqual(r.notContacted.slice(0, 3).map((i) => i.cadre.id));
      expect(cut.notContacted[0]).toMatchObject({ ...r.notContacted[0], cadre: { cadreId: r.notContacted[0]!.cadre.id } });
      expect(cut.campaign!.entries).toHaveLength(3);
      expect(cut.followUps.every((g) => g.items.length <= 3)).toBe(true);
      expect(limitToday(r, 0).birthdays).toEqual([]);
      // the result survives a message (structured clone) unchanged
      expect(structuredClone(cut)).toEqual(cut);
    });
  });
});

describe('the badge', () => {
  it('counts what needs acting on soon, and shows at most 99+', () => {
    const c = {
      birthdays: 5,
      birthdaysPending: 2,
      followUpsOverdue: 3,
      followUpsDue: 4,
      inHospital: 6,
      inHospitalNotVisited: 1,
      discharged: 2,
      notContacted: 500,
      difficulties: 9,
      needs: 9,
      campaignEligible: 900,
      campaignVisited: 0,
      campaignLeft: 900,
    };
    expect(urgentCount(c)).toBe(12);
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});
