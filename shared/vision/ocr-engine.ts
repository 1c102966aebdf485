import { createRequire } from 'node:module';
import type { Worker as TesseractWorker } from 'tesseract.js';
import { ScreenshotRejectedError } from './screenshot-errors.js';

const require = createRequire(import.meta.url);

/**
 * One recognised word: its text, confidence (0–100), box in pixels and the index of tesseract's line.
 *
 * @example
 * const w: OcrWord = { text: '5.02', conf: 93, line: 2, x0: 40, y0: 300, x1: 160, y1: 350 };
 */
export interface OcrWord {
  readonly text: string;
  readonly conf: number;
  readonly line: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A recognised image: the plain text (lines) and the words with their boxes. @example page.words.length */
export interface OcrPage {
  readonly text: string;
  readonly words: readonly OcrWord[];
}

/**
 * Folder of the bundled English traineddata (`@tesseract.js-data/eng`), so OCR never touches the network.
 *
 * @example
 * engLangPath(); // '/app/node_modules/@tesseract.js-data/eng/4.0.0'
 */
export function engLangPath(): string {
  return (require('@tesseract.js-data/eng') as { langPath: string }).langPath;
}

/**
 * Offline OCR with one reused tesseract.js worker (created on first use, never one per image). Calls run
 * one at a time (a single tesseract worker is sequential anyway).
 *
 * Two tesseract.js behaviours are kept out on purpose:
 * - Its traineddata cache is written in place, so a kill -9 mid-write left a truncated file that failed
 *   the next start. The data is bundled and local, so nothing is cached (about 90 ms more per start).
 * - Without an `errorHandler` it rethrows every failed call inside its message listener, an uncaught
 *   exception that took the whole vision process down, e.g. for a damaged PNG. The awaiting promise
 *   rejects either way, so the handler only has to exist.
 *
 * @example
 * const ocr = new OcrEngine();
 * const text = await ocr.recognize(pngBytes);
 * await ocr.close();
 */
export class OcrEngine {
  private worker: Promise<TesseractWorker> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: { langPath?: string } = {}) {}

  private start(): Promise<TesseractWorker> {
    if (this.closed) return Promise.reject(new Error('OCR engine closed'));
    if (!this.worker) {
      // Loaded here, not at import: only the process that reads screenshots offline needs tesseract.js.
      this.worker = import('tesseract.js').then(({ createWorker, OEM }) =>
        createWorker('eng', OEM.LSTM_ONLY, {
          langPath: this.options.langPath ?? engLangPath(),
          gzip: true,
          cacheMethod: 'none',
          errorHandler: () => {},
        }),
      );
      this.worker.catch(() => {
        this.worker = undefined; // a failed start is retried on the next image
      });
    }
    return this.worker;
  }

  /** The image's text (PNG/JPEG/WebP bytes); a damaged image throws `ScreenshotRejectedError`. */
  async recognize(image: Buffer): Promise<string> {
    return (await this.recognizeWords(image)).text;
  }

  /**
   * The image's text and every word with its box (pixels) and line number, for the layout parser; a
   * damaged image throws `ScreenshotRejectedError`.
   */
  recognizeWords(image: Buffer): Promise<OcrPage> {
    const run = this.queue.then(async () => {
      const worker = await this.start();
      try {
        const result = await worker.recognize(image, {}, { text: true, blocks: true });
        const words: OcrWord[] = [];
        let line = 0;
        for (const block of result.data.blocks ?? []) {
          for (const paragraph of block.paragraphs) {
            for (const l of paragraph.lines) {
              for (const w of l.words) {
                if (w.text.trim()) words.push({ text: w.text.trim(), conf: w.confidence, line, ...w.bbox });
              }
              line++;
            }
          }
        }
        return { text: result.data.text, words };
      } catch (err) {
        // Right magic bytes, damaged data: no retry will read it.
        if (/attempting to read image/i.test(String(err))) {
          throw new ScreenshotRejectedError('damaged', String(err).slice(0, 200));
        }
        throw err;
      }
    });
    this.queue = run.catch(() => {});
    return run;
  }

  /** Terminates the worker (waits for the image in progress). Idempotent. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    const worker = await this.worker?.catch(() => undefined);
    this.worker = undefined;
    await worker?.terminate();
  }
}
