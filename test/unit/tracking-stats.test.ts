import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  buildStatsChartSvg,
  CHART_HEIGHT,
  CHART_WIDTH,
  computeStats,
  currentStreak,
  effectiveStatus,
  recentWeeklyKm,
  renderPng,
  replanTrigger,
  type StatsRun,
  type StatsWorkout,
} from '../../shared/tracking/index.js';

// Today is Wednesday 3 March 2027: the 8 weeks start on Mondays 11 Jan … 1 Mar.
const today = '2027-03-03';
export const FIXTURE_WORKOUTS: StatsWorkout[] = [
  { date: '2027-01-05', type: 'easy', distanceKm: 5, status: 'done' }, // before the window
  { date: '2027-02-15', type: 'easy', distanceKm: 5, status: 'done' },
  { date: '2027-02-22', type: 'easy', distanceKm: 8, status: 'done' },
  { date: '2027-02-24', type: 'tempo', distanceKm: 10, status: 'done' },
  { date: '2027-02-26', type: 'easy', distanceKm: 6, status: 'cancelled' },
  { date: '2027-02-28', type: 'long', distanceKm: 16, status: 'done' },
  { date: '2027-03-01', type: 'easy', distanceKm: 8, status: 'planned' }, // past: missed
  { date: '2027-03-03', type: 'intervals', distanceKm: 9, status: 'planned' }, // today: open
  { date: '2027-03-05', type: 'easy', distanceKm: 6, status: 'planned' },
];
export const FIXTURE_RUNS: StatsRun[] = [
  { date: '2027-01-05', distanceKm: 5, durationSec: 1800, rpe: null, plannedType: 'easy' },
  { date: '2027-02-15', distanceKm: 5, durationSec: 1800, rpe: null, plannedType: 'easy' },
  { date: '2027-02-22', distanceKm: 8, durationSec: 2880, rpe: null, plannedType: 'easy' },
  { date: '2027-02-24', distanceKm: 10, durationSec: 2700, rpe: 8, plannedType: 'tempo' },
  { date: '2027-02-25', distanceKm: 4, durationSec: 1560, rpe: 3, plannedType: null }, // easy extra run
  { date: '2027-02-28', distanceKm: 16, durationSec: 5760, rpe: 5, plannedType: 'long' },
  { date: '2027-03-02', distanceKm: 5, durationSec: 1650, rpe: null, plannedType: null },
];

describe('computeStats (fixture computed by hand)', () => {
  const stats = computeStats({
    workouts: FIXTURE_WORKOUTS,
    runs: FIXTURE_RUNS,
    today,
    goalDistanceKm: 21.0975,
  });

  it('weekly planned vs done volume', () => {
    assert.deepEqual(
      stats.weeks.map((w) => w.start),
      [
        '2027-01-11',
        '2027-01-18',
        '2027-01-25',
        '2027-02-01',
        '2027-02-08',
        '2027-02-15',
        '2027-02-22',
        '2027-03-01',
      ],
    );
    assert.deepEqual(
      stats.weeks.map((w) => w.plannedKm),
      [0, 0, 0, 0, 0, 5, 8 + 10 + 6 + 16, 8 + 9 + 6],
    );
    assert.deepEqual(
      stats.weeks.map((w) => w.doneKm),
      [0, 0, 0, 0, 0, 5, 8 + 10 + 4 + 16, 5],
    );
    assert.equal(stats.plannedKm, 68);
    assert.equal(stats.doneKm, 48);
  });

  it('completion rate, streak, longest run', () => {
    assert.deepEqual([stats.done, stats.cancelled, stats.missed, stats.due], [4, 1, 1, 6]);
    assert.equal(stats.completionRate, 4 / 6);
    assert.equal(stats.streak, 0, 'the missed Monday ends the streak');
    assert.deepEqual(stats.longestRun, { date: '2027-02-28', distanceKm: 16 });
  });

  it('easy pace trend: 6:00 → (2880 + 1560) s / 12 km = 6:10 per km', () => {
    assert.deepEqual(stats.easyPaceTrend, { first: 360, last: 370, changeSecPerKm: 10 });
    assert.equal(stats.weeks[7]?.easyPaceSecPerKm, undefined, 'an extra run without RPE is not assumed easy');
  });

  it('prediction from the 10 km tempo in 45:00 (Daniels: VDOT 45 ≈ 45:16, 46 ≈ 44:25)', () => {
    const p = stats.prediction!;
    assert.deepEqual(p.from, { date: '2027-02-24', distanceKm: 10, durationSec: 2700 });
    assert.ok(p.vdot > 45 && p.vdot < 46, `vdot ${p.vdot}`);
    // Half marathon for VDOT 45 is 1:40:20 and for 46 1:38:27 in Daniels' tables.
    assert.ok(p.vdotSeconds > 5907 && p.vdotSeconds < 6020, `vdot prediction ${p.vdotSeconds}`);
    // Riegel: 2700 × (21.0975 / 10)^1.06 = 5957.5 s.
    assert.ok(Math.abs(p.riegelSeconds - 5957.5) <= 1, `riegel ${p.riegelSeconds}`);
  });

  it('an empty history has no rate, trend or prediction', () => {
    const empty = computeStats({ workouts: [], runs: [], today, goalDistanceKm: 10 });
    assert.equal(empty.weeks.length, 8);
    assert.equal(empty.completionRate, undefined);
    assert.equal(empty.prediction, undefined);
    assert.equal(empty.longestRun, undefined);
  });
});

