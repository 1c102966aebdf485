import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  detectRedFlag,
  encodeCoachAction,
  type ParsedMessage,
  parseCoachAction,
  parseMessage,
  parseToolCall,
} from '../../shared/coach/index.js';

// Wednesday 3 March 2027.
const ctx = {
  today: '2027-03-03',
  units: 'km' as const,
  upcoming: [
    { date: '2027-03-04', type: 'tempo' },
    { date: '2027-03-06', type: 'easy' },
    { date: '2027-03-07', type: 'long' },
    { date: '2027-03-09', type: 'easy' },
    { date: '2027-03-11', type: 'intervals' },
  ],
};
const I = (tool: string, args: Record<string, unknown>): ParsedMessage =>
  ({ kind: 'intent', intent: { tool, args } }) as ParsedMessage;

const TABLE: Array<[string, ParsedMessage]> = [
  // report_pain
  ['my knee hurts', I('report_pain', { area: 'knee', severity: 'moderate' })],
  ['My knee hurts since yesterday', I('report_pain', { area: 'knee', severity: 'moderate' })],
  ['sore calf after the long run', I('report_pain', { area: 'calf', severity: 'moderate' })],
  ['a bit of a niggle in my hamstring', I('report_pain', { area: 'hamstring', severity: 'mild' })],
  ['sharp pain in my shin', I('report_pain', { area: 'shin', severity: 'severe' })],
  ['I think I twisted my ankle', I('report_pain', { area: 'ankle', severity: 'moderate' })],
  ['my achilles is really painful', I('report_pain', { area: 'achilles', severity: 'severe' })],
  ['hip feels slightly sore', I('report_pain', { area: 'hip', severity: 'mild' })],
  ['I got injured', I('report_pain', { area: 'pain', severity: 'moderate' })],
  ['plantar fasciitis is back, my foot aches', I('report_pain', { area: 'foot', severity: 'moderate' })],
  ['I am limping, my knee is swollen and hurts', I('report_pain', { area: 'knee', severity: 'severe' })],
  // move_workout
  ["move Saturday's run to Sunday", I('move_workout', { from: '2027-03-06', to: '2027-03-07' })],
  ["can I do Saturday's long run on Sunday?", I('move_workout', { from: '2027-03-06', to: '2027-03-07' })],
  ['move my long run to saturday', I('move_workout', { from: '2027-03-07', to: '2027-03-06' })],
  ["move tomorrow's run to friday", I('move_workout', { from: '2027-03-04', to: '2027-03-05' })],
  ['shift the tempo to friday', I('move_workout', { from: '2027-03-04', to: '2027-03-05' })],
  ['push thursday to friday please', I('move_workout', { from: '2027-03-04', to: '2027-03-05' })],
  ['reschedule sunday to monday', I('move_workout', { from: '2027-03-07', to: '2027-03-08' })],
  ['swap the run on tuesday to wednesday', I('move_workout', { from: '2027-03-09', to: '2027-03-10' })],
  ['move the intervals to friday', I('move_workout', { from: '2027-03-11', to: '2027-03-12' })],
  ["postpone today's run to tomorrow", I('move_workout', { from: '2027-03-03', to: '2027-03-04' })],
  ['move my run from 2027-03-06 to 2027-03-08', I('move_workout', { from: '2027-03-06', to: '2027-03-08' })],
  ['can i run the long run on saturday instead', I('move_workout', { from: '2027-03-07', to: '2027-03-06' })],
  // skip_workout
  ['skip tomorrow', I('skip_workout', { date: '2027-03-04', reason: 'other' })],
  ["skip tomorrow, it's raining", I('skip_workout', { date: '2027-03-04', reason: 'weather' })],
  ["I can't make it today, work is crazy", I('skip_workout', { date: '2027-03-03', reason: 'no_time' })],
  ["I'm sick, skip saturday", I('skip_workout', { date: '2027-03-06', reason: 'sick' })],
  ['cancel the tempo', I('skip_workout', { date: '2027-03-04', reason: 'other' })],
  ['no time for my run on sunday', I('skip_workout', { date: '2027-03-07', reason: 'no_time' })],
  [
    "I won't be able to run thursday, family stuff",
    I('skip_workout', { date: '2027-03-04', reason: 'no_time' }),
  ],
  ['too icy outside, skipping today', I('skip_workout', { date: '2027-03-03', reason: 'weather' })],
  ['I have the flu, drop the run tomorrow', I('skip_workout', { date: '2027-03-04', reason: 'sick' })],
  ['taking tomorrow off', I('skip_workout', { date: '2027-03-04', reason: 'other' })],
  // reduce_week
  ['travelling next week, only two days', I('reduce_week', { week: 'next', percent: 30 })],
  ['can you make this week lighter', I('reduce_week', { week: 'this', percent: 30 })],
  ['reduce next week by 40%', I('reduce_week', { week: 'next', percent: 40 })],
  ["I'm exhausted", I('reduce_week', { week: 'this', percent: 30 })],
  ['busy week at work, cut back please', I('reduce_week', { week: 'this', percent: 30 })],
  ['halve this week', I('reduce_week', { week: 'this', percent: 50 })],
  ['I need a down week', I('reduce_week', { week: 'this', percent: 30 })],
  ['feeling tired, less volume next week', I('reduce_week', { week: 'next', percent: 30 })],
  ['cut down 20 percent this week', I('reduce_week', { week: 'this', percent: 20 })],
  // pause_plan
  ['pause for two weeks', I('pause_plan', { from: '2027-03-03', days: 14 })],
  ['I am on holiday for 5 days', I('pause_plan', { from: '2027-03-03', days: 5 })],
  ['going on vacation next monday for a week', I('pause_plan', { from: '2027-03-08', days: 7 })],
  ['I need a break from running', I('pause_plan', { from: '2027-03-03', days: 7 })],
  ['away for 3 days from friday', I('pause_plan', { from: '2027-03-05', days: 3 })],
  // log_run
  ['ran 10k in 52 min this morning', I('log_run', { date: '2027-03-03', distanceKm: 10, durationMin: 52 })],
  ['I ran 8 km yesterday', I('log_run', { date: '2027-03-02', distanceKm: 8 })],
  ['did 5 miles in 45:00', I('log_run', { date: '2027-03-03', distanceKm: 8.05, durationMin: 45 })],
  [
    'just finished a 12 km run in 1:05:00, rpe 7',
    I('log_run', { date: '2027-03-03', distanceKm: 12, durationMin: 65, rpe: 7 }),
  ],
  ['went for a 30 min jog', I('log_run', { date: '2027-03-03', durationMin: 30 })],
  ['done: 6k easy on monday', I('log_run', { date: '2027-03-01', distanceKm: 6 })],
  ['completed 21.1 km in 1:55', I('log_run', { date: '2027-03-03', distanceKm: 21.1, durationMin: 115 })],
  // explain_workout
  ['how fast should my tempo be?', I('explain_workout', { type: 'tempo' })],
  ['what pace for the long run?', I('explain_workout', { type: 'long' })],
  ['explain intervals', I('explain_workout', { type: 'intervals' })],
  ["what's my workout tomorrow", I('explain_workout', { date: '2027-03-04' })],
  ['why do I run easy so slowly?', I('explain_workout', { type: 'easy' })],
  ['what is a recovery run?', I('explain_workout', { type: 'recovery' })],
  ["explain saturday's workout", I('explain_workout', { date: '2027-03-06' })],
  // show_week
  ["what's on this week", I('show_week', { week: 'this' })],
  ['show me next week', I('show_week', { week: 'next' })],
  ['what do I have this week?', I('show_week', { week: 'this' })],
  ['my schedule', I('show_week', { week: 'this' })],
  // change_goal
  [
    'I want to run a marathon on 2027-10-10 instead',
    I('change_goal', { distanceKm: 42.195, raceDate: '2027-10-10' }),
  ],
  ['change my goal to a half marathon', I('change_goal', { distanceKm: 21.0975 })],
  ['my race was postponed to 2027-06-20', I('change_goal', { raceDate: '2027-06-20' })],
  ['I signed up for a 10k on june 5', I('change_goal', { distanceKm: 10, raceDate: '2027-06-05' })],
  ['switch my goal to 5k', I('change_goal', { distanceKm: 5 })],
  // yes / no
  ['yes, do that', { kind: 'confirm' }],
  ['ok', { kind: 'confirm' }],
  ['sounds good', { kind: 'confirm' }],
  ['Apply', { kind: 'confirm' }],
  ['no', { kind: 'decline' }],
  ['no, Sunday instead', { kind: 'decline', day: '2027-03-07' }],
  ['nope, make it friday', { kind: 'decline', day: '2027-03-05' }],
  // not understood
  ['hello there', { kind: 'unknown' }],
  ['what is the meaning of life', { kind: 'unknown' }],
  ['', { kind: 'unknown' }],
  ['🏃‍♀️🏃‍♂️', { kind: 'unknown' }],
];

