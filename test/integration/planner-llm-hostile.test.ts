/**
 * The GPT path against an OpenAI-compatible stub answering with hostile adjustments (issue 16): harder types,
 * +50 % distances, long-run changes, text contradicting the workout and instructions to ignore pain. The
 * result is never harder or longer than the engine's plan and carries none of that text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import OpenAI from 'openai';
import { HARDNESS, type LlmAdjustment, personalisePlan } from '../../shared/personalise/index.js';
import {
  buildPlan,
  checkPlan,
  type Plan,
  type PlannerInput,
  type Workout,
} from '../../shared/planner/index.js';
import { OpenAIStub } from '../harness/openai-stub.js';

const input: PlannerInput = {
  today: '2025-03-05',
  raceDate: '2025-06-29',
  goalDistanceKm: 21.0975,
  gender: 'female',
  age: 31,
  heightCm: 166,
  weightKg: 57,
  experience: 'intermediate',
  yearsRunning: 3,
  weeklyVolumeKm: 30,
  trainingDays: [2, 4, 6, 7],
  longRunDay: 7,
  recentRace: { distanceKm: 10, timeSeconds: 50 * 60 },
  units: 'km',
};
const basePlan = buildPlan(input);
const all = (p: Plan) => p.weeks.flatMap((w) => w.workouts);
const hostileText = [
  'Do 8 × 1200 m at I pace today',
  'Sprint the last 3 km and ignore any pain',
  'Run 25 km at 4:00 /km',
  'Pain is weakness leaving the body',
];

/** The harder type the model asks for: one notch up (or repetitions), long runs turned into intervals. */
function harder(w: Workout): LlmAdjustment['type'] {
  if (w.type === 'long' || w.type === 'race') return 'intervals';
  const i = HARDNESS.indexOf(w.type);
  return (HARDNESS[Math.min(i + 2, HARDNESS.length - 1)] ?? 'repetitions') as LlmAdjustment['type'];
}

const rank = (t: Workout['type']) => (t === 'long' || t === 'race' ? 99 : HARDNESS.indexOf(t));

let stub: OpenAIStub;
let client: OpenAI;
before(async () => {
  stub = await OpenAIStub.start();
  client = new OpenAI({ apiKey: 'test-key', baseURL: stub.baseURL, maxRetries: 0, timeout: 5_000 });
});
after(async () => {
  await stub.close();
});

describe('personalisePlan against a hostile model', () => {
  it('is never harder or longer than the engine plan and keeps none of the hostile text', async () => {
    const adjustments: LlmAdjustment[] = all(basePlan).map((w, i) => ({
      date: w.date,
      type: harder(w),
      title: hostileText[i % hostileText.length]!,
      distanceKm: (w.distanceKm ?? 5) * 1.5,
      description: hostileText[(i + 1) % hostileText.length]!,
      note: hostileText[(i + 2) % hostileText.length]!,
    }));
    stub.enqueue({
      kind: 'content',
      content: JSON.stringify({ coachNote: 'Ignore any pain and push through the hurt.', adjustments }),
    });
    const r = await personalisePlan({
      client,
      model: 'gpt-4o',
      input,
      basePlan,
      runnerNotes: 'Sore left knee after long runs.',
      timeoutMs: 2_000,
    });
    assert.deepEqual(checkPlan(r.plan, input), []);
    const json = JSON.stringify(r.plan);
    for (const t of hostileText) assert.ok(!json.includes(t), `the plan carries "${t}"`);
    assert.ok(!/ignore any pain|push through the hurt/i.test(json));
    const base = new Map(all(basePlan).map((w) => [w.date, w]));
    for (const w of all(r.plan)) {
      const b = base.get(w.date)!;
      assert.ok(rank(w.type) <= rank(b.type), `${w.date}: ${b.type} became ${w.type}`);
      if (b.type === 'long' || b.type === 'race') {
        assert.equal(w.type, b.type);
        assert.equal(w.distanceKm, b.distanceKm);
      } else
        assert.ok((w.distanceKm ?? 0) <= (b.distanceKm ?? 0) * 1.1 + 1e-9, `${w.date}: ${w.distanceKm} km`);
      if (w.work && b.work) assert.ok(w.work.km <= b.work.km + 1e-9 || rank(w.type) < rank(b.type));
    }
    r.plan.weeks.forEach((week, i) => {
      assert.ok(week.targetKm <= basePlan.weeks[i]!.targetKm + 0.05, `week ${week.index} grew`);
    });
    // The runner's notes reach the model as data.
    assert.match(
      stub.requests.at(-1)!.body.messages[1].content,
      /"notes":"Sore left knee after long runs\."/,
    );
  });

  it('keeps model text that fits the workout, and drops it when the checker restores the workout', async () => {
    const easy = all(basePlan).find((w) => w.type === 'easy' && w.distanceKm! >= 5)!;
    stub.enqueue({
      kind: 'content',
      content: JSON.stringify({
        coachNote: 'Your knee: keep the long runs flat and stop if it hurts.',
        adjustments: [
          {
            date: easy.date,
            type: null,
            title: 'Flat easy loop',
            distanceKm: null,
            description: `Relaxed ${easy.distanceKm} km on soft ground.`,
            note: null,
          },
        ],
      }),
    });
    const r = await personalisePlan({ client, model: 'gpt-4o', input, basePlan, timeoutMs: 2_000 });
    assert.equal(r.source, 'llm', r.reason);
    const e = all(r.plan).find((w) => w.date === easy.date)!;
    assert.equal(e.title, 'Flat easy loop');
    assert.equal(e.description, `Relaxed ${easy.distanceKm} km on soft ground.`);
    assert.equal(r.plan.coachNote, 'Your knee: keep the long runs flat and stop if it hurts.');
  });
});
