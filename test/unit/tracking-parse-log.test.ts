import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRunLog, type RunLogContext } from '../../shared/tracking/index.js';

// Wednesday 3 March 2027.
const ctx: RunLogContext = { today: '2027-03-03', units: 'km' };
const MI = 1.609344;

const good: Array<[string, Record<string, unknown>, Partial<RunLogContext>?]> = [
  ['10k 52:30', { date: '2027-03-03', distanceKm: 10, durationSec: 3150 }],
  ['6.2mi 1:01:00 rpe 6', { date: '2027-03-03', distanceKm: 9.98, durationSec: 3660, rpe: 6 }],
  ['yesterday 8 km easy', { date: '2027-03-02', distanceKm: 8, notes: 'easy' }],
  ['8 45:00', { date: '2027-03-03', distanceKm: 8, durationSec: 2700 }],
  ['5 40:00', { date: '2027-03-03', distanceKm: 8.05, durationSec: 2400 }, { units: 'mi' }],
  ['10,5 km 55 min hr 148', { date: '2027-03-03', distanceKm: 10.5, durationSec: 3300, avgHr: 148 }],
  ['half 21.1km 1:55', { date: '2027-03-03', distanceKm: 21.1, durationSec: 6900, notes: 'half' }],
  ['800m 3:10', { date: '2027-03-03', distanceKm: 0.8, durationSec: 190 }],
  ['1h05 12 km', { date: '2027-03-03', distanceKm: 12, durationSec: 3900 }],
  ['monday 6 km', { date: '2027-03-01', distanceKm: 6 }],
  ['last wednesday 6 km', { date: '2027-02-24', distanceKm: 6 }],
  ['wed 6 km', { date: '2027-03-03', distanceKm: 6 }],
  ['3 days ago 5k 25:00 150bpm', { date: '2027-02-28', distanceKm: 5, durationSec: 1500, avgHr: 150 }],
  ['2027-02-27 16 km long run', { date: '2027-02-27', distanceKm: 16, notes: 'long' }],
  ['27.02. 7km', { date: '2027-02-27', distanceKm: 7 }],
  ['45 min easy', { date: '2027-03-03', durationSec: 2700, notes: 'easy' }],
  [
    '10 KM 50:00 RPE 8 Tempo!',
    { date: '2027-03-03', distanceKm: 10, durationSec: 3000, rpe: 8, notes: 'tempo!' },
  ],
  ['7 km 40:00', { date: '2027-02-28', distanceKm: 7, durationSec: 2400 }, { defaultDate: '2027-02-28' }],
];

const bad: Array<[string, RegExp]> = [
  ['', /what you ran/],
  ['hello there', /distance or a time/],
  ['-5 km', /negative/],
  ['10k -52:30', /negative/],
  ['500 km', /between 0.2 and 250/],
  ['10k 5:00', /pace/],
  ['10k 99:99', /not a time/],
  ['31.02 8 km', /not a real date/],
  ['2027-02-30 5k', /not a real date/],
  ['tomorrow 5k', /don't know|distance or a time|future/],
  ['2027-03-09 5k', /future/],
  ['2026-10-01 5k', /last 60 days/],
  ['10k 52:30 rpe 11', /RPE/],
  ['10k 52:30 hr 300', /heart rate/],
  ['10k 8k', /Two different distances/],
  ['10k 52:30 7', /don't know what “7”/],
  ['5k 49:00:00', /1 minute and 48 hours/],
  ['yesterday today 5k', /Two different dates/],
  ['5k x99y', /don't know what “x99y”/],
];

describe('parseRunLog', () => {
  for (const [text, expected, extra] of good) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const parsed = parseRunLog(text, { ...ctx, ...extra });
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
      assert.deepEqual(parsed.run, expected);
    });
  }
  for (const [text, error] of bad) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      const parsed = parseRunLog(text, ctx);
      assert.equal(parsed.ok, false, JSON.stringify(parsed));
      assert.match(parsed.ok ? '' : parsed.error, error);
    });
  }
  it('converts miles exactly once', () => {
    const parsed = parseRunLog('1 mi 8:00', ctx);
    assert.ok(parsed.ok);
    assert.equal(parsed.run.distanceKm, Math.round(MI * 100) / 100);
  });
});
