import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyEdit,
  checkPlausibility,
  encodeVisionAction,
  parseVisionAction,
  renderResult,
  sniffImage,
  type WorkoutReading,
} from '../../shared/vision/index.js';
import { renderScreenshot } from '../harness/vision-helpers.js';

const TODAY = '2025-03-05';
const run = (distanceKm: number, durationSec: number, date = TODAY): WorkoutReading => ({
  activity: 'run',
  date,
  distanceKm,
  durationSec,
  confidence: 1,
});
const codes = (r: WorkoutReading) => checkPlausibility(r, TODAY).map((p) => p.code);

describe('checkPlausibility', () => {
  it('accepts the bounds themselves: pace 2:30 and 15:00 per km, 0.1 and 100 km', () => {
    assert.deepEqual(codes(run(10, 1500)), []); // 2:30 /km
    assert.deepEqual(codes(run(10, 9000)), []); // 15:00 /km
    assert.deepEqual(codes(run(0.1, 60)), []);
    assert.deepEqual(codes(run(100, 100 * 600)), []);
  });

  it('refuses paces outside 2:30–15:00 per km', () => {
    assert.deepEqual(codes(run(10, 1499)), ['pace_too_fast']);
    assert.deepEqual(codes(run(10, 9001)), ['pace_too_slow']);
    assert.deepEqual(codes(run(5.02, 313)), ['pace_too_fast']);
  });

  it('refuses distances outside 0.1–100 km, future dates and missing numbers', () => {
    assert.deepEqual(codes(run(0.09, 40)), ['distance_too_short']);
    assert.deepEqual(codes(run(100.5, 100 * 600)), ['distance_too_long']);
    assert.deepEqual(codes(run(5, 1500, '2025-03-06')), ['date_in_future']);
    assert.deepEqual(codes({ activity: 'run', durationSec: 1500, confidence: 1 }), ['missing_distance']);
    assert.deepEqual(codes({ activity: 'run', distanceKm: 5, confidence: 1 }), ['missing_duration']);
  });

  it('uses a shown pace when time is missing', () => {
    assert.deepEqual(codes({ activity: 'run', distanceKm: 5, paceSecPerKm: 100, confidence: 1 }), [
      'missing_duration',
      'pace_too_fast',
    ]);
  });
});

describe('applyEdit', () => {
  const base = { ...run(5.02, 1513), paceSecPerKm: 301 };

  it('changes one number and recomputes the pace', () => {
    const r = applyEdit(base, 'distance', '5.5 km', TODAY);
    assert.ok(r.ok);
    assert.equal(r.reading.distanceKm, 5.5);
    assert.equal(r.reading.durationSec, 1513);
    assert.equal(r.reading.paceSecPerKm, Math.round(1513 / 5.5));
    const t = applyEdit(base, 'time', '1:02:03', TODAY);
    assert.ok(t.ok && t.reading.durationSec === 3723);
    const d = applyEdit(base, 'date', 'yesterday', TODAY);
    assert.ok(d.ok && d.reading.date === '2025-03-04');
    const h = applyEdit(base, 'hr', '152', TODAY);
    assert.ok(h.ok && h.reading.avgHr === 152);
    const mi = applyEdit(base, 'distance', '3.1 mi', TODAY);
    assert.ok(mi.ok && mi.reading.distanceKm === 4.99);
  });

  it('refuses what is not that number', () => {
    assert.equal(applyEdit(base, 'distance', 'far', TODAY).ok, false);
    assert.equal(applyEdit(base, 'time', 'half an hour', TODAY).ok, false);
    assert.equal(applyEdit(base, 'date', '2025-03-06', TODAY).ok, false, 'future');
    assert.equal(applyEdit(base, 'hr', '400', TODAY).ok, false);
    assert.equal(applyEdit(base, 'distance', '0', TODAY).ok, false);
  });
});

describe('vision buttons', () => {
  it('round-trips every action and rejects forged data', () => {
    for (const a of [
      { action: 'confirm', extractionId: 7 },
      { action: 'edit', extractionId: 7 },
      { action: 'discard', extractionId: 7 },
      { action: 'back', extractionId: 7 },
      { action: 'field', extractionId: 7, field: 'time' },
      { action: 'pick', extractionId: 7, plannedWorkoutId: 99 },
    ] as const) {
      const data = encodeVisionAction(a);
      assert.ok(Buffer.byteLength(data) <= 64);
      assert.deepEqual(parseVisionAction(data), a);
    }
    for (const forged of ['vs1:c:', 'vs1:x:7', 'vs1:c:7:1', 'vs1:f:7:userId', "vs1:c:7' or 1=1", 'vs2:c:7']) {
      assert.equal(parseVisionAction(forged), undefined, forged);
    }
  });

  it('offers Confirm only for plausible numbers and escapes text from the image', () => {
    const good = renderResult(3, { ...run(5.02, 1513), sourceApp: '<i>Strava</i>' }, []);
    assert.deepEqual(
      good.keyboard.inline_keyboard.flat().map((b) => b.text),
      ['✅ Confirm', '✏️ Edit', '🗑️ Discard'],
    );
    assert.ok(good.text.includes('&lt;i&gt;Strava&lt;/i&gt;'));
    assert.ok(good.text.includes('5.02 km') && good.text.includes('25:13'));
    const bad = renderResult(3, run(5.02, 313), checkPlausibility(run(5.02, 313), TODAY));
    assert.deepEqual(
      bad.keyboard.inline_keyboard.flat().map((b) => b.text),
      ['✏️ Edit', '🗑️ Discard'],
    );
    assert.ok(bad.text.includes('Nothing was recorded'));
  });
});

describe('sniffImage', () => {
  it('recognises PNG, JPEG and WebP by content', async () => {
    assert.equal(await sniffImage(renderScreenshot(['5 km'])), 'image/png');
    assert.equal(await sniffImage(renderScreenshot(['5 km'], { format: 'jpeg' })), 'image/jpeg');
    // Smallest lossless WebP header: RIFF <size> WEBP VP8L …
    const webp = Buffer.concat([
      Buffer.from('RIFF'),
      Buffer.from([0x1a, 0, 0, 0]),
      Buffer.from('WEBPVP8L'),
      Buffer.from([0x0d, 0, 0, 0, 0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0]),
    ]);
    assert.equal(await sniffImage(webp), 'image/webp');
  });

  it('refuses text (whatever its name), GIF and PDF', async () => {
    assert.equal(await sniffImage(Buffer.from('5.02 km 25:13 — definitely a png')), undefined);
    assert.equal(await sniffImage(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')), undefined);
    assert.equal(await sniffImage(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')), undefined);
    assert.equal(await sniffImage(Buffer.alloc(0)), undefined);
  });
});
