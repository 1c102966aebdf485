import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createWorker, OEM, type Worker as TesseractWorker } from 'tesseract.js';

const require = createRequire(import.meta.url);

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
 * @example
 * const ocr = new OcrEngine({ cachePath: join(config.dataDir, 'tesseract') });
 * const text = await ocr.recognize(pngBytes);
 * await ocr.close();
 */
export class OcrEngine {
  private worker: Promise<TesseractWorker> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: { cachePath: string; langPath?: string }) {}

  private start(): Promise<TesseractWorker> {
    if (this.closed) return Promise.reject(new Error('OCR engine closed'));
    if (!this.worker) {
      mkdirSync(this.options.cachePath, { recursive: true });
      this.worker = createWorker('eng', OEM.LSTM_ONLY, {
        langPath: this.options.langPath ?? engLangPath(),
        gzip: true,
        cachePath: this.options.cachePath,
      });
      this.worker.catch(() => {
        this.worker = undefined; // a failed start is retried on the next image
      });
    }
    return this.worker;
  }

  /** The image's text (PNG/JPEG/WebP bytes). */
  recognize(image: Buffer): Promise<string> {
    const run = this.queue.then(async () => {
      const worker = await this.start();
      const result = await worker.recognize(image);
      return result.data.text;
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
