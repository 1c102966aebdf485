import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import winston from 'winston';
import { Job, Queue } from '../../shared/queue/index.js';
import {
  createVisionJobHandler,
  downloadTelegramFile,
  type ScreenshotReading,
  ScreenshotRejectedError,
  VISION_QUEUE,
  type VisionJobData,
  type VisionJobDeps,
  VisionModelError,
  visionOnDead,
} from '../../shared/vision/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';
import { renderScreenshot } from '../harness/vision-helpers.js';

const silent = winston.createLogger({ silent: true });
const USER = 4242;
const SENT_AT = Math.floor(Date.parse('2025-03-02T08:00:00Z') / 1000);
const WORKOUT: ScreenshotReading = {
  kind: 'workout',
  method: 'ocr',
  reading: { activity: 'run', distanceKm: 5.02, durationSec: 1513, paceSecPerKm: 301, confidence: 0.9 },
};

describe('vision job handler (real PostgreSQL)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase({ migrate: true });
    await db.sql`insert into users (id, chat_id, first_name) values (${USER}, ${USER}, 'Vic')`;
  });
  after(async () => {
    await db.drop();
    await stopEmbeddedAdminCluster();
  });
  beforeEach(async () => {
    await db.sql`delete from outgoing_messages`;
  });

  async function newJob(attempt = 1): Promise<Job<VisionJobData>> {
    const data: VisionJobData = {
      userId: USER,
      chatId: USER,
      messageId: 10,
      fileId: 'file-1',
      sentAt: SENT_AT,
    };
    const added = await new Queue<VisionJobData>(db.sql, VISION_QUEUE).add(data, { maxAttempts: 3 });
    return new Job({
      id: Number(added.id),
      queue: VISION_QUEUE,
      data,
      attempt,
      maxAttempts: 3,
      signal: new AbortController().signal,
      workerId: 'test',
      createdAt: new Date(),
      dedupeKey: null,
    });
  }

  function deps(over: Partial<VisionJobDeps> = {}): VisionJobDeps {
    return {
      sql: db.sql,
      log: silent,
      download: async () => renderScreenshot(['5.02 km 25:13']),
      read: async () => WORKOUT,
      now: () => new Date('2025-03-05T12:00:00Z'),
      ...over,
    };
  }

  const messages = () =>
    db.sql<{ method: string; payload: { text: string; reply_markup?: unknown } }[]>`
      select method, payload from outgoing_messages where chat_id = ${USER} and method = 'sendMessage' order by id`;

  it('a rerun of the same job (sequential or overlapping) stores one extraction and answers once', async () => {
    const job = await newJob();
    // Both overlapping runs get past the "already done?" check and read the image (the gate opens only
    // once both are inside `read`); only one result may be kept.
    let reads = 0;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const read = async () => {
      if (++reads === 2) open();
      await gate;
      return WORKOUT;
    };
    const handler = createVisionJobHandler(deps({ read }));
    await Promise.all([handler(job), handler(job)]);
    await handler(job); // a retry after the result was stored reads nothing
    const rows = await db.sql`select outcome, reading from vision_extractions where job_id = ${job.id}`;
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.outcome, 'workout');
    assert.equal(
      rows[0]?.reading.date,
      '2025-03-02',
      'no date in the image: the day the screenshot was sent',
    );
    const sent = await messages();
    assert.equal(sent.length, 1);
    assert.ok(sent[0]?.payload.text.includes('5.02 km'));
    assert.ok(JSON.stringify(sent[0]?.payload.reply_markup).includes('Confirm'));
    assert.equal(reads, 2);
  });

  it('refuses bytes that are not PNG/JPEG/WebP without reading them', async () => {
    const job = await newJob();
    let reads = 0;
    await createVisionJobHandler(
      deps({
        download: async () => Buffer.from('not an image, named run.png'),
        read: async () => {
          reads++;
          return WORKOUT;
        },
      }),
    )(job);
    assert.equal(reads, 0);
    const [row] =
      await db.sql`select outcome, detail, status from vision_extractions where job_id = ${job.id}`;
    assert.deepEqual([row?.outcome, row?.detail.reason, row?.status], ['rejected', 'not_image', 'closed']);
    assert.match((await messages())[0]?.payload.text ?? '', /isn't a PNG, JPEG or WebP/);
  });

  it('answers "too large" when the download is refused for size', async () => {
    const job = await newJob();
    await createVisionJobHandler(
      deps({
        download: async () => {
          throw new ScreenshotRejectedError('too_large', 'test');
        },
      }),
    )(job);
    assert.match((await messages())[0]?.payload.text ?? '', /larger than 10 MB/);
  });

  it('throws on model failures so the queue retries, storing nothing', async () => {
    const job = await newJob();
    const handler = createVisionJobHandler(
      deps({
        read: async () => {
          throw new VisionModelError('malformed JSON');
        },
      }),
    );
    await assert.rejects(() => handler(job), VisionModelError);
    assert.equal((await db.sql`select 1 from vision_extractions where job_id = ${job.id}`).length, 0);
    assert.equal((await messages()).length, 0);
  });

  it('does not offer to record other sports or implausible numbers', async () => {
    const ride = await newJob();
    await createVisionJobHandler(
      deps({
        read: async () => ({ ...WORKOUT, reading: { ...WORKOUT.reading, activity: 'ride' } }),
      } as never),
    )(ride);
    const future = await newJob();
    await createVisionJobHandler(
      deps({
        read: async () => ({ ...WORKOUT, reading: { ...WORKOUT.reading, date: '2025-03-06' } }),
      } as never),
    )(future);
    const outcomes = await db.sql`
      select outcome from vision_extractions where job_id in (${ride.id}, ${future.id}) order by job_id`;
    assert.deepEqual(
      outcomes.map((r) => r.outcome),
      ['not_workout', 'implausible'],
    );
    const sent = await messages();
    assert.match(sent[0]?.payload.text ?? '', /only record runs/);
    assert.match(sent[1]?.payload.text ?? '', /in the future/);
    assert.ok(!JSON.stringify(sent[1]?.payload.reply_markup).includes('Confirm'));
  });

  it('onDead tells the runner once, and not at all when the result was already stored', async () => {
    const dead = await newJob(3);
    await db.sql.begin((tx) => visionOnDead(dead, new Error('x'), tx));
    assert.match((await messages())[0]?.payload.text ?? '', /couldn't read your screenshot/);
    await db.sql`delete from outgoing_messages`;
    const answered = await newJob(3);
    await createVisionJobHandler(deps())(answered);
    await db.sql`delete from outgoing_messages`;
    await db.sql.begin((tx) => visionOnDead(answered, new Error('lease expired'), tx));
    assert.equal((await messages()).length, 0);
  });
});

