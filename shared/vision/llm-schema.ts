import { z } from 'zod';
import { KM_PER_MILE } from '../text/index.js';
import { completeReading, type WorkoutReading } from './workout-reading.js';

/**
 * Structured output the vision model must return. Every key is required and nullable (OpenAI strict
 * structured outputs). Times are strings as shown on screen, parsed by us, so the model copies instead
 * of computing.
 *
 * @example
 * visionAnswerSchema.parse({ isWorkoutScreenshot: true, activityType: 'run', date: '2025-03-02',
 *   distance: { value: 5.02, unit: 'km' }, duration: '25:13', averagePace: { value: '5:01', unit: 'km' },
 *   averageHeartRate: 152, elevationGainMeters: 12, calories: 330, sourceApp: 'Strava', confidence: 0.9 });
 */
export const visionAnswerSchema = z.object({
  isWorkoutScreenshot: z.boolean().describe('true only if the image shows a finished workout summary'),
  activityType: z.enum(['run', 'walk', 'ride', 'swim', 'other']).nullable(),
  date: z.string().nullable().describe('date of the workout as YYYY-MM-DD, null if not shown'),
  distance: z.object({ value: z.number(), unit: z.enum(['km', 'mi', 'm']) }).nullable(),
  duration: z.string().nullable().describe('total (moving) time as shown, h:mm:ss or mm:ss'),
  averagePace: z.object({ value: z.string().describe('m:ss'), unit: z.enum(['km', 'mi']) }).nullable(),
  averageHeartRate: z.number().nullable().describe('beats per minute'),
  elevationGainMeters: z.number().nullable(),
  calories: z.number().nullable(),
  sourceApp: z.string().nullable().describe('the fitness app, e.g. Strava, Garmin Connect'),
  confidence: z.number().describe('0 to 1: how sure you are of the numbers'),
});

/** @example const a: VisionAnswer = visionAnswerSchema.parse(json); */
export type VisionAnswer = z.infer<typeof visionAnswerSchema>;

/**
 * Parses `h:mm:ss`, `mm:ss` or `m'ss"` into seconds; undefined when it is not a time.
 *
 * @example
 * parseClock('1:02:05'); // 3725
 * parseClock('5\'01"'); // 301
 */
export function parseClock(text: string | null | undefined): number | undefined {
  const m = /^\s*(?:(\d{1,2}):)?(\d{1,3})\s*[:'’′]\s*(\d{2})\s*["”″]?\s*$/.exec(text ?? '');
  if (!m || Number(m[3]) >= 60 || (m[1] !== undefined && Number(m[2]) >= 60)) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

const finite = (n: number | null) => (n !== null && Number.isFinite(n) && n >= 0 ? n : undefined);

/**
 * Turns the model's answer into a normalised {@link WorkoutReading} (km, seconds, s/km), or undefined
 * when the model says it is not a workout screenshot or found neither distance nor time. Values the
 * model got wrong in form (a date that is not YYYY-MM-DD, a time that is not a clock) are dropped.
 *
 * @example
 * answerToReading(answer)?.distanceKm; // 5.02
 */
export function answerToReading(answer: VisionAnswer): WorkoutReading | undefined {
  if (!answer.isWorkoutScreenshot) return undefined;
  const d = answer.distance;
  const distanceKm =
    d && finite(d.value) !== undefined && d.value > 0
      ? Math.round(
          (d.unit === 'km' ? d.value : d.unit === 'mi' ? d.value * KM_PER_MILE : d.value / 1000) * 100,
        ) / 100
      : undefined;
  const durationSec = parseClock(answer.duration);
  if (distanceKm === undefined && durationSec === undefined) return undefined;
  const pace = answer.averagePace ? parseClock(answer.averagePace.value) : undefined;
  const paceSecPerKm =
    pace !== undefined && pace > 0
      ? Math.round(answer.averagePace?.unit === 'mi' ? pace / KM_PER_MILE : pace)
      : undefined;
  const date = answer.date && /^\d{4}-\d{2}-\d{2}$/.test(answer.date) ? answer.date : undefined;
  const hr = finite(answer.averageHeartRate);
  const elevation = finite(answer.elevationGainMeters);
  const calories = finite(answer.calories);
  const sourceApp = answer.sourceApp
    ?.replace(/[^\p{L}\p{N} .&'-]/gu, '')
    .trim()
    .slice(0, 40);
  return completeReading({
    activity: answer.activityType ?? 'unknown',
    ...(date ? { date } : {}),
    ...(distanceKm !== undefined ? { distanceKm } : {}),
    ...(durationSec !== undefined && durationSec > 0 ? { durationSec } : {}),
    ...(paceSecPerKm !== undefined ? { paceSecPerKm } : {}),
    ...(hr !== undefined && hr > 0 ? { avgHr: Math.round(hr) } : {}),
    ...(elevation !== undefined ? { elevationGainM: Math.round(elevation) } : {}),
    ...(calories !== undefined ? { calories: Math.round(calories) } : {}),
    ...(sourceApp ? { sourceApp } : {}),
    confidence: Math.min(1, Math.max(0, Number.isFinite(answer.confidence) ? answer.confidence : 0)),
  });
}
