// A report day's run works out progress no more than it must (issue 15, review): the run's
// summary is the progress at the period's last day, so the report adds one computation (the
// counting day before its period), and `Báo cáo tháng` is read once, by writeReports, whose
// read (and write) the e-mails take over. Small campaign of report-read.test.ts.
import { describe, expect, it, vi } from 'vitest';
import type { ReportPeriod } from '../../src/core/report-period';
import type { ReportSheet } from '../../src/core/output';
import * as progress from '../../src/core/progress';
import { reportMails, writeReports } from '../../src/addon/reports';
import type { WorkbookPort } from '../../src/addon/workbook-port';
import type { UnitSpec } from '../fixtures/small-campaign';
import { at, july, settingsRows, smallCampaign } from '../fixtures/small-campaign';

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/core/progress', async (original) => {
  const real = await original<typeof progress>();
  return {
    ...real,
    computeProgress: (...args: Parameters<typeof real.computeProgress>) => {
      calls.n++;
      return real.computeProgress(...args);
    },
  };
});

const days = Array.from({ length: 12 }, (_, i) => july(i + 1));
const unit = (name: string, quota: number): UnitSpec => ({
  name,
  parent: 'Huyện X',
  quota,
  rows: days.map((d): [string, number, number] => [d, 5, 2]),
});
const campaign = smallCampaign(
  settingsRows(july(1), '2023-08-31'),
  [unit('A', 100), unit('B', 50)],
  '2023-08-10',
);
const withTo = { ...campaign, settings: { ...campaign.settings, digestTo: ['bcd@x.vn'] } };
const now = { ...at('2023-08-10', '08:00'), seconds: 0, offset: '+07:00' };
const august: ReportPeriod = {
  kind: 'monthly',
  from: '2023-07-10',
  to: '2023-08-09',
  month: 8,
  year: 2023,
};

describe('a report day’s run', () => {
  it('computes progress once more than the summary, and reads Báo cáo tháng once', () => {
    let reads = 0;
    const written: ReportSheet[] = [];
    const port = {
      readValues: () => {
        reads++;
        return null;
      },
      writeReport: (r: ReportSheet) => written.push(r),
    } as unknown as WorkbookPort;
    const summary = progress.computeProgress(withTo, august.to, now);
    calls.n = 0;
    const made = writeReports(port, withTo, now, summary);
    expect(made.records).toEqual([{ kind: 'monthly', from: august.from, to: august.to }]);
    const links = { sheet: 'https://s', tab: () => null };
    const mails = reportMails(port, withTo, now, [], links, made);
    expect(mails.map((m) => m.kind)).toEqual(['monthly']);
    expect(calls.n).toBe(1);
    expect(reads).toBe(1);
    expect(written).toHaveLength(1);
  });
});
