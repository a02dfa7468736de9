// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TodaySummary, type TodayBrief } from '../../../components/today/TodaySummary';
import { renderZh } from './render';

afterEach(cleanup);

const brief: TodayBrief = {
  counts: {
    birthdays: 3,
    birthdaysPending: 2,
    followUpsOverdue: 1,
    followUpsDue: 4,
    inHospital: 2,
    inHospitalNotVisited: 1,
    discharged: 1,
    notContacted: 40,
    difficulties: 3,
    needs: 6,
    campaignEligible: 120,
    campaignVisited: 20,
    campaignLeft: 100,
  },
  campaign: { festival: '春节', left: 100, open: true },
};

describe('TodaySummary (popup)', () => {
  it('shows what needs acting on soon and opens the home screen', async () => {
    const onOpen = vi.fn();
    renderZh(<TodaySummary load={async () => brief} onOpen={onOpen} />);
    await waitFor(() => expect(screen.getByTestId('today-summary').dataset.state).toBe('ready'));
    const summary = screen.getByTestId('today-summary');
    // 2 birthdays + 5 follow-ups + 1 in hospital + 1 discharged
    expect(summary.dataset.urgent).toBe('9');
    expect(summary.textContent).toContain('待办 9 项');
    expect(screen.getByTestId('today-summary-campaign').textContent).toContain('春节待走访 100');
    fireEvent.click(screen.getByTestId('today-summary-open'));
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('says so when the counts cannot be loaded', async () => {
    renderZh(<TodaySummary load={() => Promise.reject(new Error('no background'))} onOpen={() => {}} />);
    await waitFor(() => expect(screen.getByTestId('today-summary').dataset.state).toBe('error'));
  });
});
