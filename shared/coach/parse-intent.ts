import type { Locale } from '../i18n/index.js';
import { fromDayNumber, toDayNumber } from '../planner/index.js';
import { type CompletedRun, type ParsedRunLog, parseRunLog, type RunLogContext } from '../tracking/index.js';
import { type CoachIntent, InvalidToolCallError, parseToolCall } from './intents.js';
import { type DayMention, findDays } from './parse-day.js';
import { findLocalDays } from './parse-day-local.js';
import { type LocalParseWords, PARSE_WORDS, type ParseWords } from './parse-words/index.js';

/** What the offline parser needs besides the text. */
export interface ParseContext {
  /** The runner's local date, YYYY-MM-DD. */
  readonly today: string;
  readonly units: 'km' | 'mi';
  /** Upcoming workouts (date, type), so "my long run" finds its day. */
  readonly upcoming?: ReadonlyArray<{ readonly date: string; readonly type: string }>;
  /** The runner's language (English by default); English is understood in every language too. */
  readonly locale?: Locale;
}

/**
 * What a message means offline: a tool request, a yes/no to the last proposal (a "no" may carry another
 * day: "no, Sunday instead"), or not understood.
 * @example const p: ParsedMessage = { kind: 'confirm' };
 */
export type ParsedMessage =
  | { kind: 'intent'; intent: CoachIntent }
  | { kind: 'confirm' }
  | { kind: 'decline'; day?: string }
  | { kind: 'unknown' };

/**
 * Reads a runner's plain-language message (English, Russian, Spanish or German: the runner's language,
 * then English, as runners mix them) into one of the coach's tools, offline and deterministically
 * (chrono-node for dates; distances and times read as the profile dialog and /log read them). The result
 * is validated by the same schemas as the model's tool calls. Pure.
 *
 * @example
 * parseMessage("move saturday's run to sunday", { today: '2027-03-03', units: 'km' });
 * // { kind: 'intent', intent: { tool: 'move_workout', args: { from: '2027-03-06', to: '2027-03-07' } } }
 * parseMessage('болит колено', { today: '2027-03-03', units: 'km', locale: 'ru' });
 * // { kind: 'intent', intent: { tool: 'report_pain', args: { area: 'колено', severity: 'moderate' } } }
 */
export function parseMessage(raw: string, ctx: ParseContext): ParsedMessage {
  const text = raw.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().slice(0, 500);
  if (!text) return { kind: 'unknown' };
  const local = ctx.locale && ctx.locale !== 'en' ? readIn(PARSE_WORDS[ctx.locale], text, ctx) : undefined;
  return local && local.kind !== 'unknown' ? local : readIn(PARSE_WORDS.en, text, ctx);
}

/** One language's reading of the normalised text. */
function readIn(words: ParseWords, raw: string, ctx: ParseContext): ParsedMessage {
  let text = raw;
  if (isLocal(words)) for (const [re, to] of words.dayAliases) text = text.replace(re, to);
  const days = isLocal(words) ? findLocalDays(text, ctx.today, words) : findDays(text, ctx.today);
  try {
    const result = classify(text, days, ctx, words);
    if (result.kind !== 'intent') return result;
    // Same gate as the model's calls: an argument the schema refuses means "not understood".
    return { kind: 'intent', intent: parseToolCall(result.intent.tool, result.intent.args) };
  } catch (err) {
    if (err instanceof InvalidToolCallError) return { kind: 'unknown' };
    throw err;
  }
}

type Draft =
  | { kind: 'intent'; intent: { tool: string; args: Record<string, unknown> } }
  | Exclude<ParsedMessage, { kind: 'intent' }>;
const intent = (tool: string, args: Record<string, unknown>): Draft => ({
  kind: 'intent',
  intent: { tool, args },
});

const isLocal = (w: ParseWords): w is LocalParseWords => w.locale !== 'en';

