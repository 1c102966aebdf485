import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { ActivityFileError } from './activity-summary.js';
import { readWorkoutFile } from './read-workout-file.js';
import { renderRejected } from './render-result.js';
import { ScreenshotRejectedError } from './screenshot-errors.js';
import { createVisionReader } from './vision-reader.js';

/** What the CLI prints for a file it could read. @example { distance_km: 5.02, duration_s: 1513, date: '2025-03-02', avg_hr: 150, method: 'fit', confidence: 1 } */
export interface ReadWorkoutOutput {
  readonly distance_km: number | null;
  readonly duration_s: number | null;
  readonly date: string | null;
  readonly avg_hr: number | null;
  readonly method: 'ocr' | 'model' | 'fit' | 'gpx' | 'tcx';
  readonly confidence: number;
}

const USAGE = 'usage: npm run read-workout -- <file> [--today YYYY-MM-DD] [--tz Area/City]';

const envSchema = z.object({
  OPENAI_API_KEY: z.string().trim().optional(),
  OPENAI_BASE_URL: z.string().trim().optional(),
  OPENAI_VISION_MODEL: z.string().trim().min(1).default('gpt-4o'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
});

interface Args {
  readonly file: string;
  readonly today: string;
  readonly timeZone: string;
}

function parseArgs(argv: readonly string[]): Args | string {
  let file: string | undefined;
  let today: string | undefined;
  let timeZone = 'UTC';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--today' || arg === '--tz') {
      const value = argv[++i];
      if (!value) return `${arg} needs a value`;
      if (arg === '--today') today = value;
      else timeZone = value;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `only one file, got ${file} and ${arg}`;
    }
  }
  if (!file) return 'no file given';
  if (!DateTime.local().setZone(timeZone).isValid) return `unknown time zone ${timeZone}`;
  if (today !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(today) && DateTime.fromISO(today).isValid)) {
    return `--today must be a date like 2025-03-05, got ${today}`;
  }
  return { file, today: today ?? DateTime.now().setZone(timeZone).toISODate()!, timeZone };
}

/**
 * `npm run read-workout -- <file> [--today YYYY-MM-DD] [--tz Area/City]`: prints as JSON what the bot
 * would read from a screenshot (offline OCR, or the vision model when `OPENAI_API_KEY` is set) or an
 * activity file (FIT/GPX/TCX). `--today` is the message date (relative and yearless dates count from
 * it), `--tz` the runner's zone (an activity's start becomes a local date). Returns the exit code: 0 read,
 * 1 the file cannot be read (a clear sentence on stderr), 2 wrong usage.
 *
 * @example
 * process.exitCode = await runReadWorkout(process.argv.slice(2), process.env, console.log, console.error);
 */
export async function runReadWorkout(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
  printError: (line: string) => void,
): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    printError(`read-workout: ${args}\n${USAGE}`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(args.file);
  } catch (err) {
    printError(
      `read-workout: cannot open ${args.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
    return 1;
  }
  const parsedEnv = envSchema.parse(env);
  const reader = await createVisionReader({
    apiKey: parsedEnv.OPENAI_API_KEY || undefined,
    baseUrl: parsedEnv.OPENAI_BASE_URL || undefined,
    model: parsedEnv.OPENAI_VISION_MODEL,
    visionModel: parsedEnv.OPENAI_VISION_MODEL,
    timeoutMs: parsedEnv.OPENAI_TIMEOUT_MS,
  });
  try {
    const result = await readWorkoutFile(
      bytes,
      {
        signal: AbortSignal.timeout(120_000),
        referenceDate: args.today,
        timeZone: args.timeZone,
        units: 'km',
      },
      reader.read,
    );
    if (result.kind === 'not_workout') {
      printError(
        `read-workout: ${args.file}: no workout found in the image${result.why ? ` (${result.why})` : ''}`,
      );
      return 1;
    }
    const r = result.reading;
    const output: ReadWorkoutOutput = {
      distance_km: r.distanceKm ?? null,
      duration_s: r.durationSec ?? null,
      date: r.date ?? null,
      avg_hr: r.avgHr ?? null,
      method: result.method === 'llm' ? 'model' : result.method,
      confidence: r.confidence,
    };
    print(JSON.stringify(output));
    return 0;
  } catch (err) {
    if (err instanceof ScreenshotRejectedError) {
      printError(`read-workout: ${args.file}: ${plain(renderRejected(err.reason))}`);
      return 1;
    }
    if (err instanceof ActivityFileError) {
      printError(
        `read-workout: ${args.file}: ${err.kind.toUpperCase()} file ${err.problem.replace('_', ' ')}: ${err.detail}`,
      );
      return 1;
    }
    throw err;
  } finally {
    await reader.close();
  }
}

/** The bot's HTML sentence as plain text (the first sentence is the reason). */
function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .split('. ')[0]!
    .replace(/\.$/, '');
}