describe('tracking rules', () => {
  it('missed is computed after the day in the runner zone, not on the day', () => {
    assert.equal(effectiveStatus('planned', '2027-03-02', today), 'missed');
    assert.equal(effectiveStatus('planned', today, today), 'planned');
    assert.equal(effectiveStatus('cancelled', '2027-03-01', today), 'cancelled');
  });

  it('streak counts done workouts back from the latest due one', () => {
    const w = (date: string, status: 'done' | 'planned' | 'cancelled') => ({ date, status });
    assert.equal(
      currentStreak(
        [w('2027-02-26', 'cancelled'), w('2027-02-28', 'done'), w('2027-03-01', 'done'), w(today, 'planned')],
        today,
      ),
      2,
    );
    assert.equal(currentStreak([w('2027-02-28', 'done'), w('2027-03-02', 'planned')], today), 0);
  });

  it('re-plan offer: three setbacks in 14 days, or sick/injured', () => {
    const s = (date: string, reason?: 'sick' | 'injured' | 'weather') => ({
      date,
      kind: 'cancelled' as const,
      ...(reason ? { reason } : {}),
    });
    assert.equal(
      replanTrigger([s('2027-02-17'), s('2027-02-25'), s('2027-03-01')], today),
      undefined,
      '17 Feb is 15 days back',
    );
    assert.deepEqual(replanTrigger([s('2027-02-18'), s('2027-02-25'), s('2027-03-01')], today), {
      kind: 'setbacks',
      count: 3,
    });
    assert.deepEqual(replanTrigger([s('2027-03-02', 'injured')], today), {
      kind: 'health',
      reason: 'injured',
    });
    assert.equal(replanTrigger([s('2027-03-02', 'weather')], today), undefined);
  });

  it('recent weekly volume averages the last 14 days', () => {
    assert.equal(recentWeeklyKm(FIXTURE_RUNS, today), (8 + 10 + 4 + 16 + 5) / 2);
  });
});

describe('stats chart', () => {
  it('renders a readable PNG of the planned size', () => {
    const stats = computeStats({
      workouts: FIXTURE_WORKOUTS,
      runs: FIXTURE_RUNS,
      today,
      goalDistanceKm: 21.0975,
    });
    const svg = buildStatsChartSvg(stats, 'km');
    assert.match(svg, /Weekly distance \(km\)/);
    assert.match(svg, /Completion: 67%/);
    const png = renderPng(svg);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.readUInt32BE(16), CHART_WIDTH);
    assert.equal(png.readUInt32BE(20), CHART_HEIGHT);
    assert.ok(png.length > 10_000 && png.length < 500_000, `png bytes ${png.length}`);
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync('test-artifacts/stats-chart.png', png);
    const miles = buildStatsChartSvg(stats, 'mi');
    assert.match(miles, /Done: 30 of 42 mi/);
  });
});
