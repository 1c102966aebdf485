import { startApp } from '../../shared/app/index.js';
import { loadOpenAI } from '../../shared/llm/index.js';
import { Worker } from '../../shared/queue/index.js';
import { createTelegram } from '../../shared/telegram/index.js';
import {
  createVisionJobHandler,
  downloadTelegramFile,
  OcrEngine,
  parseOcrText,
  readWithModel,
  type ScreenshotReading,
  VISION_QUEUE,
  type VisionJobDeps,
  visionJobSchema,
  visionOnDead,
} from '../../shared/vision/index.js';

// Reads workout screenshots from the `vision` queue: the vision model when OPENAI_API_KEY is set, offline
// OCR (one reused tesseract.js worker with the bundled English data) otherwise.
await startApp('vision', async ({ config, log, sql, onStop }): Promise<void> => {
  const settings = config.vision;
  const telegram = createTelegram(config);
  const token = config.telegram.token!;
  const download: VisionJobDeps['download'] = (fileId, signal) =>
    downloadTelegramFile({ telegram, apiRoot: config.telegram.apiRoot, token, fileId, signal });

  let read: VisionJobDeps['read'];
  let ocr: OcrEngine | undefined;
  if (config.openai.apiKey) {
    const OpenAI = await loadOpenAI();
    const client = new OpenAI({
      apiKey: config.openai.apiKey,
      baseURL: config.openai.baseUrl,
      timeout: config.openai.timeoutMs,
      maxRetries: 0, // the job queue retries with backoff
    });
    read = (image, mime, { signal }) =>
      readWithModel({ client, model: config.openai.visionModel, image, mime, signal });
  } else {
    const engine = new OcrEngine();
    ocr = engine;
    read = async (image, _mime, { referenceDate }): Promise<ScreenshotReading> => {
      const started = Date.now();
      const text = await engine.recognize(image);
      log.debug('ocr done', { ms: Date.now() - started, chars: text.length });
      const reading = parseOcrText(text, referenceDate);
      return reading
        ? { kind: 'workout', reading, method: 'ocr' }
        : { kind: 'not_workout', method: 'ocr', why: '' };
    };
  }
  log.info('vision reader', { reader: ocr ? 'ocr' : 'llm', concurrency: settings.concurrency });

  const worker = new Worker(
    sql,
    VISION_QUEUE,
    createVisionJobHandler({ sql, log, download, read, progressAfterMs: settings.progressAfterMs }),
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
    await ocr?.close();
  });
  await worker.waitUntilReady();
});