function classify(text: string, days: DayMention[], ctx: ParseContext, w: ParseWords): Draft {
  const short = text.length <= 60;
  if (short && w.confirm.test(text) && !/\?$/.test(text)) return { kind: 'confirm' };
  if (short && w.decline.test(text)) {
    const day = days.at(-1)?.date;
    return day ? { kind: 'decline', day } : { kind: 'decline' };
  }
  const firstDay = days[0]?.date;

  if (w.pain.test(text) && !w.noPain.test(text)) {
    const area = w.bodyArea(text) ?? w.painFallback;
    const severity = w.severe.test(text) ? 'severe' : w.mild.test(text) ? 'mild' : 'moderate';
    return intent('report_pain', { area, severity });
  }

  if (w.goalTopic.test(text) && w.goalChange.test(text) && !w.notGoal.test(text)) {
    const distanceKm = w.goalDistance(text, ctx.units);
    const raceDate = days.find((d) => d.date > ctx.today)?.date;
    const args: Record<string, unknown> = {};
    if (distanceKm !== undefined) args.distanceKm = distanceKm;
    if (raceDate) args.raceDate = raceDate;
    return intent('change_goal', args);
  }

  if (w.pause.test(text)) {
    return intent('pause_plan', {
      from: firstDay && firstDay >= ctx.today ? firstDay : ctx.today,
      days: w.pauseDays(text) ?? 7,
    });
  }

  if (w.reduce.test(text) && !w.notReduce.test(text)) {
    const week = w.nextWeek.test(text) ? 'next' : 'this';
    const pct = w.percent.exec(text);
    const percent = pct ? Number(pct[1]) : w.half.test(text) ? 50 : 30;
    return intent('reduce_week', { week, percent });
  }

  if (w.skip.test(text)) {
    const reason = w.sick.test(text)
      ? 'sick'
      : w.weather.test(text)
        ? 'weather'
        : w.noTime.test(text)
          ? 'no_time'
          : 'other';
    const date = firstDay ?? typedDay(text, ctx, w) ?? ctx.today;
    return intent('skip_workout', { date, reason });
  }

  if (w.move.test(text) && days.length >= 1) {
    const toIdx = text.search(w.target);
    const [a, b] = days;
    let from: string | undefined;
    let to: DayMention | undefined;
    if (b) {
      from = a!.date;
      to = b;
    } else {
      // One day named: it is the target when it follows "to/on", the workout comes from its type.
      const typed = typedDay(text, ctx, w);
      if (toIdx >= 0 && a!.index > toIdx) {
        from = typed ?? ctx.today;
        to = a;
      } else return { kind: 'unknown' };
    }
    let toDate = to!.date;
    if (to!.weekday && from) toDate = nearestWeekday(from, to!.weekday, ctx.today);
    return intent('move_workout', { from, to: toDate });
  }

  if (w.logged.test(text) && /\d/.test(text)) {
    const run = readRun(text, days, ctx, w);
    if (run) {
      return intent('log_run', {
        date: run.date,
        ...(run.distanceKm !== undefined ? { distanceKm: run.distanceKm } : {}),
        ...(run.durationSec !== undefined
          ? { durationMin: Math.round((run.durationSec / 60) * 100) / 100 }
          : {}),
        ...(run.rpe !== undefined ? { rpe: run.rpe } : {}),
      });
    }
  }

  const type = w.workoutTypes.find(([re]) => re.test(text))?.[1];
  const asks = w.asks.test(text);
  const namesWorkout = w.namesWorkout(text);
  if (
    (asks && (type || firstDay)) ||
    (namesWorkout && firstDay) ||
    (type && /\?$/.test(text) && w.questionWord.test(text))
  ) {
    return intent('explain_workout', { ...(firstDay ? { date: firstDay } : {}), ...(type ? { type } : {}) });
  }
  if (w.showWeek.test(text)) {
    return intent('show_week', { week: w.nextWeek.test(text) ? 'next' : 'this' });
  }
  return { kind: 'unknown' };
}

/** The date of the next upcoming workout of the type the text names ("my long run"), if any. */
function typedDay(text: string, ctx: ParseContext, w: ParseWords): string | undefined {
  const type = w.workoutTypes.find(([re]) => re.test(text))?.[1];
  if (!type) return undefined;
  return ctx.upcoming?.find((w) => w.type === type && w.date >= ctx.today)?.date;
}

