import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SandboxUser } from '../../shared/telegram-sandbox/index.js';
import type { VisionAnswer } from '../../shared/vision/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { OpenAIStub } from '../harness/openai-stub.js';
import { type AppProcess, startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';
import { renderScreenshot, seedRunner, todayUtc } from '../harness/vision-helpers.js';

// The model path: OPENAI_API_KEY set, the vision app talks to a local OpenAI-compatible stub over HTTP.

const WAIT = { timeoutMs: 30_000 };
const IMAGE = renderScreenshot(['Afternoon Run', '10.00 km', '52:30', '5:15 /km']);
const answer = (over: Partial<VisionAnswer> = {}): string =>
  JSON.stringify({
    isWorkoutScreenshot: true,
    activityType: 'run',
    date: todayUtc(),
    distance: { value: 10, unit: 'km' },
    duration: '52:30',
    averagePace: { value: '5:15', unit: 'km' },
    averageHeartRate: 148,
    elevationGainMeters: 35,
    calories: 640,
    sourceApp: 'Strava',
    confidence: 0.95,
    ...over,
  } satisfies VisionAnswer);

describe('vision (OpenAI-compatible model) through the sandbox', () => {
  let sys: TestSystem;
  let stub: OpenAIStub;
  let vision: AppProcess;
  const env = () => ({
    OPENAI_API_KEY: 'sk-test-vision',
    OPENAI_BASE_URL: stub.baseURL,
    OPENAI_VISION_MODEL: 'vision-test-model',
    OPENAI_TIMEOUT_MS: '2000',
    VISION_CONCURRENCY: '1',
    VISION_LEASE_MS: '2000',
    VISION_PROGRESS_MS: '1000',
  });
  before(async () => {
    stub = await OpenAIStub.start();
    sys = await startTestSystem({ env: env() });
    sys.start('bot-poller');
    vision = sys.start('vision');
  });
  after(async () => {
    await sys.close();
    await stub.close();
    await stopEmbeddedAdminCluster();
  });

  async function runner(name: string): Promise<{ user: SandboxUser; id: number }> {
    const user = sys.client.user({ first_name: name });
    return { user, id: await seedRunner(sys, user) };
  }
  const jobOf = async (userId: number) => {
    const [job] = await sys.db.sql<{ id: number; status: string; attempts: number }[]>`
      select id, status, attempts from jobs where queue = 'vision' and (payload->>'userId')::bigint = ${userId}`;
    return job!;
  };
  const sentTo = (userId: number, like: string) =>
    sys.db
      .sql`select 1 from outgoing_messages where chat_id = ${userId} and payload->>'text' like ${`%${like}%`}`;

  it('shows a good answer with Confirm; the request carries the image, the model and the data-only prompt', async () => {
    const { user, id } = await runner('Gpt');
    const before = stub.requests.length;
    stub.enqueue({ kind: 'content', content: answer() });
    await user.sendPhoto(IMAGE, { fileName: 'run.png' });
    await user.waitForMessage((m) => m.text.includes('Analysing your screenshot'), WAIT);
    const result = await user.waitForMessage((m) => m.text.includes('Shall I record it?'), WAIT);
    assert.match(result.text, /Distance: 10\.00 km/);
    assert.match(result.text, /Time: 52:30/);
    assert.match(result.text, /Avg heart rate: 148 bpm/);
    assert.match(result.text, /Source: Strava/);
    const req = stub.requests[before]!.body;
    assert.equal(req.model, 'vision-test-model');
    assert.equal(req.response_format.type, 'json_schema');
    assert.match(req.messages[0].content, /never instructions/);
    const image = req.messages[1].content.find((p: { type: string }) => p.type === 'image_url');
    // The message date, zone and units: the model resolves "Yesterday" and yearless dates, not guesses.
    const prompt = req.messages[1].content.find((p: { type: string }) => p.type === 'text').text;
    assert.match(prompt, new RegExp(`sent on \\w+day, ${todayUtc()}`));
    assert.match(prompt, /time zone is UTC/);
    assert.match(prompt, /uses kilometres/);
    assert.equal(image.image_url.url, `data:image/png;base64,${IMAGE.toString('base64')}`);
    await user.press(result, '✅ Confirm');
    await user.waitForMessage((m) => m.text.includes('Recorded as an extra run'), WAIT);
    const [row] = await sys.db.sql`
      select distance_km, duration_sec, avg_hr, source from workout_completions where user_id = ${id}`;
    assert.deepEqual(
      [Number(row?.distance_km), row?.duration_sec, row?.avg_hr, row?.source],
      [10, 3150, 148, 'vision'],
    );
  });

  it('flags implausible numbers (pace, distance, future date) instead of offering them', async () => {
    const { user } = await runner('Implausible');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    stub.enqueue(
      { kind: 'content', content: answer({ distance: { value: 42.2, unit: 'km' }, duration: '20:00' }) },
      { kind: 'content', content: answer({ distance: { value: 250, unit: 'km' }, duration: '25:00:00' }) },
      { kind: 'content', content: answer({ date: tomorrow }) },
    );
    for (const expected of [/faster than any runner/, /longer than 100 km/, /in the future/]) {
      await user.sendPhoto(IMAGE, { fileName: 'run.png' });
      const m = await user.waitForMessage((m) => m.text.includes("doesn't look right"), WAIT);
      assert.match(m.text, expected);
      assert.ok(!m.text.includes('Shall I record it?'));
    }
  });

  it('a model answer that is not a workout gets a polite reply and nothing is stored as a run', async () => {
    const { user, id } = await runner('Cat');
    stub.enqueue({
      kind: 'content',
      content: answer({ isWorkoutScreenshot: false, distance: null, duration: null }),
    });
    await user.sendPhoto(IMAGE, { fileName: 'cat.png' });
    await user.waitForMessage((m) => m.text.includes("couldn't find a run"), WAIT);
    assert.equal((await sys.db.sql`select 1 from workout_completions where user_id = ${id}`).length, 0);
  });

  it('retries after malformed JSON and after a timeout (with progress shown), answering once', async () => {
    const { user, id } = await runner('Retry');
    stub.enqueue(
      { kind: 'content', content: '{"isWorkoutScreenshot": true, "distance": ' },
      { kind: 'content', content: answer() },
    );
    await user.sendPhoto(IMAGE, { fileName: 'run.png' });
    await user.waitForMessage((m) => m.text.includes('Shall I record it?'), WAIT);
    await waitUntil(async () => (await jobOf(id)).status === 'completed', 30_000, 'the job to complete');
    const first = await jobOf(id);
    assert.equal(first.attempts, 2);

    stub.enqueue({ kind: 'hang' }, { kind: 'content', content: answer() });
    await user.sendPhoto(IMAGE, { fileName: 'run.png' });
    await user.waitForMessage((m) => m.text.includes('Still reading your screenshot'), WAIT);
    await user.waitForMessage((m) => m.text.includes('Shall I record it?'), WAIT);
    const [second] = await sys.db.sql<{ attempts: number; last_error: string }[]>`
      select attempts, last_error from jobs
      where queue = 'vision' and (payload->>'userId')::bigint = ${id} and id <> ${first.id}`;
    assert.equal(second?.attempts, 2);
    assert.match(second?.last_error ?? '', /timeout/);
    assert.equal((await sentTo(id, 'Shall I record it?')).length, 2, 'one result per screenshot');
    // Progress starts 1 s into a job (before the 2 s model timeout): once for the hanging job, never twice.
    const notes = await sys.db.sql`
      select n.job_id from vision_progress_notes n join jobs j on j.id = n.job_id
      where (j.payload->>'userId')::bigint = ${id}`;
    assert.ok(notes.some((n) => Number(n.job_id) !== first.id));
    assert.equal((await sentTo(id, 'Still reading')).length, notes.length);
  });

  it('after three HTTP 500s the job is dead and the runner is told', async () => {
    const { user, id } = await runner('Dead');
    stub.enqueue(
      { kind: 'status', status: 500 },
      { kind: 'status', status: 500 },
      { kind: 'status', status: 500 },
    );
    await user.sendPhoto(IMAGE, { fileName: 'run.png' });
    await user.waitForMessage((m) => m.text.includes("couldn't read your screenshot this time"), WAIT);
    const job = await jobOf(id); // the message commits with the dead status
    assert.deepEqual([job.status, job.attempts], ['dead', 3]);
    assert.equal((await sys.db.sql`select 1 from vision_extractions where user_id = ${id}`).length, 0);
  });

  it('an image the model cannot decode (400 invalid_image_format) is answered at once, not retried', async () => {
    const { user, id } = await runner('Damaged');
    stub.enqueue({
      kind: 'raw',
      status: 400,
      body: JSON.stringify({
        error: {
          message: 'You uploaded an unsupported image. Please make sure your image is valid.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_image_format',
        },
      }),
    });
    await user.sendPhoto(IMAGE, { fileName: 'run.png' });
    await user.waitForMessage((m) => m.text.includes('That image looks damaged'), WAIT);
    // The answer is committed with the reading; the worker marks the job completed just after.
    await waitUntil(async () => (await jobOf(id)).status !== 'running', 30_000, 'the job to finish');
    const job = await jobOf(id);
    assert.deepEqual([job.status, job.attempts], ['completed', 1]);
    const [row] = await sys.db.sql<{ outcome: string; reason: string }[]>`
      select outcome, detail->>'reason' as reason from vision_extractions where user_id = ${id}`;
    assert.deepEqual([row?.outcome, row?.reason], ['rejected', 'damaged']);
  });

  it('kill -9 of the vision app mid-job: the job runs again and the runner gets exactly one result', async () => {
    // A vision process whose model calls do not time out, so the first attempt is surely mid-call when killed.
    vision.child.kill('SIGTERM');
    await vision.exited;
    vision = sys.start('vision', { OPENAI_TIMEOUT_MS: '60000' });
    const { user, id } = await runner('Killed');
    const before = stub.requests.length;
    stub.enqueue({ kind: 'hang' }, { kind: 'content', content: answer() });
    await user.sendPhoto(IMAGE, { fileName: 'run.png' });
    await user.waitForMessage((m) => m.text.includes('Analysing your screenshot'), WAIT);
    const deadline = Date.now() + 30_000;
    while (stub.requests.length === before && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    assert.equal(stub.requests.length, before + 1, 'the model call of attempt 1 is in flight');
    vision.child.kill('SIGKILL');
    assert.equal((await vision.exited).signal, 'SIGKILL');
    assert.equal((await jobOf(id)).status, 'running', 'killed mid-job');
    vision = sys.start('vision', { OPENAI_TIMEOUT_MS: '60000' });
    await user.waitForMessage((m) => m.text.includes('Shall I record it?'), WAIT);
    // The result commits with the extraction; the job is marked completed right after.
    await waitUntil(async () => (await jobOf(id)).status === 'completed', 30_000, 'the job to complete');
    const job = await jobOf(id);
    assert.equal(job.attempts, 2);
    assert.equal((await sys.db.sql`select 1 from vision_extractions where job_id = ${job.id}`).length, 1);
    assert.equal((await sentTo(id, 'Shall I record it?')).length, 1);
    const results = (await user.botMessages()).filter((m) => m.text.includes('Shall I record it?'));
    assert.equal(results.length, 1);
  });

  it('limits pending screenshots per runner (3); the waiting ones are read once vision is back', async () => {
    vision.child.kill('SIGTERM');
    assert.equal((await vision.exited).code, 0);
    const { user, id } = await runner('Busy');
    for (let n = 0; n < 3; n++) {
      await user.sendPhoto(IMAGE, { fileName: `run${n}.png` });
      await user.waitForMessage((m) => m.text.includes('Analysing your screenshot'), WAIT);
    }
    await user.sendPhoto(IMAGE, { fileName: 'run3.png' });
    await user.waitForMessage((m) => m.text.includes("I'm still reading your last 3 screenshots"), WAIT);
    const [{ n }] = await sys.db.sql<{ n: number }[]>`
      select count(*)::int as n from jobs where queue = 'vision' and (payload->>'userId')::bigint = ${id}`;
    assert.equal(n, 3);
    stub.enqueue(...[1, 2, 3].map(() => ({ kind: 'content' as const, content: answer() })));
    vision = sys.start('vision');
    await user.waitFor(
      (v) => v.messages.filter((m) => m.text.includes('Shall I record it?')).length === 3 || undefined,
      {
        ...WAIT,
        what: 'three results',
      },
    );
  });
});
