import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/** Runs the CLI as a coach would (`npm run plan -- …` runs exactly this command). */
function plan(profile: unknown, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
  const file = join(dir, 'profile.json');
  writeFileSync(file, typeof profile === 'string' ? profile : JSON.stringify(profile));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/plan.ts', file, ...args], {
    encoding: 'utf8',
    env: { ...process.env, OPENAI_API_KEY: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const runner = {
  goal_distance_km: 21.0975,
  race_date: '2026-05-03',
  gender: 'female',
  age: 35,
  height_cm: 168,
  weight_kg: 60,
  experience: 'intermediate',
  weekly_km: 30,
  training_days: ['tue', 'thu', 'sat', 'sun'],
  long_run_day: 'sun',
  longest_run_km: 12,
  recent_race: { distance_km: 10, time: '52:30' },
};

describe('plan CLI', () => {
  it('prints the plan as JSON on stdout and the verdict on stderr', () => {
    const r = plan(runner, '--today', '2026-01-05');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /verdict: ok — 0 violations/);
    const out = JSON.parse(r.stdout);
    assert.equal(out.source, 'deterministic');
    const workouts = out.weeks.flatMap((w: { workouts: unknown[] }) => w.workouts);
    assert.deepEqual(workouts.at(-1), { ...workouts.at(-1), date: '2026-05-03', type: 'race' });
    for (const w of workouts) {
      assert.ok(
        ['easy', 'long', 'tempo', 'intervals', 'repetitions', 'race_pace', 'recovery', 'race'].includes(
          w.type,
        ),
      );
      assert.equal(typeof w.distance_km, 'number');
      assert.equal(typeof w.duration_min, 'number');
      if (w.pace_min_per_km) assert.match(w.pace_min_per_km.from, /^\d+:\d\d$/);
    }
    for (const w of out.weeks) {
      const sum = w.workouts
        .filter((x: { type: string }) => x.type !== 'race')
        .reduce((s: number, x: { distance_km: number }) => s + x.distance_km, 0);
      assert.ok(Math.abs(sum - w.planned_km) < 0.1, `week ${w.index}: ${sum} vs ${w.planned_km}`);
    }
  });

  it('answers an array in order, with the gate for an infeasible goal', () => {
    const couch = {
      ...runner,
      goal_distance_km: 42.195,
      race_date: '2026-01-26',
      experience: 'beginner',
      weekly_km: 0,
    };
    delete (couch as Partial<typeof runner>).recent_race;
    delete (couch as Partial<typeof runner>).longest_run_km;
    const r = plan([couch, runner], '--today', '2026-01-05');
    assert.equal(r.code, 0, r.stderr);
    const [gate, ok] = JSON.parse(r.stdout);
    assert.equal(gate.infeasible, true);
    assert.match(gate.reason, /marathon/);
    assert.ok(gate.options.length >= 1 && gate.options[0].kind === 'later-date');
    assert.equal(gate.weeks, undefined);
    assert.equal(ok.source, 'deterministic');
    assert.match(r.stderr, /\[0\] verdict: infeasible/);
    assert.match(r.stderr, /\[1\] verdict: ok/);
  });

  it('names the bad field and exits non-zero', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...runner, race_date: '2026-13-01' }, /race_date: expected a date/],
      [{ ...runner, training_days: ['tue', 'funday'] }, /training_days\[1\]/],
      [{ ...runner, recent_race: { distance_km: 10, time: 'fast' } }, /recent_race\.time: expected mm:ss/],
      [{ ...runner, weekly_kms: 3 }, /weekly_kms/],
      [
        [runner, { ...runner, long_run_day: 'mon' }],
        /\[1\]\.long_run_day: long-run day must be a training day/,
      ],
      ['{not json', /not valid JSON/],
    ];
    for (const [profile, message] of cases) {
      const r = plan(profile, '--today', '2026-01-05');
      assert.equal(r.code, 2, `${JSON.stringify(profile)} → ${r.code}`);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
    assert.match(plan(runner, '--today', 'tomorrow').stderr, /--today: expected a date/);
  });
});
