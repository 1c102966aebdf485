import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChatMessage, SandboxUser } from '../../shared/telegram-sandbox/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';
import { damagedFiles, EASY_RUN, makeFit, makeGpx, makeTcx } from '../harness/vision-activity-files.js';
import { seedRunner, todayUtc } from '../harness/vision-helpers.js';

// Activity files sent as documents: real bot-poller + vision processes, sandbox chat, no OpenAI (files
// never need the model).

const WAIT = { timeoutMs: 60_000 };
const buttons = (m: ChatMessage) =>
  (m.message.reply_markup && 'inline_keyboard' in m.message.reply_markup
    ? m.message.reply_markup.inline_keyboard.flat()
    : []
  ).map((b) => b.text);

/** Today's run, as a watch would have written it this morning (UTC, the seeded runners' zone). */
function todaysRun(overrides: Partial<typeof EASY_RUN> = {}) {
  return { ...EASY_RUN, start: new Date(`${todayUtc()}T00:05:00Z`), ...overrides };
}

describe('activity files (FIT / GPX / TCX) through the sandbox', () => {
  let sys: TestSystem;
  before(async () => {
    sys = await startTestSystem({ env: { VISION_PROGRESS_MS: '600000' } });
    sys.start('bot-poller');
  });
  after(async () => {
    await sys.close();
    await stopEmbeddedAdminCluster();
  });

  async function runner(name: string): Promise<{ user: SandboxUser; id: number }> {
    const user = sys.client.user({ first_name: name });
    return { user, id: await seedRunner(sys, user) };
  }
  const completions = (userId: number) =>
    sys.db.sql<
      { planned_workout_id: number | null; distance_km: string; duration_sec: number; notes: string }[]
    >`
      select planned_workout_id, distance_km, duration_sec, notes from workout_completions where user_id = ${userId}`;
  const visionJobs = (userId: number) =>
    sys.db.sql<{ id: number; status: string; attempts: number; locked_by: string | null }[]>`
      select id, status, attempts, locked_by from jobs
      where queue = 'vision' and (payload->>'userId')::bigint = ${userId} order by id`;

  it('a long GPX (over 10 MB) survives a kill -9 of vision mid-job: one result, one recording', async () => {
    const { user, id } = await runner('Ultra');
    // 99 km in 15 h with a point per second: over 10 MB, seconds of parsing — a window to kill in.
    const gpx = makeGpx(
      todaysRun({ distanceM: 99_000, timerSec: 15 * 3600, pauseSec: 0, avgHr: 135, laps: 1 }),
      {
        everySec: 1,
      },
    );
    assert.ok(gpx.length > 10 * 1024 * 1024, `${gpx.length} bytes`);
    await user.sendDocument(gpx, { fileName: 'ultra.gpx' });
    await user.waitForMessage((m) => m.text.includes('Reading your activity file'), WAIT);
    await waitUntil(async () => (await visionJobs(id)).length === 1, 30_000, 'the vision job');

    const first = sys.start('vision');
    await waitUntil(
      async () => (await visionJobs(id))[0]?.status === 'running',
      30_000,
      'vision to claim the job',
    );
    first.child.kill('SIGKILL');
    await first.exited;
    const [mid] = await visionJobs(id);
    assert.equal(mid?.status, 'running', 'killed mid-job');
    assert.equal((await sys.db.sql`select 1 from vision_extractions where user_id = ${id}`).length, 0);

    sys.start('vision'); // same host: takes the dead process's job over at once
    const result = await user.waitForMessage((m) => m.text.includes('I read this from your GPX file'), WAIT);
    assert.match(result.text, /Distance: 99\.00 km/);
    assert.match(result.text, /Time: 15:00:00/);
    assert.match(result.text, /Avg heart rate: 135 bpm/);
    assert.deepEqual(buttons(result), ['✅ Confirm', '✏️ Edit', '🗑️ Discard']);
    await user.press(result, '✅ Confirm');
    await user.waitForMessage((m) => m.text.includes('Recorded as an extra run'), WAIT);

    const [job] = await visionJobs(id);
    assert.deepEqual([job?.status, job?.attempts], ['completed', 2]);
    const extractions = await sys.db.sql`select method from vision_extractions where user_id = ${id}`;
    assert.deepEqual(
      extractions.map((e) => e.method),
      ['gpx'],
    );
    // The result message was edited into "Recorded…"; it still shows the numbers, and only it does.
    const results = (await user.botMessages()).filter((m) => m.text.includes('Distance: 99.00 km'));
    assert.equal(results.length, 1, 'the runner got one result');
    const rows = await completions(id);
    assert.deepEqual(
      rows.map((r) => [Number(r.distance_km), r.duration_sec, r.notes]),
      [[99, 15 * 3600, 'from a GPX file']],
    );
  });

  /** The later tests need a vision process (the first one starts its own, after the upload). */
  function ensureVision(): void {
    if (!sys.processes.some((p) => p.name === 'vision' && p.child.exitCode === null && !p.child.signalCode))
      sys.start('vision');
  }

  it('a FIT file is read and Confirm records it against the planned workout of the day', async () => {
    ensureVision();
    const { user, id } = await runner('Watch');
    const [plan] = await sys.db.sql<{ id: number }[]>`
      insert into training_plans (user_id, version, source, input, plan) values (${id}, 1, 'deterministic', '{}', '{}')
      returning id`;
    const [planned] = await sys.db.sql<{ id: number }[]>`
      insert into planned_workouts (plan_id, user_id, workout_date, week_index, type, title, distance_km)
      values (${plan!.id}, ${id}, ${todayUtc()}, 0, 'easy', 'Easy run', 5) returning id`;
    await user.sendDocument(makeFit(todaysRun()), { fileName: 'Morning_Run.fit' });
    const result = await user.waitForMessage((m) => m.text.includes('Shall I record it?'), WAIT);
    assert.match(result.text, /⌚ I read this from your FIT file/);
    assert.match(result.text, new RegExp(`Run · ${todayUtc()}`));
    assert.match(result.text, /Distance: 5\.02 km/);
    assert.match(result.text, /Time: 25:13/);
    assert.match(result.text, /Elapsed \(with stops\): 26:13/);
    assert.match(result.text, /Laps: 5/);
    await user.press(result, '✅ Confirm');
    await user.waitForMessage((m) => m.text.includes('Recorded matched to your planned'), WAIT);
    const rows = await completions(id);
    assert.deepEqual(
      rows.map((r) => [r.planned_workout_id, Number(r.distance_km), r.duration_sec]),
      [[planned!.id, 5.02, 1513]],
    );
  });

  it('damaged files and a bike ride get a clear answer and record nothing', async () => {
    ensureVision();
    const { user, id } = await runner('Broken');
    const { fit, gpx, tcx } = damagedFiles();
    for (const [bytes, name] of [
      [fit, 'run.fit'],
      [gpx, 'run.gpx'],
      [tcx, 'run.tcx'],
    ] as const) {
      await user.sendDocument(bytes, { fileName: name });
      const answer = await user.waitForMessage(
        (m) => m.text.includes('looks damaged') && !m.text.includes('image'),
        WAIT,
      );
      assert.deepEqual(buttons(answer), []);
    }
    await user.sendDocument(makeTcx(todaysRun({ sport: 'cycling' })), { fileName: 'ride.tcx' });
    await user.waitForMessage((m) => m.text.includes('not a run'), WAIT);
    const outcomes = await sys.db.sql`
      select outcome, method, detail->>'reason' as reason from vision_extractions where user_id = ${id} order by id`;
    assert.deepEqual(
      outcomes.map((o) => [o.outcome, o.method, o.reason]),
      [
        ['rejected', 'fit', 'file_damaged'],
        ['rejected', 'gpx', 'file_damaged'],
        ['rejected', 'tcx', 'file_damaged'],
        ['rejected', 'tcx', 'not_running'],
      ],
    );
    assert.equal((await completions(id)).length, 0);
    assert.ok((await visionJobs(id)).every((j) => j.status === 'completed' && j.attempts === 1));
  });

  it('a file over 20 MB is refused by bot-poller without a job', async () => {
    const { user, id } = await runner('Huge');
    const huge = Buffer.concat([makeGpx(todaysRun()), Buffer.alloc(21 * 1024 * 1024, 0x20)]);
    await user.sendDocument(huge, { fileName: 'huge.gpx' });
    await user.waitForMessage((m) => m.text.includes('larger than 20 MB'), WAIT);
    assert.equal((await visionJobs(id)).length, 0);
  });
});
