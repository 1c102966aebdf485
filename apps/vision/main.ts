import { startApp } from '../../shared/app/index.js';
import { Worker } from '../../shared/queue/index.js';
import { createTelegram } from '../../shared/telegram/index.js';
import {
  createVisionJobHandler,
  createVisionReader,
  downloadTelegramFile,
  MAX_ACTIVITY_FILE_BYTES,
  VISION_QUEUE,
  type VisionJobDeps,
  visionJobSchema,
  visionOnDead,
} from '../../shared/vision/index.js';

// Reads workout screenshots and activity files (FIT/GPX/TCX) from the `vision` queue: screenshots with
// the vision model when OPENAI_API_KEY is set, offline OCR otherwise (shared/vision/vision-reader.ts).
await startApp('vision', async ({ config, log, sql, onStop }): Promise<void> => {
  const settings = config.vision;
  const telegram = createTelegram(config);
  const token = config.telegram.token!;
  const download: VisionJobDeps['download'] = (fileId, signal) =>
    downloadTelegramFile({
      telegram,
      apiRoot: config.telegram.apiRoot,
      token,
      fileId,
      signal,
      maxBytes: MAX_ACTIVITY_FILE_BYTES,
    });
  const reader = await createVisionReader(config.openai, log);
  log.info('vision reader', { reader: reader.kind, concurrency: settings.concurrency });

  const worker = new Worker(
    sql,
    VISION_QUEUE,
    createVisionJobHandler({
      sql,
      log,
      download,
      read: reader.read,
      progressAfterMs: settings.progressAfterMs,
    }),
    {
      schema: visionJobSchema,
      concurrency: settings.concurrency,
      leaseMs: settings.leaseMs,
      log,
      onDead: visionOnDead,
    },
  );
  onStop(async () => {
    await worker.close();
    await reader.close();
  });
  await worker.waitUntilReady();
});
