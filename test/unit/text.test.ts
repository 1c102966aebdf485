import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatProfileDistance, goalLabelFor, STANDARD_DISTANCES } from '../../shared/profile/index.js';
import {
  escapeHtml,
  formatDistance,
  formatDuration,
  formatPace,
  formatPaceRange,
  fromUnits,
  KM_PER_MILE,
  MONTH_SHORT,
  toUnits,
  twoDigits,
  WEEKDAY_LONG,
  WEEKDAY_SHORT,
  weekdayName,
} from '../../shared/text/index.js';

// The copies the shared module replaced, verbatim, as oracles: each caller must print exactly what it did.
const old = {
  telegramEscape: (t: string) =>
    t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  statusEscape: (t: string) =>
    t
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&#39;'),
  chatPageEscape: (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`),
  plannerDistance: (km: number, units: 'km' | 'mi', decimals = 1) => {
    const v = units === 'km' ? km : km / KM_PER_MILE;
    const f = 10 ** decimals;
    return `${Math.round(v * f) / f} ${units}`;
  },
  profileDistance: (km: number, units: 'km' | 'mi') =>
    `${Number((units === 'mi' ? km / KM_PER_MILE : km).toFixed(1))} ${units}`,
  plannerDuration: (totalSeconds: number) => {
    const s = Math.round(totalSeconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = String(s % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
  },
  profileDuration: (totalSeconds: number) => {
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const ss = String(totalSeconds % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  },
  visionDuration: (totalSec: number) => {
    const s = Math.round(totalSec);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
    return `${h > 0 ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
  },
};

const units = fc.constantFrom<'km' | 'mi'>('km', 'mi');
const km = fc.oneof(
  fc.double({ min: 0, max: 500, noNaN: true }),
  // Values on a rounding boundary, where scaled and toFixed rounding part ways (1.45, 10.35 …).
  fc.integer({ min: 0, max: 5000 }).map((n) => n / 10 + 0.05),
);
const seconds = fc.oneof(
  fc.integer({ min: 0, max: 200 * 3600 }),
  fc.double({ min: 0, max: 200 * 3600, noNaN: true }),
);

describe('shared text: escapeHtml', () => {
  it('escapes what Telegram HTML needs and keeps apostrophes by default', () => {
    assert.equal(escapeHtml(`Tom & <Jerry> "it's"`), "Tom &amp; &lt;Jerry&gt; &quot;it's&quot;");
  });
  it('escapes apostrophes for web pages and writes numeric references on request', () => {
    assert.equal(escapeHtml("<a href='x'>", { apostrophe: true }), '&lt;a href=&#39;x&#39;&gt;');
    assert.equal(escapeHtml(`&<>"'`, { numeric: true }), '&#38;&#60;&#62;&#34;&#39;');
  });
  it('prints exactly what each replaced copy printed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (t) => {
        assert.equal(escapeHtml(t), old.telegramEscape(t));
        assert.equal(escapeHtml(t, { apostrophe: true }), old.statusEscape(t));
        assert.equal(escapeHtml(t, { numeric: true }), old.chatPageEscape(t));
      }),
    );
  });
});

describe('shared text: formatDistance', () => {
  it('trims trailing zeros and converts to miles', () => {
    assert.equal(formatDistance(12, 'km'), '12 km');
    assert.equal(formatDistance(12.25, 'km'), '12.3 km');
    assert.equal(formatDistance(21.0975, 'mi'), '13.1 mi');
    assert.equal(formatDistance(42.195, 'mi', { decimals: 2 }), '26.22 mi');
  });
  it('rounds a boundary value half up by default and like toFixed on request', () => {
    assert.equal(formatDistance(1.45, 'km'), '1.5 km');
    assert.equal(formatDistance(1.45, 'km', { rounding: 'toFixed' }), '1.4 km');
  });
  it('prints exactly what the planner and profile copies printed', () => {
    fc.assert(
      fc.property(km, units, fc.integer({ min: 0, max: 3 }), (d, u, decimals) => {
        assert.equal(formatDistance(d, u), old.plannerDistance(d, u));
        assert.equal(formatDistance(d, u, { decimals }), old.plannerDistance(d, u, decimals));
        assert.equal(formatDistance(d, u, { rounding: 'toFixed' }), old.profileDistance(d, u));
        assert.equal(formatProfileDistance(d, u), old.profileDistance(d, u));
        const standard = STANDARD_DISTANCES.find((x) => x.km === d)?.label;
        assert.equal(goalLabelFor(d, u), standard ?? `${old.profileDistance(d, u)} race`);
      }),
      { numRuns: 2000 },
    );
  });
  it('keeps the profile wording for standard race distances', () => {
    assert.equal(formatProfileDistance(42.195, 'km', true), 'Marathon (42.2 km)');
    assert.equal(formatProfileDistance(21.0975, 'mi', true), 'Half marathon (13.1 mi)');
    assert.equal(formatProfileDistance(40, 'mi'), '24.9 mi');
  });
});

describe('shared text: formatDuration', () => {
  it('prints h:mm:ss, or m:ss under an hour', () => {
    assert.equal(formatDuration(6330), '1:45:30');
    assert.equal(formatDuration(1197), '19:57');
    assert.equal(formatDuration(3600), '1:00:00');
    assert.equal(formatDuration(59.6), '1:00');
  });
  it('prints exactly what the planner and vision copies printed, and the profile copy for whole seconds', () => {
    fc.assert(
      fc.property(seconds, (s) => {
        assert.equal(formatDuration(s), old.plannerDuration(s));
        assert.equal(formatDuration(s), old.visionDuration(s));
        if (Number.isInteger(s)) assert.equal(formatDuration(s), old.profileDuration(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('shared text: pace, units, names', () => {
  it('formats paces and pace ranges in either unit', () => {
    assert.equal(formatPace(301, 'km'), '5:01 min/km');
    assert.equal(formatPace(301, 'mi'), '8:04 min/mi');
    assert.equal(formatPaceRange({ fast: 295, slow: 310 }, 'km'), '4:55–5:10 min/km');
    assert.equal(formatPaceRange({ fast: 300, slow: 300.2 }, 'km'), '5:00 min/km');
  });
  it('converts units both ways', () => {
    assert.equal(fromUnits(1, 'mi'), KM_PER_MILE);
    assert.equal(toUnits(10, 'km'), 10);
    fc.assert(fc.property(km, units, (d, u) => Math.abs(fromUnits(toUnits(d, u), u) - d) < 1e-9));
  });
  it('names weekdays by ISO number and months from 0', () => {
    assert.equal(weekdayName(1), 'Monday');
    assert.equal(weekdayName(7, { style: 'short' }), 'Sun');
    assert.deepEqual(
      WEEKDAY_SHORT.slice(1),
      WEEKDAY_LONG.slice(1).map((d) => d.slice(0, 3)),
    );
    assert.throws(() => weekdayName(0), RangeError);
    assert.throws(() => weekdayName(8), RangeError);
    assert.equal(MONTH_SHORT[0], 'Jan');
    assert.equal(MONTH_SHORT[11], 'Dec');
    assert.equal(twoDigits(7), '07');
  });
});
