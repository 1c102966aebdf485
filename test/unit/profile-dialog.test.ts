import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  back,
  botCommands,
  type DialogInput,
  type DialogResult,
  type DialogState,
  dialogStateSchema,
  handleInput,
  MAX_CALLBACK_BYTES,
  type RunnerProfile,
  renderHelp,
  renderProfileSummary,
  runnerProfileSchema,
  startDialog,
  startEdit,
  startEditMenu,
  toPlannerInput,
} from '../../shared/profile/index.js';

const ctx = { now: new Date('2026-05-10T12:00:00Z') };
const text = (t: string): DialogInput => ({ kind: 'text', text: t });
const button = (data: string): DialogInput => ({ kind: 'button', data });

/** Runs inputs in order, asserting each is accepted. */
function run(state: DialogState, inputs: DialogInput[]): DialogResult {
  let result: DialogResult = { state, reply: { text: '', parseMode: 'HTML' }, outcome: 'accepted' };
  for (const input of inputs) {
    result = handleInput(result.state, input, ctx);
    assert.equal(result.outcome, 'accepted', `${JSON.stringify(input)} rejected: ${result.reply.text}`);
  }
  return result;
}

function allButtonData(result: DialogResult): string[] {
  return (result.reply.keyboard?.rows ?? []).flat().map((b) => b.data);
}

const HAPPY_PATH: DialogInput[] = [
  button('p1:units:km'),
  text('Berlin'),
  button('p1:goal:full'),
  text('12.04.2027'),
  button('p1:gender:female'),
  text('34'),
  text('1,70 m'),
  text('60 kg'),
  button('p1:exp:intermediate'),
  button('p1:years:3'),
  text('30 km'),
  button('p1:lrun:15km'),
  button('p1:days:t2'),
  button('p1:days:t4'),
  button('p1:days:t7'),
  button('p1:days:t6'),
  button('p1:days:t6'), // toggled off again
  button('p1:days:done'),
  button('p1:long:7'),
  button('p1:race:10'),
  text('47:30'),
  text('Left knee niggle <3 — no track on Mondays'),
  text('7pm'),
];

const EXPECTED: RunnerProfile = {
  goalDistanceKm: 42.195,
  goalLabel: 'Marathon',
  raceDate: '2027-04-12',
  gender: 'female',
  age: 34,
  heightCm: 170,
  weightKg: 60,
  experience: 'intermediate',
  yearsRunning: 3,
  weeklyVolumeKm: 30,
  trainingDays: [2, 4, 7],
  longRunDay: 7,
  recentRace: { distanceKm: 10, timeSeconds: 2850 },
  units: 'km',
  timeZone: 'Europe/Berlin',
  reminderHour: 19,
  longestRunKm: 15,
  notes: 'Left knee niggle <3 — no track on Mondays',
};

function finishedSummary(): DialogResult {
  return run(startDialog(), HAPPY_PATH);
}