describe('downloadTelegramFile limits', () => {
  let server: Server;
  let apiRoot: string;
  let served = 0;
  before(async () => {
    server = createServer((req, res) => {
      const size = Number(/size-(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
      const declare = req.url?.includes('declared');
      res.writeHead(200, declare ? { 'content-length': size } : {});
      if (declare) return res.end(); // a lying or truncated server: we must not even start reading
      const chunk = Buffer.alloc(64 * 1024, 1);
      let left = size;
      const pump = () => {
        while (left > 0) {
          const n = Math.min(left, chunk.length);
          left -= n;
          served += n;
          if (!res.write(chunk.subarray(0, n))) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const telegram = (path: string, fileSize?: number) =>
    ({
      getFile: async (fileId: string) => ({
        file_id: fileId,
        file_unique_id: 'u',
        file_path: path,
        file_size: fileSize,
      }),
    }) as never;
  const tooLarge = (err: unknown) => err instanceof ScreenshotRejectedError && err.reason === 'too_large';

  it('downloads a file within the limit', async () => {
    const bytes = await downloadTelegramFile({
      telegram: telegram('photos/size-2048'),
      apiRoot,
      token: 't',
      fileId: 'f',
    });
    assert.equal(bytes.length, 2048);
  });

  it('refuses by getFile size, by Content-Length and by counted bytes', async () => {
    const big = 25 * 1024 * 1024;
    await assert.rejects(
      downloadTelegramFile({ telegram: telegram('photos/size-10', big), apiRoot, token: 't', fileId: 'f' }),
      tooLarge,
    );
    await assert.rejects(
      downloadTelegramFile({
        telegram: telegram(`photos/declared-size-${big}`),
        apiRoot,
        token: 't',
        fileId: 'f',
      }),
      tooLarge,
    );
    served = 0;
    await assert.rejects(
      downloadTelegramFile({
        telegram: telegram(`photos/size-${big}`, 100),
        apiRoot,
        token: 't',
        fileId: 'f',
      }),
      tooLarge,
    );
    assert.ok(served < big, `stopped reading early (${served} of ${big} bytes written by the server)`);
  });

  it("maps Telegram's 400 answers to rejections and keeps the token out of errors", async () => {
    const failing = (description: string, code = 400) =>
      ({
        getFile: async () => {
          throw Object.assign(new Error(description), { response: { error_code: code, description } });
        },
      }) as never;
    await assert.rejects(
      downloadTelegramFile({
        telegram: failing('Bad Request: file is too big'),
        apiRoot,
        token: 't',
        fileId: 'f',
      }),
      tooLarge,
    );
    await assert.rejects(
      downloadTelegramFile({
        telegram: failing('Bad Request: wrong file_id'),
        apiRoot,
        token: 't',
        fileId: 'f',
      }),
      (err: unknown) => err instanceof ScreenshotRejectedError && err.reason === 'unavailable',
    );
    await assert.rejects(
      downloadTelegramFile({
        telegram: telegram('photos/missing'),
        apiRoot: 'http://127.0.0.1:9',
        token: 'SECRET',
        fileId: 'f',
      }),
      (err: unknown) => !String(err).includes('SECRET') && !(err instanceof ScreenshotRejectedError),
    );
  });
});
