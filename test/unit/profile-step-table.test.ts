import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CREATE_ORDER,
  EDITABLE_FIELDS,
  FIELD_LABELS,
  handleInput,
  MAX_NOTES_LENGTH,
  parseNotesCommand,
  type RunnerProfile,
  renderNotes,
  runnerProfileSchema,
  STEP_IDS,
  STEPS,
  type StepInput,
  startEdit,
  startEditMenu,
  withNotes,
} from '../../shared/profile/index.js';

const ctx = { now: new Date('2026-05-10T12:00:00Z') };
const text = (t: string): StepInput => ({ kind: 'text', text: t });
const button = (value: string): StepInput => ({ kind: 'button', value });

const PROFILE: RunnerProfile = runnerProfileSchema.parse({
  goalDistanceKm: 21.0975,
  goalLabel: 'Half marathon',
  raceDate: '2026-09-13',
  gender: 'male',
  age: 41,
  heightCm: 182,
  weightKg: 80,
  experience: 'beginner',
  yearsRunning: 1,
  weeklyVolumeKm: 20,
  trainingDays: [2, 4, 6],
  longRunDay: 6,
  units: 'km',
  timeZone: 'Europe/Berlin',
  reminderHour: 20,
});

describe('profile step table', () => {
  it('has exactly one row per step id, each naming its own id', () => {
    assert.deepEqual(Object.keys(STEPS).sort(), [...STEP_IDS].sort());
    for (const id of STEP_IDS) assert.equal(STEPS[id].id, id);
  });

  it('callback codes are unique and fit the callback format', () => {
    const codes = STEP_IDS.map((id) => STEPS[id].code);
    assert.equal(new Set(codes).size, codes.length, `duplicate code in ${codes.join(', ')}`);
    for (const code of codes) assert.match(code, /^[a-z]{2,8}$/);
  });

  it('every question is in the edit menu with a unique label; follow-ups and screens are not', () => {
    const questions = STEP_IDS.filter((id) => STEPS[id].kind === 'question');
    assert.deepEqual([...EDITABLE_FIELDS].sort(), [...questions].sort());
    const labels = EDITABLE_FIELDS.map((f) => FIELD_LABELS[f]);
    assert.equal(new Set(labels).size, labels.length);
    for (const id of STEP_IDS.filter((i) => STEPS[i].kind !== 'question')) {
      assert.equal(STEPS[id].menu, undefined, id);
    }
    for (const id of STEP_IDS.filter((i) => STEPS[i].kind === 'followUp')) {
      const parent = STEPS[id].followUpOf;
      assert.ok(parent && STEPS[parent].kind === 'question', `${id} continues after a question`);
    }
  });

  it('asks the longest run right after the weekly volume and the notes just before the reminder hour', () => {
    assert.equal(CREATE_ORDER[CREATE_ORDER.indexOf('weeklyVolume') + 1], 'longestRun');
    assert.equal(CREATE_ORDER[CREATE_ORDER.indexOf('reminderHour') - 1], 'notes');
    assert.equal(CREATE_ORDER.at(-1), 'summary');
  });

  it('the edit menu lists the runner’s answers first, then the settings', () => {
    assert.deepEqual(EDITABLE_FIELDS.slice(-3), ['units', 'timeZone', 'reminderHour']);
    assert.deepEqual(EDITABLE_FIELDS.slice(9, 10), ['longestRun']);
    const menu = startEditMenu(PROFILE).reply.keyboard!.rows.flat();
    assert.ok(menu.some((b) => b.data === 'p1:edit:longestrun' && b.text === 'Longest run'));
    assert.ok(menu.some((b) => b.data === 'p1:edit:notes' && b.text === 'Notes'));
  });
});

