import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Update } from 'telegraf/types';
import winston from 'winston';
import { apologiseForPoisonUpdate } from '../../shared/bot/index.js';
import { translator } from '../../shared/i18n/index.js';
import { notifyChatOnDead, OutboxWriter } from '../../shared/outbox/index.js';
import { Job, Queue } from '../../shared/queue/index.js';
import {
  confirmExtraction,
  createVisionJobHandler,
  loadExtraction,
  type ScreenshotReading,
  VISION_QUEUE,
  type VisionJobData,
  visionOnDead,
} from '../../shared/vision/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';
import { waitFor } from '../harness/queue-helpers.js';
import { renderScreenshot } from '../harness/vision-helpers.js';

// The texts sent outside a feature (no ctx.t): the vision job's notes and Confirm, the dead-job notices
// and the poison reply speak the runner's stored language — here Russian — read from the outbox rows.

const silent = winston.createLogger({ silent: true });
const IVAN = 7001; // chose Russian
const ANA = 7002; // not in `users` (their first update failed): the update's language_code decides
const WORKOUT: ScreenshotReading = {
  kind: 'workout',
  method: 'ocr',
  reading: {
    activity: 'run',
    date: '2025-03-02',
    distanceKm: 5.02,
    durationSec: 1513,
    paceSecPerKm: 301,
    confidence: 0.9,
    sourceApp: 'Garmin',
  },
};

describe('texts sent outside an update, in the runner’s language (real PostgreSQL)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase({ migrate: true });
    await db.sql`insert into users (id, chat_id, first_name, locale) values (${IVAN}, ${IVAN}, 'Иван', 'ru')`;
  });
  after(async () => {
    await db.drop();
    await stopEmbeddedAdminCluster();
  });
  beforeEach(async () => {
    await db.sql`delete from outgoing_messages`;
  });

  const sent = async (chatId: number) =>
    (
      await db.sql<{ payload: { text?: string } }[]>`
        select payload from outgoing_messages
        where chat_id = ${chatId} and method = 'sendMessage' order by id`
    ).map((r) => r.payload.text ?? '');

  async function newJob(attempt: number): Promise<Job<VisionJobData>> {
    const data: VisionJobData = { userId: IVAN, chatId: IVAN, messageId: 3, fileId: 'f', sentAt: 1740902400 };
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

  it('a slow screenshot gets its progress note, and Confirm its answers and note, in Russian', async () => {
    const job = await newJob(1);
    const noted = () => db.sql`select 1 from vision_progress_notes where job_id = ${job.id}`;
    const handler = createVisionJobHandler({
      sql: db.sql,
      log: silent,
      download: async () => renderScreenshot(['5.02 km 25:13']),
      // The reading finishes once the progress note is queued: no timing guess.
      read: async () => {
        await waitFor('progress note', async () => (await noted()).length > 0);
        return WORKOUT;
      },
      now: () => new Date('2025-03-05T12:00:00Z'),
      progressAfterMs: 0,
    });
    const { extractionId } = (await handler(job)) as { extractionId: number };
    const [progress, result] = await sent(IVAN);
    assert.equal(progress, '⏳ Всё ещё читаю ваш скриншот, почти готово…');
    assert.match(result ?? '', /Дистанция: <b>5,02 км<\/b>/);

    const ru = translator('ru');
    const ext = await db.sql.begin((tx) => loadExtraction(tx, extractionId, IVAN));
    assert.ok(ext);
    const first = await db.sql.begin((tx) => confirmExtraction(tx, ext, undefined, 'km', ru));
    assert.equal(first.kind, 'recorded');
    assert.match(first.text, /✅ Записано как дополнительная пробежка\.$/);
    assert.match(first.text, /Дистанция/);
    const [completion] = await db.sql<{ notes: string }[]>`
      select notes from workout_completions where user_id = ${IVAN}`;
    assert.equal(completion?.notes, 'со скриншота (Garmin)');
    const again = await db.sql.begin((tx) => confirmExtraction(tx, ext, undefined, 'km', ru));
    assert.equal(again.kind, 'duplicate');
    assert.match(again.text, /✅ Эта пробежка уже записана — ничего не изменилось\.$/);
  });

  it('a dead screenshot job and a dead plan job are explained in Russian', async () => {
    const dead = await newJob(3);
    await db.sql.begin((tx) => visionOnDead(dead, new Error('x'), tx));
    await db.sql.begin((tx) =>
      notifyChatOnDead('job-dead-plan')({ data: { userId: IVAN, chatId: IVAN } }, new Error('x'), tx),
    );
    assert.deepEqual(await sent(IVAN), [
      'Извините, в этот раз не получилось прочитать ваш скриншот (3 попытки). Ничего не записано — пришлите его ещё раз чуть позже.',
      'Извините, сейчас не получилось составить ваш план. Попробуйте /plan ещё раз через несколько минут.',
    ]);
  });

  it('the poison reply: stored language, else the update’s language_code, else English', async () => {
    const message = (id: number, languageCode?: string) =>
      ({
        update_id: id,
        message: {
          message_id: 1,
          date: 0,
          chat: { id, type: 'private', first_name: 'x' },
          from: {
            id,
            is_bot: false,
            first_name: 'x',
            ...(languageCode ? { language_code: languageCode } : {}),
          },
          text: 'boom',
        },
      }) as Update;
    await db.sql.begin(async (tx) => {
      const out = new OutboxWriter(tx);
      await apologiseForPoisonUpdate(message(IVAN, 'de'), tx, out); // the stored choice wins
      await apologiseForPoisonUpdate(message(ANA, 'es-419'), tx, out);
      await apologiseForPoisonUpdate(message(ANA + 1), tx, out);
      await out.flush();
    });
    assert.match((await sent(IVAN))[0] ?? '', /^Извините, с этим сообщением что-то пошло не так/);
    assert.match((await sent(ANA))[0] ?? '', /^Lo siento, algo salió mal con ese mensaje/);
    assert.match((await sent(ANA + 1))[0] ?? '', /^Sorry, something went wrong with that message/);
  });
});
