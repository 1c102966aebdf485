import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  daysBetween,
  formatDistance,
  formatDuration,
  formatPace,
  formatPaceRange,
  fromDayNumber,
  isoWeekday,
  parseIsoDate,
  predictRaceSeconds,
  riegelPredictSeconds,
  toDayNumber,
  trainingPaces,
  vdotFromRace,
} from '../../shared/planner/index.js';

const hms = (h: number, m: number, s: number) => h * 3600 + m * 60 + s;

// Daniels' Running Formula race-equivalence table (VDOT → 5K, 10K, half, marathon).
const TABLE: [number, number[]][] = [
  [40, [hms(0, 24, 8), hms(0, 50, 3), hms(1, 50, 59), hms(3, 49, 45)]],
  [50, [hms(0, 19, 57), hms(0, 41, 21), hms(1, 31, 35), hms(3, 10, 49)]],
  [60, [hms(0, 17, 3), hms(0, 35, 22), hms(1, 18, 9), hms(2, 43, 25)]],
];
const DISTANCES = [5, 10, 21.0975, 42.195];

describe('VDOT (Daniels/Gilbert)', () => {
  for (const [vdot, times] of TABLE) {
    it(`predicts the VDOT ${vdot} row within 0.3 %`, () => {
      DISTANCES.forEach((d, i) => {
        const predicted = predictRaceSeconds(vdot, d);
        const expected = times[i]!;
        assert.ok(
          Math.abs(predicted - expected) / expected < 0.003,
          `${d} km: ${formatDuration(predicted)} vs ${formatDuration(expected)}`,
        );
      });
    });
    it(`recovers VDOT ${vdot} from the table's times within 0.2`, () => {
      DISTANCES.forEach((d, i) => {
        assert.ok(Math.abs(vdotFromRace(d, times[i]!) - vdot) < 0.2);
      });
    });
  }

  it('rejects nonsense input', () => {
    assert.throws(() => vdotFromRace(0, 100), RangeError);
    assert.throws(() => predictRaceSeconds(-1, 5), RangeError);
  });

  it('training paces of VDOT 50 match Daniels table within 3 s/km', () => {
    const p = trainingPaces(50, 42.195);
    const near = (actual: number, expected: number, what: string) =>
      assert.ok(Math.abs(actual - expected) <= 3, `${what}: ${actual} vs ${expected}`);
    near(p.E.fast, 5 * 60 + 7, 'E fast'); // 5:07 /km
    near(p.E.slow, 5 * 60 + 38, 'E slow'); // 5:38 /km
    near((p.M.fast + p.M.slow) / 2, 4 * 60 + 31, 'M'); // 4:31 /km
    near((p.T.fast + p.T.slow) / 2, 4 * 60 + 15, 'T'); // 4:15 /km
    near((p.I.fast + p.I.slow) / 2, 3 * 60 + 55, 'I'); // 3:55 /km (1000 m)
    near(((p.R.fast + p.R.slow) / 2) * 0.4, 88, 'R per 400 m'); // 88 s / 400 m
  });

  it('training paces of VDOT 40 and 60 match T and I in the table within 3 s/km', () => {
    const p40 = trainingPaces(40, 10);
    const p60 = trainingPaces(60, 10);
    assert.ok(Math.abs((p40.T.fast + p40.T.slow) / 2 - 306) <= 3); // 5:06 /km
    assert.ok(Math.abs((p40.I.fast + p40.I.slow) / 2 - 282) <= 3); // 4:42 /km
    assert.ok(Math.abs((p60.T.fast + p60.T.slow) / 2 - 220) <= 3); // 3:40 /km
    assert.ok(Math.abs((p60.I.fast + p60.I.slow) / 2 - 203) <= 3); // 3:23 /km
  });
});

describe('Riegel', () => {
  it('T2 = T1 · (D2/D1)^1.06', () => {
    assert.equal(Math.round(riegelPredictSeconds(1200, 5, 10)), Math.round(1200 * 2 ** 1.06));
    // A 1:30:00 half → about 3:07:39 marathon (Riegel's classic example values).
    const m = riegelPredictSeconds(hms(1, 30, 0), 21.0975, 42.195);
    assert.ok(Math.abs(m - hms(3, 7, 39)) < 5, formatDuration(m));
  });
  it('rejects non-positive input', () => {
    assert.throws(() => riegelPredictSeconds(0, 5, 10), RangeError);
  });
});

describe('units', () => {
  it('formats distances in km and miles', () => {
    assert.equal(formatDistance(12, 'km'), '12 km');
    assert.equal(formatDistance(12.25, 'km'), '12.3 km');
    assert.equal(formatDistance(21.0975, 'mi'), '13.1 mi');
    assert.equal(formatDistance(42.195, 'mi', { decimals: 2 }), '26.22 mi');
  });
  it('formats paces', () => {
    assert.equal(formatPace(301, 'km'), '5:01 min/km');
    assert.equal(formatPace(301, 'mi'), '8:04 min/mi');
    assert.equal(formatPace(60 * 5 - 0.4, 'km'), '5:00 min/km');
    assert.equal(formatPaceRange({ fast: 295, slow: 310 }, 'km'), '4:55–5:10 min/km');
  });
  it('formats durations', () => {
    assert.equal(formatDuration(6330), '1:45:30');
    assert.equal(formatDuration(1197), '19:57');
    assert.equal(formatDuration(3600), '1:00:00');
  });
});

describe('dates', () => {
  it('round-trips day numbers and knows weekdays', () => {
    assert.equal(toDayNumber('1970-01-01'), 0);
    assert.equal(fromDayNumber(toDayNumber('2024-02-29')), '2024-02-29');
    assert.equal(isoWeekday(toDayNumber('2025-01-06')), 1);
    assert.equal(isoWeekday(toDayNumber('2025-01-12')), 7);
    assert.equal(daysBetween('2024-12-31', '2025-03-01'), 60);
    for (let d = toDayNumber('1999-12-25'); d < toDayNumber('2001-03-05'); d++) {
      assert.equal(fromDayNumber(d), new Date(d * 86_400_000).toISOString().slice(0, 10));
    }
  });
  it('rejects impossible dates', () => {
    for (const bad of ['2023-02-29', '2025-13-01', '2025-1-01', '2025-04-31', 'abcd-ef-gh', '']) {
      assert.equal(parseIsoDate(bad), undefined, bad);
    }
  });
});
