import type { Config } from '../config/index.js';
import { languageForModel } from '../i18n/index.js';
import { loadOpenAI } from '../llm/index.js';
import type { Logger } from '../log/index.js';
import { readWithModel } from './llm-extract.js';
import { OcrEngine } from './ocr-engine.js';
import { readOcrLayout } from './ocr-layout.js';
import type { ImageReader } from './read-workout-file.js';

/**
 * The screenshot reader a process uses, and how to release it.
 *
 * @example
 * const reader = await createVisionReader(config.openai, log);
 * await reader.read(png, 'image/png', ctx);
 * await reader.close();
 */
export interface VisionReader {
  /** `llm` with OPENAI_API_KEY, offline `ocr` without. */
  readonly kind: 'llm' | 'ocr';
  readonly read: ImageReader;
  close(): Promise<void>;
}

/**
 * Offline OCR reader: tesseract word boxes → the layout-aware parser ({@link readOcrLayout}), which falls
 * back to the line parser where the layout does not tell. "Not a workout" when neither distance nor time
 * was found.
 *
 * @example
 * const read = createOcrReader(new OcrEngine(), log);
 */
export function createOcrReader(engine: OcrEngine, log?: Logger): ImageReader {
  return async (image, _mime, { referenceDate, units, locale }) => {
    const started = Date.now();
    // English plus the runner's language (Spanish, German; no Russian traineddata exists on npm).
    const page = await engine.recognizeWords(image, locale);
    const reading = readOcrLayout(page, referenceDate, units);
    log?.debug('ocr done', { ms: Date.now() - started, words: page.words.length });
    return reading
      ? { kind: 'workout', reading, method: 'ocr' }
      : { kind: 'not_workout', method: 'ocr', why: '' };
  };
}

/**
 * The reader for this configuration: the OpenAI-compatible vision model when an API key is set (no SDK
 * retries: the job queue retries with backoff), offline OCR with one reused tesseract worker otherwise.
 *
 * @example
 * const reader = await createVisionReader(config.openai, log); // reader.kind === 'ocr' without a key
 */
export async function createVisionReader(openai: Config['openai'], log?: Logger): Promise<VisionReader> {
  if (openai.apiKey) {
    const OpenAI = await loadOpenAI();
    const client = new OpenAI({
      apiKey: openai.apiKey,
      baseURL: openai.baseUrl,
      timeout: openai.timeoutMs,
      maxRetries: 0,
    });
    return {
      kind: 'llm',
      read: (image, mime, { signal, referenceDate, timeZone, units, locale }) =>
        readWithModel({
          client,
          model: openai.visionModel,
          image,
          mime,
          signal,
          context: { referenceDate, timeZone, units },
          language: languageForModel(locale ?? 'en'),
        }),
      close: async () => {},
    };
  }
  const engine = new OcrEngine();
  return { kind: 'ocr', read: createOcrReader(engine, log), close: () => engine.close() };
}
