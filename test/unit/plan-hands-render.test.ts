import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { buildIcs } from '../../shared/calendar/index.js';
import { loadConfig } from '../../shared/config/index.js';
import { buildPlan, plannerInputSchema, type Workout } from '../../shared/planner/index.js';
import {
  fullPlanPages,
  type PlanWorkoutRow,
  renderWorkoutDetail,
  workoutDescription,
} from '../../shared/plans/index.js';
import { toPlannerInput } from '../../shared/profile/index.js';
import { parseIcs } from '../harness/ics-parse.js';
import { halfMarathonProfile } from '../harness/profile-fixture.js';

const TEMPO: Workout = {
  date: '2026-12-10',
  weekday: 4,
  type: 'tempo',
  title: 'Tempo',
  distanceKm: 8,
  durationMin: 44,
  structure: { warmUp: '2 km easy', mainSet: '4 km continuous at T pace', coolDown: '2 km easy' },
  pace: { zone: 'T', fast: 307, slow: 313 },
  description: 'Comfortably hard.',
};

describe('plan in the runner’s hands: rendering', () => {
  it('a workout detail writes its paces in min/km inside the session', () => {
    const html = renderWorkoutDetail('en', TEMPO, 'km');
    assert.equal(
      html.split('\n')[0],
      '<b>Thu 10 Dec — Tempo 8 km</b>: 2 km easy · 4 km continuous at 5:07–5:13 min/km · 2 km easy',
    );
    assert.doesNotMatch(html, / \/(km|mi)\b/);
    assert.match(renderWorkoutDetail('de', TEMPO, 'mi'), /min\/mi/);
  });

  it('the full plan of a 30-week marathon fits in pages under 4,096 characters, every week once, in every language', () => {
    const profile = halfMarathonProfile({
      goalDistanceKm: 42.195,
      goalLabel: 'Marathon',
      raceDate: '2027-07-04',
    });
    const plan = buildPlan(plannerInputSchema.parse(toPlannerInput(profile, '2026-12-01')));
    for (const locale of ['en', 'ru', 'es', 'de'] as const) {
      const pages = fullPlanPages(locale, plan, 'km');
      assert.ok(pages.length >= Math.ceil(plan.weeks.length / 4));
      for (const page of pages) assert.ok(page.length < 4096, `${locale}: ${page.length}`);
      // Each week: its bold header, then its dates `Mon 30 Nov – Sun 6 Dec`.
      const lines = pages.join('\n').split('\n');
      const weeks = lines.filter((l, i) => lines[i - 1]?.includes('</b>') && l.includes(' – '));
      assert.equal(weeks.length, plan.weeks.length, locale);
      assert.equal(new Set(weeks).size, weeks.length, `${locale}: a week twice`);
    }
  });

  it('.ics events at the runner hour keep their local time across a daylight-saving change', () => {
    const rows: PlanWorkoutRow[] = ['2027-03-27', '2027-03-29'].map((date, i) => ({
      id: i + 1,
      planId: 1,
      date,
      status: 'planned',
      workout: { ...TEMPO, date },
    }));
    const doc = parseIcs(buildIcs(rows, { locale: 'en', units: 'km', timeZone: 'Europe/Berlin', hour: 7 }));
    const starts = doc.events.map((e) => e.start.toISOString());
    assert.deepEqual(starts, ['2027-03-27T06:00:00.000Z', '2027-03-29T05:00:00.000Z']);
    for (const [i, e] of doc.events.entries()) {
      const local = DateTime.fromJSDate(e.start).setZone('Europe/Berlin');
      assert.equal(local.toISODate(), rows[i]!.date);
      assert.equal(local.hour, 7);
      assert.equal(e.description, workoutDescription('en', rows[i]!.workout, 'km'));
    }
    const allDay = parseIcs(
      buildIcs(rows, { locale: 'ru', units: 'km', timeZone: 'Europe/Berlin', hour: null }),
    );
    assert.deepEqual(
      allDay.events.map((e) => [e.allDay, e.day]),
      [
        [true, '2027-03-27'],
        [true, '2027-03-29'],
      ],
    );
    assert.equal(allDay.name, 'План тренировок');
  });

  it('PUBLIC_URL is the calendar base; default http://localhost:PORT', () => {
    assert.equal(loadConfig({ PORT: '3100' }).publicUrl, 'http://localhost:3100');
    assert.equal(
      loadConfig({ PUBLIC_URL: 'https://coach.example.com/' }).publicUrl,
      'https://coach.example.com',
    );
    assert.throws(() => loadConfig({ PUBLIC_URL: 'ftp://x' }));
  });
});
