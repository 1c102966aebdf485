import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  createOcrReader,
  OcrEngine,
  runReadWorkout,
  type ScreenshotReading,
} from '../../shared/vision/index.js';
import { launchChromium } from '../harness/browser.js';
import { renderCase, SCREENSHOT_SET, wrongFields } from '../harness/vision-screenshot-set.js';

// The generated screenshot set read offline (tesseract word boxes + the layout parser), as the vision
// app reads it without OPENAI_API_KEY. Speed is measured by `npm run bench`, not here.

describe('offline OCR of the generated screenshot set', () => {
  let browser: Browser;
  let engine: OcrEngine;
  const dir = mkdtempSync(join(tmpdir(), 'vision-set-'));
  const rendered = new Map<string, Buffer>();
  before(async () => {
    browser = await launchChromium();
    engine = new OcrEngine();
    for (const c of SCREENSHOT_SET) rendered.set(c.id, await renderCase(browser, c));
  });
  after(async () => {
    await browser?.close();
    await engine?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has at least 20 screenshots in varied layouts, themes, fonts and sizes', () => {
    assert.ok(SCREENSHOT_SET.length >= 20);
    assert.equal(new Set(SCREENSHOT_SET.map((c) => c.id)).size, SCREENSHOT_SET.length);
    const fonts = new Set(SCREENSHOT_SET.map((c) => /font-family: ([^;]+);/.exec(c.html)?.[1]));
    const backgrounds = new Set(SCREENSHOT_SET.map((c) => /background: (#\w+)/.exec(c.html)?.[1]));
    const widths = new Set(SCREENSHOT_SET.map((c) => c.width * c.scale));
    assert.ok(fonts.size >= 4 && backgrounds.size >= 3 && widths.size >= 4);
  });

  it('reads at least 95 % of them fully right (distance, time, date, heart rate)', async () => {
    const read = createOcrReader(engine);
    const failures: string[] = [];
    for (const c of SCREENSHOT_SET) {
      const result: ScreenshotReading = await read(rendered.get(c.id)!, 'image/png', {
        signal: AbortSignal.timeout(60_000),
        referenceDate: c.referenceDate,
        timeZone: 'UTC',
        units: 'km',
      });
      const wrong = wrongFields(result.kind === 'workout' ? result.reading : undefined, c.expected);
      if (wrong.length > 0) failures.push(`${c.id}: ${wrong.join('; ')}`);
    }
    const share = 1 - failures.length / SCREENSHOT_SET.length;
    assert.ok(share >= 0.95, `read fully right: ${(share * 100).toFixed(0)} %\n${failures.join('\n')}`);
  });

  it('the read-workout CLI prints the same reading for a screenshot, with --today for relative dates', async () => {
    const c = SCREENSHOT_SET.find((s) => s.id === 'garmin-tiles-yesterday')!;
    const file = join(dir, 'garmin.png');
    writeFileSync(file, rendered.get(c.id)!);
    const out: string[] = [];
    const err: string[] = [];
    const code = await runReadWorkout(
      [file, '--today', c.referenceDate],
      {},
      (l) => out.push(l),
      (l) => err.push(l),
    );
    assert.equal(code, 0, err.join('\n'));
    const json = JSON.parse(out[0]!);
    assert.deepEqual(
      [json.distance_km, json.duration_s, json.date, json.avg_hr, json.method],
      [c.expected.distanceKm, c.expected.durationSec, c.expected.date, c.expected.avgHr, 'ocr'],
    );
    assert.ok(json.confidence >= 0.9, 'distance, time and the shown pace agree');
  });
});