describe('longest-run question', () => {
  const parse = (input: StepInput, units: 'km' | 'mi' = 'km') =>
    STEPS.longestRun.parse(input, { units }, ctx);

  it('reads distances like the weekly volume, in the runner’s units', () => {
    assert.deepEqual(parse(text('12')), { ok: true, value: 12 });
    assert.deepEqual(parse(text('12 km')), { ok: true, value: 12 });
    assert.deepEqual(parse(text('about 15k')), { ok: true, value: 15 });
    assert.deepEqual(parse(text('8 mi')), { ok: true, value: 12.9 });
    assert.deepEqual(parse(text('8'), 'mi'), { ok: true, value: 12.9 });
    assert.deepEqual(parse(text('21,1 km')), { ok: true, value: 21.1 });
    assert.deepEqual(parse(text('0')), { ok: true, value: 0 });
    assert.deepEqual(parse(text('none')), { ok: true, value: 0 });
    assert.deepEqual(parse(text('100 km')), { ok: true, value: 100 });
  });

  it('skips with the button or a word', () => {
    for (const input of [button('skip'), text('skip'), text('Not sure'), text("don't know")]) {
      assert.deepEqual(parse(input), { ok: true, value: null }, JSON.stringify(input));
    }
  });

  it('accepts exactly the quick picks it offers', () => {
    assert.deepEqual(parse(button('15km')), { ok: true, value: 15 });
    assert.deepEqual(parse(button('10mi')), { ok: true, value: 16.1 });
    const offered = STEPS.longestRun
      .ask({ units: 'mi' })
      .rows.flat()
      .map((c) => c.value);
    assert.deepEqual(offered, ['0mi', '3mi', '5mi', '6mi', '10mi', '13mi', '16mi', '20mi', 'skip']);
    for (const forged of ['7km', '15', '15kmx', 'keep', '1000km', '']) {
      assert.equal(parse(button(forged)).ok, false, forged);
    }
  });

  it('rejects what is not one plausible run', () => {
    for (const bad of [
      '101',
      '150 km',
      '70 mi',
      'far',
      '12 parsecs',
      '-3',
      '10 to 12',
      'x'.repeat(5000),
      '',
    ]) {
      assert.equal(parse(text(bad)).ok, false, bad);
    }
    const over = parse(text('150 km'));
    assert.ok(!over.ok && /more than 100 km/.test(over.error));
  });

  it('stores km, or leaves the field absent when skipped (shown as skipped)', () => {
    const answered = STEPS.longestRun.apply(16, {}, ctx);
    assert.deepEqual(answered, { kind: 'accept', patch: { longestRunKm: 16, longestRunAnswered: true } });
    const skipped = STEPS.longestRun.apply(null, { longestRunKm: 16 }, ctx);
    assert.deepEqual(skipped, {
      kind: 'accept',
      patch: { longestRunKm: undefined, longestRunAnswered: true },
    });
    assert.equal(STEPS.longestRun.current({ longestRunAnswered: true }), 'skipped');
    assert.equal(STEPS.longestRun.current({ units: 'mi', longestRunKm: 16.1 }), '10 mi');
    assert.equal(STEPS.longestRun.current({}), undefined);
  });
});

describe('notes question', () => {
  const parse = (input: StepInput) => STEPS.notes.parse(input, {}, ctx);

  it('takes free text, trimmed, with control characters and invisible marks removed', () => {
    assert.deepEqual(parse(text('  Sore left knee  ')), { ok: true, value: 'Sore left knee' });
    assert.deepEqual(parse(text('No\u0000 hills\u200b\u202e')), { ok: true, value: 'No hills' });
    assert.deepEqual(parse(text('Knee\r\n\r\n\r\n\r\nno track   \nmornings only')), {
      ok: true,
      value: 'Knee\n\nno track\nmornings only',
    });
    assert.deepEqual(parse(text('<b>7 × 1 km</b> & more')), { ok: true, value: '<b>7 × 1 km</b> & more' });
    assert.deepEqual(
      parse(text('🏃‍♀️ ok')),
      { ok: true, value: '🏃‍♀️ ok' },
      'emoji sequences keep their joiners',
    );
  });

  it('caps at 500 characters (refused, not cut) and refuses an empty note', () => {
    assert.equal(MAX_NOTES_LENGTH, 500);
    assert.deepEqual(parse(text('a'.repeat(500))), { ok: true, value: 'a'.repeat(500) });
    assert.deepEqual(parse(text(` ${'a'.repeat(500)}\u0000 `)), { ok: true, value: 'a'.repeat(500) });
    const over = parse(text('a'.repeat(501)));
    assert.ok(!over.ok && /501 characters — please keep it to 500/.test(over.error));
    assert.equal(parse(text('x'.repeat(20_000))).ok, false);
    for (const empty of ['', '   ', '\u0000\u0001', '\u200b\n\n']) assert.equal(parse(text(empty)).ok, false);
  });

  it('skips with the button or a word; other buttons are forged', () => {
    for (const input of [button('skip'), text('skip'), text('No.'), text('nothing')]) {
      assert.deepEqual(parse(input), { ok: true, value: null }, JSON.stringify(input));
    }
    for (const forged of ['keep1', 'yes', 'x']) assert.equal(parse(button(forged)).ok, false);
    assert.deepEqual(STEPS.notes.apply(null, { notes: 'old' }, ctx), {
      kind: 'accept',
      patch: { notes: undefined, notesAnswered: true },
    });
  });

  it('the profile schema holds the same rules (and profiles without the new fields stay valid)', () => {
    assert.equal(runnerProfileSchema.safeParse(PROFILE).success, true);
    const ok = { ...PROFILE, longestRunKm: 0, notes: 'Line one\nline two' };
    assert.deepEqual(runnerProfileSchema.parse(ok), ok);
    for (const bad of [
      { longestRunKm: 100.5 },
      { longestRunKm: -1 },
      { notes: '' },
      { notes: 'a'.repeat(501) },
      { notes: 'bell\u0007' },
      { notes: ' padded ' },
    ]) {
      assert.equal(runnerProfileSchema.safeParse({ ...PROFILE, ...bad }).success, false, JSON.stringify(bad));
    }
  });
});

