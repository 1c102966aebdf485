import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Workout } from '../../shared/planner/index.js';
import { renderRestDayReminder, renderWorkoutReminder } from '../../shared/reminders/index.js';
import { parseWorkoutAction } from '../../shared/tracking/index.js';

const intervals: Workout = {
  date: '2026-03-31',
  weekday: 2,
  type: 'intervals',
  title: 'Intervals',
  distanceKm: 9.5,
  durationMin: 52,
  structure: { warmUp: '2 km easy', mainSet: '5 × 800 m at I pace with 400 m jog', coolDown: '1.5 km easy' },
  pace: { zone: 'I', fast: 240, slow: 250 },
  description: 'Hard but controlled.',
};

const stored = (details: unknown) => ({
  id: 42,
  workoutDate: '2026-03-31',
  title: 'Intervals',
  distanceKm: 9.5,
  durationMin: 52,
  details,
});

describe('reminder messages', () => {
  it('show type, distance, duration, structure and paces with Done / Skip / See week buttons', () => {
    const p = renderWorkoutReminder(stored(intervals), 'km');
    assert.equal(p.parse_mode, 'HTML');
    assert.match(p.text, /Tomorrow/);
    assert.match(p.text, /Tue 31 Mar · Intervals/);
    assert.match(p.text, /9\.5 km/);
    assert.match(p.text, /~52 min/);
    assert.match(p.text, /Warm-up: 2 km easy/);
    assert.match(p.text, /Main set: 5 × 800 m at I pace/);
    assert.match(p.text, /Cool-down: 1\.5 km easy/);
    assert.match(p.text, /Pace: 4:00–4:10 min\/km/);
    const buttons = p.reply_markup?.inline_keyboard.flat() ?? [];
    const actions = buttons.map((b) => parseWorkoutAction('callback_data' in b ? b.callback_data : ''));
    assert.deepEqual(actions, [
      { action: 'done', workoutId: 42 },
      { action: 'skip', workoutId: 42 },
      { action: 'week', workoutId: 42 },
    ]);
  });

  it('use the runner’s units', () => {
    const p = renderWorkoutReminder(stored(intervals), 'mi');
    assert.match(p.text, /5\.9 mi/);
    assert.match(p.text, /\/mi/);
  });

  it('fall back to the stored columns when details fail the schema, still with buttons', () => {
    const p = renderWorkoutReminder(stored({ broken: true }), 'km');
    assert.match(p.text, /Tue 31 Mar · Intervals/);
    assert.match(p.text, /9\.5 km · ~52 min/);
    assert.equal(p.reply_markup?.inline_keyboard.flat().length, 3);
  });

  it('escape HTML in titles', () => {
    const p = renderWorkoutReminder({ ...stored({}), title: 'Easy <fun> & "chat"' }, 'km');
    assert.match(p.text, /Easy &lt;fun&gt; &amp; &quot;chat&quot;/);
  });

  it('rest-day note names the day and has no buttons', () => {
    const p = renderRestDayReminder('2026-03-29');
    assert.match(p.text, /Sun 29 Mar/);
    assert.match(p.text, /rest day/);
    assert.equal(p.reply_markup, undefined);
  });
});