describe('coach offline parser', () => {
  it(`reads ${TABLE.length} phrasings into the expected intents and arguments`, () => {
    assert.ok(TABLE.length >= 60);
    const wrong: string[] = [];
    for (const [text, expected] of TABLE) {
      const got = parseMessage(text, ctx);
      // The expectation goes through the same schema, so defaults are filled in alike.
      const want =
        expected.kind === 'intent'
          ? { kind: 'intent', intent: parseToolCall(expected.intent.tool, expected.intent.args) }
          : expected;
      try {
        assert.deepEqual(got, want);
      } catch {
        wrong.push(`${JSON.stringify(text)} → ${JSON.stringify(got)} (wanted ${JSON.stringify(want)})`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('never returns arguments the tool schemas refuse', () => {
    for (const text of [
      'reduce this week by 95%',
      'pause for 40 weeks',
      'ran 900 km today',
      'ran 10k in 2 min',
    ]) {
      const got = parseMessage(text, ctx);
      if (got.kind === 'intent') assert.doesNotThrow(() => parseToolCall(got.intent.tool, got.intent.args));
    }
    assert.deepEqual(parseMessage('reduce this week by 95%', ctx), { kind: 'unknown' });
  });
});

describe('coach red flags', () => {
  const flags: Array<[string, string | undefined]> = [
    ['I had chest pain on my run', 'chest pain'],
    ['tightness in my chest while running', 'chest pain'],
    ['I fainted after the intervals', 'fainting'],
    ['passed out at the finish', 'fainting'],
    ["I couldn't breathe on the hill", 'severe shortness of breath'],
    ['my heart was racing and irregular', 'heart rhythm'],
    ['felt dizzy and lightheaded', 'dizziness'],
    ['numbness in my left arm', 'stroke signs'],
    ["I can't put weight on my foot", 'fracture'],
    ['my knee hurts', undefined],
    ['no chest pain, just tired legs', undefined],
    ['move Saturday to Sunday', undefined],
  ];
  for (const [text, flag] of flags) {
    it(`${JSON.stringify(text)} → ${flag ?? 'no flag'}`, () => assert.equal(detectRedFlag(text), flag));
  }
});

describe('coach callback data', () => {
  it('round-trips Apply and Cancel', () => {
    assert.equal(encodeCoachAction({ kind: 'apply', proposalId: 5 }), 'co1:a:5');
    assert.deepEqual(parseCoachAction('co1:a:5'), { kind: 'apply', proposalId: 5 });
    assert.deepEqual(parseCoachAction('co1:c:12'), { kind: 'cancel', proposalId: 12 });
  });
  it('rejects forged data', () => {
    for (const data of [
      'co1:a:0',
      'co1:x:5',
      'co1:a:-1',
      'co1:a:5:6',
      'co2:a:5',
      'co1:a:99999999999999999',
      'co1:a:1e3',
      'co1:a:',
      42,
      undefined,
    ]) {
      assert.equal(parseCoachAction(data), undefined, String(data));
    }
  });
});
