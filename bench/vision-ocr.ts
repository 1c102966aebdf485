/**
 * Offline screenshot reading: the generated screenshot set (test/harness/vision-screenshot-set.ts)
 * rendered by Chromium and read by tesseract word boxes + the layout parser. Prints the share read fully
 * right (target ≥ 95 %) and the time per image (OCR + parsing, one warm worker). Also: a 3-hour FIT file
 * (a record per second) read whole.
 * Run alone: `node --import tsx bench/vision-ocr.ts`.
 */
import { createOcrReader, OcrEngine, readActivityFile } from '../shared/vision/index.js';
import { launchChromium } from '../test/harness/browser.js';
import { EASY_RUN, makeFit } from '../test/harness/vision-activity-files.js';
import { renderCase, SCREENSHOT_SET, wrongFields } from '../test/harness/vision-screenshot-set.js';

/** Prints the offline OCR figures. @example await runVisionOcrBench(); */
export async function runVisionOcrBench(): Promise<void> {
  const browser = await launchChromium();
  const images = [];
  for (const c of SCREENSHOT_SET) images.push({ c, png: await renderCase(browser, c) });
  await browser.close();
  const engine = new OcrEngine();
  const read = createOcrReader(engine);
  const ctx = (referenceDate: string) => ({
    signal: AbortSignal.timeout(60_000),
    referenceDate,
    timeZone: 'UTC',
    units: 'km' as const,
  });
  await read(images[0]!.png, 'image/png', ctx(images[0]!.c.referenceDate)); // warm-up: worker start
  const times: number[] = [];
  const failures: string[] = [];
  for (const { c, png } of images) {
    const started = performance.now();
    const result = await read(png, 'image/png', ctx(c.referenceDate));
    times.push(performance.now() - started);
    const wrong = wrongFields(result.kind === 'workout' ? result.reading : undefined, c.expected);
    if (wrong.length > 0) failures.push(`${c.id}: ${wrong.join('; ')}`);
  }
  await engine.close();
  times.sort((a, b) => a - b);
  const ok = images.length - failures.length;
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `screenshots read fully right offline: ${ok}/${images.length} (${((ok / images.length) * 100).toFixed(0)} %, target ≥ 95 %)`,
  );
  console.log(
    `time per image: mean ${mean.toFixed(0)} ms, median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms`,
  );
  for (const f of failures) console.log(`  wrong: ${f}`);
  const fit = makeFit({ ...EASY_RUN, distanceM: 32_000, timerSec: 3 * 3600 });
  await readActivityFile(fit, 'UTC'); // loads the SDK
  const started = performance.now();
  await readActivityFile(fit, 'UTC');
  console.log(
    `3-hour FIT file (${(fit.length / 1024).toFixed(0)} KiB, 10,801 records): ${(performance.now() - started).toFixed(0)} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await runVisionOcrBench();
