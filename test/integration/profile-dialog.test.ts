import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runnerProfileSchema } from '../../shared/profile/index.js';
import type { ChatMessage, SandboxUser } from '../../shared/telegram-sandbox/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';

// The runner-profile dialog end to end: sandbox user → getUpdates → inbox → profile feature → outbox →
// sandbox chat, with the compiled bot-poller process and a real PostgreSQL database.

const T = { timeoutMs: 20_000 };

/** Every question of the create flow, as the runner sees it. */
const Q = {
  units: /kilometres or miles\?/,
  timeZone: /Where do you run\?/,
  goal: /What are you training for\?/,
  raceDate: /When is the race\?/,
  gender: /What is your gender\?/,
  age: /How old are you\?/,
  height: /How tall are you\?/,
  weight: /And your weight\?/,
  experience: /describe yourself as a runner\?/,
  yearsRunning: /How many years have you been running\?/,
  weeklyVolume: /How far do you run in a typical week/,
  longestRun: /longest single run you did in the last month/,
  trainingDays: /Which days can you train\?/,
  longRunDay: /Which day suits your long run\?/,
  recentRace: /raced or done a time trial/,
  recentRaceTime: /What was your finish time/,
  notes: /Anything your coach should know\?/,
  reminderHour: /At what hour should I remind you\?/,
  summary: /Does everything look right\?/,
  saved: /Saved ✅[\s\S]*Send \/plan to build your training plan/,
} as const;

/** A sandbox user plus helpers that wait for the bot's answer to each action. */
class Runner {
  constructor(
    readonly user: SandboxUser,
    readonly id: number,
  ) {}

  static async create(sys: TestSystem, firstName: string): Promise<Runner> {
    const user = sys.client.user({ first_name: firstName });
    return new Runner(user, (await user.info()).id);
  }

  async lastMessageId(): Promise<number> {
    return (await this.user.chat()).messages.reduce((max, m) => Math.max(max, m.message_id), 0);
  }

  /** Sends text and waits for a NEW bot message matching `expect`. */
  async say(text: string, expect: RegExp): Promise<ChatMessage> {
    const after = await this.lastMessageId();
    await this.user.send(text);
    return this.user.waitForMessage((m) => expect.test(m.text), { after, ...T });
  }

  /** Presses a button, checks the press was answered, waits for a NEW bot message matching `expect`. */
  async tap(message: ChatMessage, button: string | { data: string }, expect: RegExp): Promise<ChatMessage> {
    const after = await this.lastMessageId();
    const query = await this.user.press(message, button);
    await this.user.waitForAnswer(query, T);
    return this.user.waitForMessage((m) => expect.test(m.text), { after, ...T });
  }

  /** The buttons a message shows now (the bot may have removed its keyboard since sending it). */
  async buttonsOf(message: ChatMessage): Promise<string[]> {
    const now = (await this.user.chat()).messages.find((m) => m.message_id === message.message_id);
    const markup = now?.message.reply_markup;
    return markup && 'inline_keyboard' in markup ? markup.inline_keyboard.flat().map((b) => b.text) : [];
  }

  /** Presses a day toggle and waits for the SAME message to show the new selection. */
  async toggle(message: ChatMessage, button: string, selected: string): Promise<ChatMessage> {
    const query = await this.user.press(message, button);
    await this.user.waitForAnswer(query, T);
    return this.user.waitFor(
      (v) => v.messages.find((m) => m.message_id === message.message_id && m.text.includes(selected)),
      { ...T, what: `message #${message.message_id} to show ${selected}` },
    );
  }
}

interface Answers {
  units: 'Kilometres (km, kg, cm)' | 'Miles (mi, lb, ft/in)';
  city: string;
  goal: string;
  raceDate: string;
  gender: { button: string } | { text: string };
  age: string;
  height: string;
  weight: string;
  experience: string;
  years: string;
  volume: string;
  longest: { button: string } | { text: string };
  days: readonly string[];
  longRun: string;
  race: string;
  notes: { button: string } | { text: string };
  hour: { button: string } | { text: string };
}