describe('editing the new fields of a profile saved before they existed', () => {
  it('longest run: "skipped" is the current answer; a new one is saved', () => {
    const { state, reply } = startEdit(PROFILE, 'longestRun');
    assert.match(reply.text, /longest single run/);
    assert.match(reply.text, /Current answer: skipped/);
    const edited = handleInput(state, { kind: 'text', text: '18 km' }, ctx);
    assert.equal(edited.state.step, 'summary');
    assert.match(edited.reply.text, /Longest run in the last month: 18 km/);
    const saved = handleInput(edited.state, { kind: 'button', data: 'p1:sum:ok' }, ctx);
    assert.deepEqual(saved.reply.done, { ...PROFILE, longestRunKm: 18 });
  });

  it('notes: replaced, then skipped again removes them', () => {
    const { state } = startEdit(PROFILE, 'notes');
    const edited = handleInput(state, { kind: 'text', text: 'Achilles <sore>' }, ctx);
    assert.match(edited.reply.text, /Notes: Achilles &lt;sore&gt;/);
    const saved = handleInput(edited.state, { kind: 'button', data: 'p1:sum:ok' }, ctx).reply.done!;
    assert.equal(saved.notes, 'Achilles <sore>');
    const again = startEdit(saved, 'notes');
    assert.match(again.reply.text, /Current answer: Achilles &lt;sore&gt;/);
    const skipped = handleInput(again.state, { kind: 'button', data: 'p1:notes:skip' }, ctx);
    const done = handleInput(skipped.state, { kind: 'button', data: 'p1:sum:ok' }, ctx).reply.done!;
    assert.equal('notes' in done, false);
  });
});

describe('/notes command', () => {
  it('reads show, clear and new text through the notes rules', () => {
    assert.deepEqual(parseNotesCommand('/notes'), { kind: 'show' });
    assert.deepEqual(parseNotesCommand('/notes   '), { kind: 'show' });
    assert.deepEqual(parseNotesCommand('/notes clear'), { kind: 'clear' });
    assert.deepEqual(parseNotesCommand('/notes CLEAR'), { kind: 'clear' });
    assert.deepEqual(parseNotesCommand('/notes@coach_bot  No hills\u0000 '), {
      kind: 'set',
      notes: 'No hills',
    });
    assert.deepEqual(parseNotesCommand('/notes clear the mornings'), {
      kind: 'set',
      notes: 'clear the mornings',
    });
    const long = parseNotesCommand(`/notes ${'a'.repeat(501)}`);
    assert.equal(long.kind, 'invalid');
    assert.ok(long.kind === 'invalid' && /keep it to 500.*\/notes/.test(long.error));
  });

  it('sets and removes notes without touching the rest, and shows them escaped', () => {
    const withText = withNotes(PROFILE, 'Hate <treadmills>');
    assert.deepEqual(withText, { ...PROFILE, notes: 'Hate <treadmills>' });
    assert.deepEqual(withNotes(withText, undefined), PROFILE);
    assert.equal('notes' in withNotes(withText, undefined), false);
    assert.match(renderNotes(withText), /Hate &lt;treadmills&gt;/);
    assert.match(renderNotes(PROFILE), /no notes for your coach yet/);
  });
});