describe('profile dialog: happy path', () => {
  it('greets and asks for units first, with buttons', () => {
    const state = startDialog();
    const first = handleInput(state, text('/back'), ctx);
    assert.match(first.reply.text, /Hi! I'm your running coach/);
    assert.deepEqual(allButtonData(first), ['p1:units:km', 'p1:units:mi']);
  });

  it('walks every question with buttons and text and produces the profile on Save', () => {
    const summary = finishedSummary();
    assert.equal(summary.state.step, 'summary');
    assert.equal(summary.reply.done, undefined, 'nothing is final before the runner confirms');
    assert.match(summary.reply.text, /Your runner profile/);
    assert.match(summary.reply.text, /Marathon/);
    assert.match(summary.reply.text, /Tue, Thu, Sun · long run on Sunday/);
    assert.match(summary.reply.text, /Longest run in the last month: 15 km/);
    assert.match(summary.reply.text, /Notes: Left knee niggle &lt;3 — no track on Mondays/);
    const saved = handleInput(summary.state, button('p1:sum:ok'), ctx);
    assert.equal(saved.state.step, 'finished');
    assert.deepEqual(saved.reply.done, EXPECTED);
    assert.deepEqual(runnerProfileSchema.parse(saved.reply.done), EXPECTED);
  });

  it('confirms the time zone with local time, and a fixed offset says it is fixed', () => {
    const afterUnits = run(startDialog(), [button('p1:units:km')]);
    const berlin = run(afterUnits.state, [text('Berlin')]);
    assert.match(berlin.reply.text, /Europe\/Berlin.*your time now: 14:00/);
    const offset = run(afterUnits.state, [text('UTC+3')]);
    assert.equal(offset.state.answers.timeZone, 'Etc/GMT-3');
    assert.match(offset.reply.text, /fixed offset with no daylight-saving/);
  });

  it('custom goal distance, miles, text days, a combined race answer and skipping', () => {
    const result = run(startDialog(), [
      text('miles'),
      text('new york'),
      button('p1:goal:custom'),
      text('15'),
      text('in 16 weeks'),
      text('m'),
      text('40'),
      text(`5'11"`),
      text('170'),
      text('advanced'),
      text('12 years'),
      text('25'),
      text('not sure'),
      text('mon, wed, fri and sat'),
      text('saturday'),
      text('half 1:45'),
      text('no'),
      button('p1:hour:7'),
    ]);
    assert.equal(result.state.step, 'summary');
    const done = handleInput(result.state, text('yes'), ctx).reply.done!;
    assert.equal(done.units, 'mi');
    assert.equal(done.goalDistanceKm, 24.14);
    assert.equal(done.goalLabel, '15 mi race');
    assert.equal(done.raceDate, '2026-08-30');
    assert.equal(done.heightCm, 180.3);
    assert.equal(done.weightKg, 77.1);
    assert.equal(done.weeklyVolumeKm, 40.2);
    assert.deepEqual(done.trainingDays, [1, 3, 5, 6]);
    assert.equal(done.longRunDay, 6);
    assert.deepEqual(done.recentRace, { distanceKm: 21.0975, timeSeconds: 6300 });
    assert.equal(done.reminderHour, 7);
    assert.equal('longestRunKm' in done, false, 'skipped longest run stays absent');
    assert.equal('notes' in done, false, 'skipped notes stay absent');
    assert.match(renderProfileSummary(done), /5′11″, 170 lb/);
    assert.match(renderProfileSummary(done), /Longest run in the last month: not given/);
  });

  it('recent race can be skipped (no recentRace in the profile or planner input)', () => {
    const path = [...HAPPY_PATH.slice(0, -4), button('p1:race:skip'), button('p1:notes:skip'), text('19:00')];
    const summary = run(startDialog(), path);
    const done = handleInput(summary.state, button('p1:sum:ok'), ctx).reply.done!;
    assert.equal(done.recentRace, undefined);
    assert.equal(done.notes, undefined);
    assert.equal('recentRace' in toPlannerInput(done, '2026-05-10'), false);
  });

  it('toPlannerInput returns exactly the planner shape', () => {
    const input = toPlannerInput(EXPECTED, '2026-05-10');
    assert.deepEqual(Object.keys(input).sort(), [
      'age',
      'experience',
      'gender',
      'goalDistanceKm',
      'heightCm',
      'longRunDay',
      'longestRunKm', // where the first long runs start (issue 16: the spike rule)
      'raceDate',
      'recentRace',
      'today',
      'trainingDays',
      'units',
      'weeklyVolumeKm',
      'weightKg',
      'yearsRunning',
    ]);
    assert.equal(input.today, '2026-05-10');
    assert.equal(input.longestRunKm, 15);
    assert.notEqual(input.trainingDays, EXPECTED.trainingDays, 'arrays are copied');
  });
});

describe('profile dialog: invalid answers leave the state unchanged and re-ask specifically', () => {
  // For each question: the inputs that reach it, then a bad answer and the message expected.
  const cases: [string, number, DialogInput, RegExp][] = [
    ['units', 0, text('parsecs'), /Tap Kilometres or Miles/],
    ['time zone', 1, text('Atlantis'), /couldn't find that place/],
    ['goal', 2, text('far away'), /couldn't read that distance/],
    ['race date', 3, text('31.02.2027'), /doesn't exist on the calendar/],
    ['race date in the past', 3, text('2026-01-01'), /already behind us/],
    ['gender', 4, text('banana'), /male, female or other/],
    ['age', 5, text('7'), /aged 10 to 100/],
    ['height', 6, text('9 feet tall'), /height/],
    ['weight', 7, text('1000 kg'), /looks off/],
    ['experience', 8, text('guru'), /beginner, intermediate or advanced/],
    ['years running', 9, text('50'), /longer than seems possible at 34/],
    ['weekly volume', 10, text('lots'), /weekly distance/],
    ['longest run', 11, text('150 km'), /more than 100 km/],
    ['longest run: a forged quick pick', 11, button('p1:lrun:7km'), /recognise that button/],
    ['training days: only one', 17, button('p1:days:done'), /at least 2 days/], // state replaced below
    ['training days text', 12, text('funday'), /as a day/],
    ['long-run day not a training day', 18, text('monday'), /isn't one of your training days/],
    ['recent race distance', 19, text('999 km'), /between 1 and 250 km/],
    ['recent race time', 20, text('5:00'), /doesn't look right/],
    ['notes over 500 characters', 21, text('a'.repeat(501)), /501 characters — please keep it to 500/],
    ['reminder hour', 22, text('19:30'), /on the hour/],
    ['summary', 23, text('maybe'), /Save/],
  ];
  for (const [name, reached, bad, message] of cases) {
    it(`${name}: ${JSON.stringify(bad)}`, () => {
      let state = run(startDialog(), HAPPY_PATH.slice(0, reached)).state;
      if (name === 'training days: only one') {
        // Reach the day toggles with a single day selected.
        state = run(startDialog(), [...HAPPY_PATH.slice(0, 12), button('p1:days:t2')]).state;
      }
      const before = structuredClone(state);
      const result = handleInput(state, bad, ctx);
      assert.equal(result.outcome, 'invalid');
      assert.deepEqual(result.state, before);
      assert.deepEqual(state, before, 'input state not mutated');
      assert.match(result.reply.text, message);
    });
  }

  it('hostile text never throws and is never echoed raw', () => {
    const hostile = [
      'x'.repeat(5000),
      '🏃‍♀️🔥',
      "'; DROP TABLE runners; --",
      '\u0000\u001b[31m',
      '<script>alert(1)</script>',
    ];
    for (let reached = 0; reached <= HAPPY_PATH.length; reached++) {
      const state = run(startDialog(), HAPPY_PATH.slice(0, reached)).state;
      if (state.step === 'notes') continue; // free text: see the next test
      for (const input of hostile) {
        const result = handleInput(state, text(input), ctx);
        assert.equal(result.outcome, 'invalid', `step ${state.step} accepted ${input.slice(0, 10)}`);
        assert.doesNotMatch(result.reply.text, /<script>/);
        assert.ok(result.reply.text.length < 1500);
      }
    }
  });

  it('notes take any text up to 500 characters, cleaned, and show it escaped', () => {
    const atNotes = run(startDialog(), HAPPY_PATH.slice(0, 21)).state;
    assert.equal(atNotes.step, 'notes');
    assert.equal(handleInput(atNotes, text('x'.repeat(5000)), ctx).outcome, 'invalid');
    assert.equal(handleInput(atNotes, text('\u0000\u200b \n '), ctx).outcome, 'invalid');
    const script = handleInput(atNotes, text(' <script>alert(1)</script>\u0000 '), ctx);
    assert.equal(script.outcome, 'accepted');
    assert.equal(script.state.answers.notes, '<script>alert(1)</script>');
    const summary = run(script.state, [text('7pm')]);
    assert.doesNotMatch(summary.reply.text, /<script>/);
    assert.match(summary.reply.text, /&lt;script&gt;/);
    const capped = handleInput(atNotes, text('y'.repeat(500)), ctx);
    assert.equal(capped.state.answers.notes?.length, 500);
  });
});

describe('profile dialog: buttons', () => {
  it('a button from an earlier question is stale: nothing stored', () => {
    const state = run(startDialog(), HAPPY_PATH.slice(0, 5)).state; // at age
    const result = handleInput(state, button('p1:goal:5'), ctx);
    assert.equal(result.outcome, 'invalid');
    assert.deepEqual(result.state, state);
    assert.match(result.reply.text, /earlier question/);
  });

  it('forged and unknown data are rejected', () => {
    const state = run(startDialog(), HAPPY_PATH.slice(0, 2)).state; // at goal
    for (const data of [
      'p1:goal:7',
      'p1:goal:<b>',
      'p0:goal:full',
      'p1:nope:full',
      'p1:goal:full:extra',
      `p1:goal:${'9'.repeat(80)}`,
      '',
      'garbage',
    ]) {
      const result = handleInput(state, button(data), ctx);
      assert.equal(result.outcome, 'invalid', data);
      assert.deepEqual(result.state, state);
      assert.match(result.reply.text, /recognise that button/);
    }
  });

  it('a long-run day button for a day that is not a training day is rejected', () => {
    const state = run(startDialog(), HAPPY_PATH.slice(0, 18)).state;
    assert.equal(handleInput(state, button('p1:long:1'), ctx).outcome, 'invalid');
  });

  it('every keyboard of the happy path has compact callback data ≤ 64 bytes', () => {
    let state = startDialog();
    for (const input of HAPPY_PATH) {
      const result = handleInput(state, input, ctx);
      for (const data of allButtonData(result)) {
        assert.ok(Buffer.byteLength(data) <= MAX_CALLBACK_BYTES, data);
        assert.match(data, /^p1:/);
      }
      state = result.state;
    }
  });

  it('day toggles show ✅ marks and the Done count', () => {
    const result = run(startDialog(), [
      ...HAPPY_PATH.slice(0, 12),
      button('p1:days:t3'),
      button('p1:days:t5'),
    ]);
    const labels = result.reply.keyboard!.rows.flat().map((b) => b.text);
    assert.ok(labels.includes('✅ Wed'));
    assert.ok(labels.includes('✅ Fri'));
    assert.ok(labels.includes('Mon'));
    assert.ok(labels.includes('Done (2)'));
  });

  it('long-run day buttons are exactly the chosen days', () => {
    const result = run(startDialog(), HAPPY_PATH.slice(0, 18));
    const days = allButtonData(result).filter((d) => d.startsWith('p1:long:') && d !== 'p1:long:back');
    assert.deepEqual(days, ['p1:long:2', 'p1:long:4', 'p1:long:7']);
  });
});

describe('profile dialog: back', () => {
  it('returns to the previous question, keeping answers, and Keep moves on', () => {
    const atWeight = run(startDialog(), HAPPY_PATH.slice(0, 7)).state; // age and height answered
    const backed = back(atWeight);
    assert.equal(backed.state.step, 'height');
    assert.equal(backed.state.answers.heightCm, 170);
    assert.match(backed.reply.text, /Current answer: 170 cm/);
    const kept = handleInput(backed.state, button('p1:height:keep'), ctx);
    assert.equal(kept.state.step, 'weight');
    assert.equal(kept.state.answers.heightCm, 170);
    const changed = handleInput(backed.state, text('180'), ctx);
    assert.equal(changed.state.answers.heightCm, 180);
    assert.equal(changed.state.step, 'weight');
  });

  it('the Back button and typing "back" do the same', () => {
    const atAge = run(startDialog(), HAPPY_PATH.slice(0, 5)).state;
    assert.equal(handleInput(atAge, button('p1:age:back'), ctx).state.step, 'gender');
    assert.equal(handleInput(atAge, text('back'), ctx).state.step, 'gender');
  });

  it('back from the custom distance returns to the goal question', () => {
    const atCustom = run(startDialog(), [...HAPPY_PATH.slice(0, 2), button('p1:goal:custom')]).state;
    assert.equal(atCustom.step, 'goalCustom');
    assert.equal(back(atCustom).state.step, 'goal');
  });

  it('at the first question there is nothing to go back to', () => {
    const result = back(startDialog());
    assert.equal(result.outcome, 'invalid');
    assert.equal(result.state.step, 'units');
    assert.match(result.reply.text, /first question/);
  });

  it('going back into the day toggles starts from the saved days', () => {
    const atLong = run(startDialog(), HAPPY_PATH.slice(0, 18)).state;
    const backed = back(atLong);
    assert.equal(backed.state.step, 'trainingDays');
    assert.deepEqual(backed.state.answers.draftDays, [2, 4, 7]);
  });
});

describe('profile dialog: edit one field', () => {
  it('changes the weight and returns to the summary; Save gives the new profile', () => {
    const { state, reply } = startEdit(EXPECTED, 'weight');
    assert.match(reply.text, /Current answer: 60 kg/);
    const edited = handleInput(state, text('62.5'), ctx);
    assert.equal(edited.state.step, 'summary');
    assert.match(edited.reply.text, /62\.5 kg/);
    const saved = handleInput(edited.state, button('p1:sum:ok'), ctx);
    assert.deepEqual(saved.reply.done, { ...EXPECTED, weightKg: 62.5 });
  });

  it('back from an edit question returns to the summary with no change', () => {
    const { state } = startEdit(EXPECTED, 'age');
    const result = back(state);
    assert.equal(result.state.step, 'summary');
    const saved = handleInput(result.state, button('p1:sum:ok'), ctx);
    assert.deepEqual(saved.reply.done, EXPECTED);
  });

  it('dropping the long-run day from the training days asks for a new long-run day', () => {
    const { state } = startEdit(EXPECTED, 'trainingDays');
    const toggled = run(state, [button('p1:days:t7'), button('p1:days:t6'), button('p1:days:done')]);
    assert.equal(toggled.state.step, 'longRunDay');
    const done = run(toggled.state, [button('p1:long:6'), button('p1:sum:ok')]).reply.done!;
    assert.deepEqual(done.trainingDays, [2, 4, 6]);
    assert.equal(done.longRunDay, 6);
  });

  it('the edit menu lists the fields and opens one', () => {
    const { state, reply } = startEditMenu(EXPECTED);
    const data = allButtonData({ state, reply, outcome: 'accepted' });
    assert.ok(data.includes('p1:edit:racedate'));
    assert.ok(data.includes('p1:edit:weeklyvolume'));
    const opened = handleInput(state, button('p1:edit:racedate'), ctx);
    assert.equal(opened.state.step, 'raceDate');
    const edited = run(opened.state, [text('2027-05-02'), button('p1:sum:ok')]);
    assert.equal(edited.reply.done!.raceDate, '2027-05-02');
  });

  it('from the first summary, Change something → edit menu → field → summary', () => {
    const summary = finishedSummary();
    const result = run(summary.state, [
      button('p1:sum:edit'),
      button('p1:edit:age'),
      text('35'),
      button('p1:sum:ok'),
    ]);
    assert.deepEqual(result.reply.done, { ...EXPECTED, age: 35 });
  });
});

describe('profile dialog: state serialisation', () => {
  it('every state of the happy path survives JSON → dialogStateSchema unchanged', () => {
    let state = startDialog();
    for (const input of [...HAPPY_PATH, button('p1:sum:ok')]) {
      state = handleInput(state, input, ctx).state;
      const restored = dialogStateSchema.parse(JSON.parse(JSON.stringify(state)));
      assert.deepEqual(restored, state);
      assert.equal(restored.version, 1);
    }
  });

  it('rejects tampered or old-version state', () => {
    const state = finishedSummary().state;
    assert.equal(dialogStateSchema.safeParse({ ...state, version: 0 }).success, false);
    assert.equal(dialogStateSchema.safeParse({ ...state, step: 'hack' }).success, false);
    assert.equal(
      dialogStateSchema.safeParse({ ...state, answers: { ...state.answers, age: 500 } }).success,
      false,
    );
    assert.equal(
      dialogStateSchema.safeParse({ ...state, answers: { ...state.answers, timeZone: 'Mars/Base' } }).success,
      false,
    );
  });
});

describe('profile texts', () => {
  it('escapes user-derived text in the summary', () => {
    const html = renderProfileSummary({ ...EXPECTED, goalLabel: '<b>Boston</b> & co' });
    assert.match(html, /&lt;b&gt;Boston&lt;\/b&gt; &amp; co/);
  });

  it('help lists every command and botCommands matches', () => {
    const help = renderHelp();
    const commands = [
      'start',
      'profile',
      'plan',
      'today',
      'week',
      'calendar',
      'pending',
      'log',
      'history',
      'stats',
      'pause',
      'resume',
      'reminders',
      'notes',
      'language',
      'export',
      'deleteme',
      'cancel',
      'help',
    ];
    for (const c of commands) assert.match(help, new RegExp(`/${c} — `));
    assert.deepEqual(
      botCommands.map((c) => c.command),
      commands,
    );
    for (const c of botCommands) assert.ok(c.description.length > 0 && c.description.length <= 256);
  });
});