/** An ISO date `days` from now (UTC). */
function isoInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Runs the whole create flow from /start to the summary, mixing buttons and typed answers. */
async function answerAll(r: Runner, a: Answers): Promise<ChatMessage> {
  let m = await r.say('/start', Q.units);
  assert.match(m.text, /Hi! I'm your running coach/);
  m = await r.tap(m, a.units, Q.timeZone);
  m = await r.say(a.city, Q.goal);
  assert.match(m.text, /Got it/);
  m = await r.tap(m, a.goal, Q.raceDate);
  m = await r.say(a.raceDate, Q.gender);
  m = 'button' in a.gender ? await r.tap(m, a.gender.button, Q.age) : await r.say(a.gender.text, Q.age);
  m = await r.say(a.age, Q.height);
  m = await r.say(a.height, Q.weight);
  m = await r.say(a.weight, Q.experience);
  m = await r.tap(m, a.experience, Q.yearsRunning);
  m = await r.say(a.years, Q.weeklyVolume);
  m = await r.tap(m, a.volume, Q.longestRun);
  m =
    'button' in a.longest
      ? await r.tap(m, a.longest.button, Q.trainingDays)
      : await r.say(a.longest.text, Q.trainingDays);
  const daysMessage = m;
  for (const [i, day] of a.days.entries()) {
    m = await r.toggle(daysMessage, day, `Selected: ${a.days.slice(0, i + 1).join(', ')}`);
  }
  // Toggles edit the question in place: no new message was sent for them.
  assert.equal(await r.lastMessageId(), daysMessage.message_id, 'day toggles must not send new messages');
  m = await r.tap(m, `Done (${a.days.length})`, Q.longRunDay);
  const answered = (await r.user.botMessages()).find((x) => x.message_id === daysMessage.message_id);
  const leftButtons = answered?.message.reply_markup?.inline_keyboard.flat().length ?? 0;
  assert.equal(leftButtons, 0, 'the answered question lost its keyboard');
  m = await r.tap(m, a.longRun, Q.recentRace);
  m = await r.say(a.race, Q.notes);
  m =
    'button' in a.notes
      ? await r.tap(m, a.notes.button, Q.reminderHour)
      : await r.say(a.notes.text, Q.reminderHour);
  m = 'button' in a.hour ? await r.tap(m, a.hour.button, Q.summary) : await r.say(a.hour.text, Q.summary);
  return m;
}

const ANN: Answers = {
  units: 'Kilometres (km, kg, cm)',
  city: 'Berlin',
  goal: 'Marathon',
  raceDate: isoInDays(150),
  gender: { button: 'Female' },
  age: '34',
  height: '170 cm',
  weight: '60 kg',
  experience: 'Intermediate — running regularly',
  years: '3',
  volume: '30 km',
  longest: { button: '20 km' },
  days: ['Tue', 'Thu', 'Sun'],
  longRun: 'Sunday',
  race: '10k 50:00',
  notes: { text: '  Left knee <niggle> & no track\n\n\n\non Mondays ' },
  hour: { button: '19:00' },
};

const BOB: Answers = {
  units: 'Miles (mi, lb, ft/in)',
  city: 'New York',
  goal: 'Half marathon',
  raceDate: isoInDays(100),
  gender: { text: 'male' },
  age: '45',
  height: `5'10"`,
  weight: '160 lb',
  experience: 'Advanced — structured training, races',
  years: '10',
  volume: '20 mi',
  longest: { text: 'not sure' },
  days: ['Mon', 'Wed', 'Fri', 'Sat'],
  longRun: 'Saturday',
  race: 'skip',
  notes: { button: 'Skip — nothing to add' },
  hour: { text: '7am' },
};

/** Rows other engineers' features write (plan, workouts, a completion, a cancellation), for one user. */
async function seedPlanAndWorkoutsFor(sys: TestSystem, userId: number): Promise<void> {
  const [plan] = await sys.db.sql<{ id: number }[]>`
    insert into training_plans (user_id, version, source, input, plan)
    values (${userId}, 1, 'deterministic', '{}', '{"weeks": []}') returning id`;
  const workouts = await sys.db.sql<{ id: number }[]>`
    insert into planned_workouts (plan_id, user_id, workout_date, week_index, type, title, distance_km)
    values (${plan!.id}, ${userId}, current_date + 1, 0, 'easy', 'Easy run', 6),
           (${plan!.id}, ${userId}, current_date + 3, 0, 'long', 'Long run', 14)
    returning id`;
  await sys.db.sql`
    insert into workout_completions (user_id, planned_workout_id, completed_on, distance_km, source)
    values (${userId}, ${workouts[0]!.id}, current_date, 6, 'button')`;
  await sys.db.sql`
    insert into workout_cancellations (user_id, planned_workout_id, reason)
    values (${userId}, ${workouts[1]!.id}, 'weather')`;
}

describe('profile dialog through the Telegram sandbox', () => {
  let sys: TestSystem;

  async function storedState(userId: number) {
    const [row] = await sys.db.sql<{ kind: string; state: { step: string }; updated_at: Date }[]>`
      select kind, state, updated_at from conversation_state where user_id = ${userId}`;
    return row;
  }

  async function storedProfile(userId: number) {
    const [row] = await sys.db.sql<{ profile: unknown; reminder_hour: number; time_zone: string }[]>`
      select p.profile, p.reminder_hour, u.time_zone
      from runner_profiles p join users u on u.id = p.user_id where p.user_id = ${userId}`;
    return row;
  }

  const seedPlanAndWorkouts = (userId: number) => seedPlanAndWorkoutsFor(sys, userId);

  before(async () => {
    sys = await startTestSystem();
    sys.start('bot-poller');
    await sys.waitForHeartbeat('bot-poller');
  });
  after(async () => {
    await sys?.close();
    await stopEmbeddedAdminCluster();
  });

  it('happy path (buttons + typed answers) stores a valid profile and says what is next', async () => {
    const ann = await Runner.create(sys, 'Ann');
    const summary = await answerAll(ann, ANN);
    assert.match(summary.text, /Marathon/);
    assert.match(summary.text, /Europe\/Berlin/);
    assert.match(summary.text, /Longest run in the last month: 20 km/);
    assert.match(summary.text, /Notes: Left knee <niggle> & no track\n\non Mondays/);
    const saved = await ann.tap(summary, '✅ Save', Q.saved);
    assert.ok(saved);
    const row = await storedProfile(ann.id);
    assert.ok(row, 'runner_profiles row written');
    const profile = runnerProfileSchema.parse(row.profile);
    assert.deepEqual(profile, {
      goalDistanceKm: 42.195,
      goalLabel: 'Marathon',
      raceDate: ANN.raceDate,
      gender: 'female',
      age: 34,
      heightCm: 170,
      weightKg: 60,
      experience: 'intermediate',
      yearsRunning: 3,
      weeklyVolumeKm: 30,
      trainingDays: [2, 4, 7],
      longRunDay: 7,
      recentRace: { distanceKm: 10, timeSeconds: 3000 },
      units: 'km',
      timeZone: 'Europe/Berlin',
      reminderHour: 19,
      longestRunKm: 20,
      notes: 'Left knee <niggle> & no track\n\non Mondays',
    });
    assert.equal(row.reminder_hour, 19);
    assert.equal(row.time_zone, 'Europe/Berlin');
    assert.equal(await storedState(ann.id), undefined, 'dialog state deleted once saved');

    // A returning runner sees the summary and the main commands, not the questions.
    const welcome = await ann.say('/start', /Welcome back/);
    assert.match(welcome.text, /Your runner profile/);
    assert.match(welcome.text, /\/plan/);
    // Free text outside a dialog falls through to the fallback feature.
    await ann.say('hello there', /I didn't understand “hello there”/);
  });

  it('edits one field via /profile → Edit → field → summary → Save', async () => {
    const ann = await Runner.create(sys, 'Edith');
    await ann.tap(await answerAll(ann, ANN), '✅ Save', Q.saved);
    const before = runnerProfileSchema.parse((await storedProfile(ann.id))?.profile);

    let m = await ann.say('/profile', /Your runner profile/);
    m = await ann.tap(m, '✏️ Edit', /What would you like to change\?/);
    m = await ann.tap(m, 'Weight', Q.weight);
    assert.match(m.text, /Current answer: 60 kg/);
    m = await ann.say('65.5 kg', Q.summary);
    assert.match(m.text, /65\.5 kg/);
    // Not saved until confirmed.
    assert.equal(runnerProfileSchema.parse((await storedProfile(ann.id))?.profile).weightKg, 60);
    await ann.tap(m, '✅ Save', /Your profile is up to date/);
    const after = runnerProfileSchema.parse((await storedProfile(ann.id))?.profile);
    assert.deepEqual(after, { ...before, weightKg: 65.5 });
    assert.equal(await storedState(ann.id), undefined);
  });

  it('/back returns to the previous question; /cancel leaves the dialog', async () => {
    const cat = await Runner.create(sys, 'Cat');
    let m = await cat.say('/start', Q.units);
    m = await cat.tap(m, 'Miles (mi, lb, ft/in)', Q.timeZone);
    m = await cat.say('UTC+3', Q.goal);
    assert.equal((await storedState(cat.id))?.state.step, 'goal');

    m = await cat.say('/back', Q.timeZone);
    assert.match(m.text, /Current answer: Etc\/GMT-3/);
    assert.equal((await storedState(cat.id))?.state.step, 'timeZone');
    m = await cat.tap(m, 'Keep: Etc/GMT-3', Q.goal);
    m = await cat.tap(m, '⬅️ Back', Q.timeZone);
    m = await cat.say('/back', Q.units);
    // Nothing before the first question: a clear answer, state unchanged.
    const first = await storedState(cat.id);
    await cat.say('/back', /first question — there's nothing before it/);
    assert.deepEqual(await storedState(cat.id), first);

    await cat.say('/cancel', /Okay, stopped\. Send \/start whenever you are ready\./);
    assert.equal(await storedState(cat.id), undefined);
    // The cancelled dialog's last question loses its buttons: none of them can be pressed any more.
    await waitUntil(
      async () => (await cat.buttonsOf(m)).length === 0,
      10_000,
      'the last question’s buttons removed',
    );
    await assert.rejects(cat.user.press(m, 'Kilometres (km, kg, cm)'), /has no button/);
    await cat.say('25', /I didn't understand “25”/);
    await cat.say('/cancel', /nothing to cancel/);
  });

  it('invalid answers at every question (huge text, emoji, SQL, a past date) store nothing and re-ask', async () => {
    const dan = await Runner.create(sys, 'Dan');
    // Telegram (and the sandbox) refuse messages over 4096 characters: a 5,000-character paste never
    // reaches the bot; the longest text that can arrive is 4096 characters.
    await assert.rejects(dan.user.send('x'.repeat(5000)), /too long/);
    const huge = `${'lorem ipsum '.repeat(341)}abcd`.slice(0, 4096);
    const emoji = '🏃‍♀️🔥💯';
    const sqlText = "'; DROP TABLE users; --";

    /** Sends bad answers to the question `asked`; returns the last re-ask, the only one with buttons. */
    const rejects = async (
      asked: ChatMessage,
      question: RegExp,
      specific: RegExp,
      extra: string[] = [],
      long = /lot of text/,
    ): Promise<ChatMessage> => {
      const before = await storedState(dan.id);
      assert.ok(before, 'a dialog is running');
      const cases: Array<[string, RegExp]> = [
        [huge, long],
        [emoji, specific],
        [sqlText, specific],
        ...extra.map((e): [string, RegExp] => [e, specific]),
      ];
      let last = asked;
      for (const [text, why] of cases) {
        const reply = await dan.say(text, question);
        assert.match(
          reply.text,
          why,
          `re-ask for ${JSON.stringify(text.slice(0, 20))} at ${before.state.step}`,
        );
        assert.ok(reply.text.search(question) > 0, 'the re-ask explains the problem before the question');
        assert.deepEqual(await storedState(dan.id), before, `state unchanged at ${before.state.step}`);
        // Only the newest asking has live buttons (edits go out before the re-ask, in the chat's order).
        assert.deepEqual(await dan.buttonsOf(last), [], `old buttons removed at ${before.state.step}`);
        last = reply;
      }
      return last;
    };

    let m = await dan.say('/start', Q.units);
    m = await rejects(m, Q.units, /I didn't catch that\. Tap Kilometres or Miles/);
    m = await dan.say('km', Q.timeZone);
    m = await rejects(m, Q.timeZone, /I couldn't find that place/);
    m = await dan.say('Tokyo', Q.goal);
    m = await rejects(m, Q.goal, /I couldn't read that distance/);
    m = await dan.say('half', Q.raceDate);
    m = await rejects(m, Q.raceDate, /I couldn't read that date/);
    const past = await dan.say('2020-01-01', Q.raceDate);
    assert.match(past.text, /already behind us — I need a future race date/);
    assert.equal((await storedState(dan.id))?.state.step, 'raceDate');
    m = await dan.say('in 20 weeks', Q.gender);
    m = await rejects(
      m,
      Q.gender,
      /I didn't catch that\. Tap one of the buttons, or type male, female or other/,
    );
    m = await dan.say('other', Q.age);
    m = await rejects(m, Q.age, /I couldn't read that age/, ['2020-01-01']);
    m = await dan.say('29', Q.height);
    m = await rejects(m, Q.height, /I couldn't read that height/);
    m = await dan.say('181', Q.weight);
    m = await rejects(m, Q.weight, /I couldn't read that weight/);
    m = await dan.say('77', Q.experience);
    m = await rejects(m, Q.experience, /I didn't catch that\. Tap one of the buttons, or type beginner/);
    m = await dan.say('beginner', Q.yearsRunning);
    m = await rejects(m, Q.yearsRunning, /Send a number of years/);
    m = await dan.say('1', Q.weeklyVolume);
    m = await rejects(m, Q.weeklyVolume, /Send a weekly distance/);
    m = await dan.say('15', Q.longestRun);
    m = await rejects(m, Q.longestRun, /Send a distance like 12, 12 km or 8 mi/, ['101 km']);
    m = await dan.say('10', Q.trainingDays);
    m = await rejects(m, Q.trainingDays, /I couldn't read “.+” as a day/);
    m = await dan.say('mon wed sat', Q.longRunDay);
    m = await rejects(
      m,
      Q.longRunDay,
      /Please pick one of your training days: Monday, Wednesday, Saturday/,
      [],
      /Please pick one of your training days/,
    );
    m = await dan.tap(m, 'Saturday', Q.recentRace);
    m = await rejects(m, Q.recentRace, /I couldn't read that distance/);
    m = await dan.tap(m, '5K', Q.recentRaceTime);
    m = await rejects(m, Q.recentRaceTime, /I couldn't read that time\. Send your finish time/);
    m = await dan.say('25:00', Q.notes);
    // Notes are free text: only the length is refused; emoji and SQL-looking text are a note like any other.
    const atNotes = await storedState(dan.id);
    const tooLong = await dan.say(huge, Q.notes);
    assert.match(tooLong.text, /That's 4096 characters — please keep it to 500/);
    assert.deepEqual(await storedState(dan.id), atNotes);
    assert.deepEqual(await dan.buttonsOf(m), [], 'old buttons removed at notes');
    m = await dan.say(`${sqlText} ${emoji}`, Q.reminderHour);
    m = await rejects(m, Q.reminderHour, /I couldn't read that time\. Send an hour/);
    m = await dan.say('20:00', Q.summary);
    m = await rejects(
      m,
      Q.summary,
      /Tap ✅ Save if everything is right/,
      [],
      /Tap ✅ Save if everything is right/,
    );
    assert.equal(await storedProfile(dan.id), undefined, 'nothing saved before Save');
    // The database is intact after the SQL-looking answers.
    const [{ n }] = await sys.db.sql<{ n: number }[]>`select count(*)::int as n from users`;
    assert.ok(n >= 1);
    await dan.tap(m, '✅ Save', Q.saved);
    const profile = runnerProfileSchema.parse((await storedProfile(dan.id))?.profile);
    assert.equal(profile.timeZone, 'Asia/Tokyo');
    assert.deepEqual(profile.recentRace, { distanceKm: 5, timeSeconds: 1500 });
    assert.equal(profile.longestRunKm, 10);
    assert.equal(profile.notes, `${sqlText} ${emoji}`);
  });

  it('stale and forged buttons are answered clearly and change nothing', async () => {
    const eve = await Runner.create(sys, 'Eve');
    let m = await eve.say('/start', Q.units);
    m = await eve.tap(m, 'Kilometres (km, kg, cm)', Q.timeZone);
    const goalQuestion = await eve.say('Paris', Q.goal);
    // An invalid answer re-asks with a fresh keyboard; the first goal message loses its buttons.
    const reask = await eve.say('banana', Q.goal);
    assert.deepEqual(await eve.buttonsOf(goalQuestion), []);
    assert.ok((await eve.buttonsOf(reask)).includes('Marathon'));

    // A button pressed before the bot removed it (the bot is frozen, so the press lands after the typed
    // answer that made it stale): answered clearly, nothing changes.
    const poller = sys.processes.find((p) => p.name === 'bot-poller' && p.child.exitCode === null);
    poller?.child.kill('SIGSTOP');
    try {
      await eve.user.send('10K');
      await eve.user.press(reask, 'Marathon');
    } finally {
      poller?.child.kill('SIGCONT');
    }
    m = await eve.user.waitForMessage((x) => Q.raceDate.test(x.text), { after: reask.message_id, ...T });
    const before = await storedState(eve.id);
    assert.equal(before?.state.step, 'raceDate');
    const stale = await eve.user.waitForMessage(
      (x) => /belongs to an earlier question — nothing changed/.test(x.text),
      { after: m.message_id, ...T },
    );
    assert.match(stale.text, Q.raceDate);
    assert.deepEqual(await storedState(eve.id), before);
    assert.deepEqual(await eve.buttonsOf(reask), [], 'the stale buttons are gone');
    m = stale;

    // Forged callback data (a crafted client): injected into the durable inbox like a webhook would.
    const forged = {
      update_id: 900_000_001,
      callback_query: {
        id: 'forged-1',
        from: { id: eve.id, is_bot: false, first_name: 'Eve' },
        chat_instance: '1',
        data: "p1:date:'or1=1",
        message: {
          message_id: m.message_id,
          date: Math.floor(Date.now() / 1000),
          chat: { id: eve.id, type: 'private' },
        },
      },
    };
    const after = await eve.lastMessageId();
    await sys.db.sql`
      insert into telegram_updates (update_id, payload, source, chat_id)
      values (${forged.update_id}, ${sys.db.sql.json(forged)}, 'webhook', ${eve.id})`;
    await sys.db.sql`select pg_notify('telegram_updates', '1')`;
    const answer = await eve.user.waitForMessage(
      (x) => /didn't recognise that button — nothing changed/.test(x.text),
      { after, ...T },
    );
    assert.match(answer.text, Q.raceDate);
    assert.deepEqual(await storedState(eve.id), before);
    // The question is asked anew; the pressed (current) question keeps no buttons beside it.
    assert.deepEqual(await eve.buttonsOf(m), []);
    assert.ok((await eve.buttonsOf(answer)).length > 0, 'the new asking has the buttons');
  });

  it('a corrupt or outdated stored state restarts the dialog politely', async () => {
    const gil = await Runner.create(sys, 'Gil');
    let m = await gil.say('/start', Q.units);
    m = await gil.tap(m, 'Kilometres (km, kg, cm)', Q.timeZone);
    await sys.db.sql`
      update conversation_state set state = ${sys.db.sql.json({ version: 0, step: 'nonsense' })}
      where user_id = ${gil.id}`;
    const reply = await gil.say('Berlin', Q.units);
    assert.match(reply.text, /Sorry, I lost track of where we were, so let's start again/);
    const row = await storedState(gil.id);
    assert.equal(row?.state.step, 'units');
    await gil.tap(reply, 'Kilometres (km, kg, cm)', Q.timeZone);
  });

  it('kill -9 between two answers: the runner continues at the same question', async () => {
    const fay = await Runner.create(sys, 'Fay');
    let m = await fay.say('/start', Q.units);
    m = await fay.tap(m, 'Kilometres (km, kg, cm)', Q.timeZone);
    m = await fay.say('London', Q.goal);
    m = await fay.tap(m, '5K', Q.raceDate);
    m = await fay.say(isoInDays(60), Q.gender);
    // "Between two answers": the sender has recorded the gender question. A kill inside the few
    // milliseconds between Telegram's reply and that record re-sends the question once (flagged as a
    // possible duplicate; see the OutboxSender tests), which is not what this test is about.
    await waitUntil(
      async () => {
        const [row] = await sys.db.sql<{ n: number }[]>`
          select count(*)::int as n from outgoing_messages where chat_id = ${fay.id} and status <> 'sent'`;
        return row?.n === 0;
      },
      10_000,
      'the gender question recorded as sent',
    );
    const poller = sys.processes.find((p) => p.name === 'bot-poller' && p.child.exitCode === null);
    poller?.child.kill('SIGKILL');
    await poller?.exited;
    assert.equal((await storedState(fay.id))?.state.step, 'gender');

    // An answer typed while the bot is down waits in Telegram and is applied once after the restart.
    const after = await fay.lastMessageId();
    await fay.user.send('female');
    sys.start('bot-poller');
    // A generous bound for a restart on a loaded CI machine (the full suite, a shared PostgreSQL).
    await fay.user.waitForMessage((x) => Q.age.test(x.text), { after, timeoutMs: 60_000 });
    m = await fay.say('/start', /Welcome back! Let's pick up where we left off/);
    assert.match(m.text, Q.age);
    await fay.say('41', Q.height);
    const texts = (await fay.user.botMessages()).map((x) => x.text);
    assert.equal(texts.filter((t) => Q.gender.test(t)).length, 1, 'the gender question was not repeated');
    assert.equal(texts.filter((t) => Q.age.test(t)).length, 2, 'age asked once, shown again after /start');
    await waitUntil(async () => (await storedState(fay.id))?.state.step === 'height', 10_000, 'height step');
  });

  it('two runners answering at the same time never see each other’s state', async () => {
    const [ann, bob] = await Promise.all([Runner.create(sys, 'Gus'), Runner.create(sys, 'Hal')]);
    const [annSummary, bobSummary] = await Promise.all([answerAll(ann, ANN), answerAll(bob, BOB)]);
    await Promise.all([ann.tap(annSummary, '✅ Save', Q.saved), bob.tap(bobSummary, '✅ Save', Q.saved)]);
    const a = runnerProfileSchema.parse((await storedProfile(ann.id))?.profile);
    const b = runnerProfileSchema.parse((await storedProfile(bob.id))?.profile);
    assert.equal(a.units, 'km');
    assert.equal(a.timeZone, 'Europe/Berlin');
    assert.deepEqual(a.trainingDays, [2, 4, 7]);
    assert.deepEqual(
      { ...b, heightCm: Math.round(b.heightCm), weightKg: Math.round(b.weightKg) },
      {
        goalDistanceKm: 21.0975,
        goalLabel: 'Half marathon',
        raceDate: BOB.raceDate,
        gender: 'male',
        age: 45,
        heightCm: 178,
        weightKg: 73,
        experience: 'advanced',
        yearsRunning: 10,
        weeklyVolumeKm: 32.2,
        trainingDays: [1, 3, 5, 6],
        longRunDay: 6,
        units: 'mi',
        timeZone: 'America/New_York',
        reminderHour: 7,
      },
    );
    assert.equal((await storedProfile(bob.id))?.reminder_hour, 7);
    // Each chat only ever got its own questions.
    const bobTexts = (await bob.user.botMessages()).map((x) => x.text).join('\n');
    assert.doesNotMatch(bobTexts, /Europe\/Berlin|Marathon \(/);
  });

  it('/export sends profile, plan and workouts as a JSON document', async () => {
    const ivy = await Runner.create(sys, 'Ivy');
    await ivy.tap(await answerAll(ivy, ANN), '✅ Save', Q.saved);
    await seedPlanAndWorkouts(ivy.id);
    const doc = await ivy.say('/export', /everything I store about you/);
    const file = doc.message.document;
    assert.ok(file, 'a document was sent');
    assert.match(file.file_name ?? '', /^runcoach-export-\d{4}-\d{2}-\d{2}\.json$/);
    const res = await fetch(`${sys.client.url}/sandbox/files/${encodeURIComponent(file.file_id)}`);
    assert.equal(res.status, 200);
    const data = (await res.json()) as Record<string, unknown> & {
      profile: unknown;
      plans: Array<{ version: number }>;
      workouts: Array<{ title: string }>;
      completions: unknown[];
      cancellations: unknown[];
    };
    assert.deepEqual(
      runnerProfileSchema.parse(data.profile),
      runnerProfileSchema.parse((await storedProfile(ivy.id))?.profile),
    );
    assert.deepEqual(
      data.plans.map((p) => p.version),
      [1],
    );
    assert.deepEqual(data.workouts.map((w) => w.title).sort(), ['Easy run', 'Long run']);
    assert.equal(data.completions.length, 1);
    assert.equal(data.cancellations.length, 1);
  });

  it('/deleteme asks first, then leaves no row of the runner in any table', async () => {
    const keep = await Runner.create(sys, 'Kim');
    await keep.tap(await answerAll(keep, BOB), '✅ Save', Q.saved);
    const jay = await Runner.create(sys, 'Jay');
    await jay.tap(await answerAll(jay, ANN), '✅ Save', Q.saved);
    await seedPlanAndWorkouts(jay.id);
    await sys.db
      .sql`insert into jobs (queue, payload) values ('vision', ${sys.db.sql.json({ chatId: jay.id, fileId: 'x' })})`;
    // A dialog in progress too (conversation_state row).
    let m = await jay.say('/profile', /Your runner profile/);
    await jay.tap(m, '✏️ Edit', /What would you like to change\?/);
    assert.ok(await storedState(jay.id));

    m = await jay.say('/deleteme', /Are you sure\?/);
    await jay.tap(m, 'No, keep my data', /nothing was deleted/);
    assert.ok(await storedProfile(jay.id), 'declining deletes nothing');

    m = await jay.say('/deleteme', /Are you sure\?/);
    await jay.tap(m, '🗑 Yes, delete everything', /Done\. I deleted your profile/);

    // The goodbye and the button answer are this update's own outbox rows: wait until they are sent.
    await waitUntil(
      async () => {
        const [{ n }] = await sys.db.sql<{ n: number }[]>`
          select count(*)::int as n from outgoing_messages where chat_id = ${jay.id} and status in ('pending', 'sending')`;
        return n === 0;
      },
      10_000,
      'the goodbye to be sent',
    );
    const tables = await sys.db.sql<{ table_name: string; column_name: string }[]>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and column_name in ('user_id', 'chat_id')
      order by table_name, column_name`;
    assert.ok(
      tables.length >= 9,
      `tables with user_id/chat_id: ${tables.map((t) => t.table_name).join(', ')}`,
    );
    const leftovers: string[] = [];
    for (const { table_name, column_name } of tables) {
      const rows = await sys.db.sql<{ update_id: number | null }[]>`
        select ${table_name === 'outgoing_messages' || table_name === 'telegram_updates' ? sys.db.sql`update_id` : sys.db.sql`null::bigint as update_id`}
        from ${sys.db.sql(table_name)} where ${sys.db.sql(column_name)} = ${jay.id}`;
      for (const row of rows) leftovers.push(`${table_name}.${column_name} (update ${row.update_id})`);
    }
    // Only the confirming update's own replies (sent after its commit) may still name the chat.
    const [confirm] = await sys.db.sql<{ update_id: number; payload: unknown; chat_id: number | null }[]>`
      select update_id, payload, chat_id from telegram_updates
      where update_id = (select max(update_id) from outgoing_messages where chat_id = ${jay.id})`;
    assert.ok(confirm, 'the confirming update is still in the inbox (exactly-once)');
    assert.deepEqual(confirm.payload, { update_id: confirm.update_id }, 'its payload was scrubbed');
    assert.equal(confirm.chat_id, null);
    assert.deepEqual(
      leftovers.filter((l) => !l.startsWith(`outgoing_messages.chat_id (update ${confirm.update_id})`)),
      [],
    );
    const [{ users }] = await sys.db.sql<
      { users: number }[]
    >`select count(*)::int as users from users where id = ${jay.id}`;
    assert.equal(users, 0);
    const [{ jobs }] = await sys.db.sql<
      { jobs: number }[]
    >`select count(*)::int as jobs from jobs where payload->>'chatId' = ${String(jay.id)}`;
    assert.equal(jobs, 0);
    // Earlier updates stay as tombstones (update_id only) so a re-delivery is still recognised.
    const [{ tombstones }] = await sys.db.sql<{ tombstones: number }[]>`
      select count(*)::int as tombstones from telegram_updates where chat_id is null and payload = jsonb_build_object('update_id', update_id)`;
    assert.ok(tombstones >= 20, `tombstones: ${tombstones}`);
    // Nobody else was touched, and the bot goes on: writing again starts afresh.
    assert.ok(await storedProfile(keep.id));
    const again = await jay.say('/start', Q.units);
    assert.match(again.text, /Hi! I'm your running coach/);
  });
});
