import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker as TesseractWorker } from 'tesseract.js';
import type { Locale } from '../i18n/index.js';
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
 * The tesseract languages read for a runner: English always (apps show English labels everywhere), plus
 * the runner's language where a bundled traineddata package exists. There is no Russian package on the
 * npm registry (`@tesseract.js-data/rus` does not exist), so Russian runners' screenshots are read in
 * English only.
 *
 * @example
 * ocrLanguages('es'); // ['eng', 'spa']
 * ocrLanguages('ru'); // ['eng']
 */
export function ocrLanguages(locale: Locale = 'en'): string[] {
  const extra: Partial<Record<Locale, string>> = { es: 'spa', de: 'deu' };
  const code = extra[locale];
  return code ? ['eng', code] : ['eng'];
}

/**
 * One folder holding the bundled traineddata of `codes` (links into each `@tesseract.js-data/<code>`
 * package): tesseract.js reads every language from a single `langPath`, and its in-memory `{ code, data }`
 * form is broken in 7.0 (it initialises with the data as the language name).
 */
function linkedLangPath(codes: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ocr-langs-'));
  for (const code of codes) {
    const pkg = require(`@tesseract.js-data/${code}`) as { langPath: string };
    symlinkSync(join(pkg.langPath, `${code}.traineddata.gz`), join(dir, `${code}.traineddata.gz`));
  }
  return dir;
}

/**
 * Offline OCR with one reused tesseract.js worker per language set (created on first use, never one per image). Calls run
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
  private readonly workers = new Map<string, Promise<TesseractWorker>>();
  private readonly linkDirs: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: { langPath?: string } = {}) {}

  private start(languages: readonly string[]): Promise<TesseractWorker> {
    if (this.closed) return Promise.reject(new Error('OCR engine closed'));
    const key = languages.join('+');
    let worker = this.workers.get(key);
    if (!worker) {
      // English alone keeps the historical path (and a test's `langPath`); other sets read from a folder
      // linking each package's data, since the packages live in separate folders.
      let langPath = this.options.langPath ?? engLangPath();
      if (key !== 'eng') {
        langPath = linkedLangPath(languages);
        this.linkDirs.push(langPath);
      }
      // Loaded here, not at import: only the process that reads screenshots offline needs tesseract.js.
      worker = import('tesseract.js').then(({ createWorker, OEM }) =>
        createWorker(key, OEM.LSTM_ONLY, {
          langPath,
          gzip: true,
          cacheMethod: 'none',
          errorHandler: () => {},
        }),
      );
      worker.catch(() => {
        this.workers.delete(key); // a failed start is retried on the next image
      });
      this.workers.set(key, worker);
    }
    return worker;
  }

  /**
   * The image's text (PNG/JPEG/WebP bytes), read in English and the runner's language (see
   * {@link ocrLanguages}); a damaged image throws `ScreenshotRejectedError`.
   */
  async recognize(image: Buffer, locale: Locale = 'en'): Promise<string> {
    return (await this.recognizeWords(image, locale)).text;
  }

  /**
   * The image's text and every word with its box (pixels) and line number, for the layout parser, read
   * in English and the runner's language (see {@link ocrLanguages}); a damaged image throws
   * `ScreenshotRejectedError`.
   */
  recognizeWords(image: Buffer, locale: Locale = 'en'): Promise<OcrPage> {
    const run = this.queue.then(async () => {
      const worker = await this.start(ocrLanguages(locale));
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
    const workers = [...this.workers.values()];
    this.workers.clear();
    for (const worker of workers) await (await worker.catch(() => undefined))?.terminate();
    for (const dir of this.linkDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