/** The `weekday` nearest `from` (at most three days away), never before today. */
function nearestWeekday(from: string, weekday: number, today: string): string {
  const f = Date.parse(`${from}T00:00:00Z`) / 86_400_000;
  const wdFrom = ((new Date(f * 86_400_000).getUTCDay() + 6) % 7) + 1;
  let delta = (weekday - wdFrom + 7) % 7;
  if (delta > 3) delta -= 7;
  let day = f + delta;
  if (new Date(day * 86_400_000).toISOString().slice(0, 10) < today) day += 7;
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The run a "ran 10k in 52 min" message reports, if `parseRunLog` reads it. English text goes to it
 * as typed (it reads English dates itself); another language's text is prepared first (see
 * {@link localRunText}).
 */
function readRun(
  text: string,
  days: DayMention[],
  ctx: ParseContext,
  w: ParseWords,
): CompletedRun | undefined {
  const base = { today: ctx.today, units: ctx.units };
  if (!isLocal(w)) {
    const parsed = parseRunLog(
      text.replace(/[?!]|,(?!\d)|:(?!\d)|\b(just|finished|completed|done|went|jogged|logged)\b/g, ' '),
      base,
    );
    return parsed.ok ? parsed.run : undefined;
  }
  const local = localRunText(text, days, ctx.today, w);
  const parsed = parseRunLog(local.text, local.date ? { ...base, defaultDate: local.date } : base);
  return parsed.ok ? parsed.run : undefined;
}

/**
 * A run description in another language made readable for `parseRunLog`: its day words cut out (they
 * would be read as numbers) and given back as the date (a weekday means the last one, not the next), its
 * unit words rewritten into English ("10,5 км за 52 минуты" → "10,5 km за 52 min").
 */
function localRunText(
  text: string,
  days: DayMention[],
  today: string,
  w: LocalParseWords,
): { text: string; date?: string } {
  let rest = text;
  // From the end, so earlier indexes stay right.
  for (const d of [...days].sort((a, b) => b.index - a.index))
    rest = `${rest.slice(0, d.index)} ${rest.slice(d.index + (d.length ?? 0))}`;
  rest = rest.replace(/[?!]|,(?!\d)|:(?!\d)/g, ' ');
  for (const [re, to] of w.units) rest = rest.replace(re, to);
  rest = rest.replace(w.runFillers, ' ');
  const day = days[0];
  const date = day?.weekday && day.date > today ? fromDayNumber(toDayNumber(day.date) - 7) : day?.date;
  return date ? { text: rest, date } : { text: rest };
}

/**
 * What /log and the "done" form hand to `parseRunLog` for a runner writing in their language: English as
 * typed; Russian, Spanish or German with the day read by the coach's date words (chrono's locales) and
 * the unit words in English, so `/log 10,5 км 52:30 вчера` is read like `/log 10.5 km 52:30 yesterday`.
 * `parseRunLog` still judges the result and words its errors in the runner's language. Pure.
 *
 * @example
 * prepareRunLog('10 км 52:30 вчера', { today: '2027-03-03', locale: 'ru' });
 * // { text: '10 km 52:30  ', date: '2027-03-02' }
 */
export function prepareRunLog(
  raw: string,
  ctx: { readonly today: string; readonly locale?: Locale },
): { text: string; date?: string } {
  const w = PARSE_WORDS[ctx.locale ?? 'en'];
  if (!isLocal(w)) return { text: raw };
  let text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [re, to] of w.dayAliases) text = text.replace(re, to);
  return localRunText(text, findLocalDays(text, ctx.today, w), ctx.today, w);
}

/**
 * `parseRunLog` for a runner writing in their language (see {@link prepareRunLog}): a day the text names
 * wins over `defaultDate`; errors come in the runner's language (`ctx.t`).
 *
 * @example
 * parseLocalRunLog('10 км 52:30 вчера', { today: '2027-03-03', units: 'km', locale: 'ru', t });
 * // { ok: true, run: { date: '2027-03-02', distanceKm: 10, durationSec: 3150 } }
 */
export function parseLocalRunLog(
  text: string,
  ctx: RunLogContext & { readonly locale?: Locale },
): ParsedRunLog {
  const { locale, ...logCtx } = ctx;
  const prepared = prepareRunLog(text, { today: ctx.today, ...(locale ? { locale } : {}) });
  return parseRunLog(prepared.text, prepared.date ? { ...logCtx, defaultDate: prepared.date } : logCtx);
}
