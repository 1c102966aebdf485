import { parseDistance } from '../profile/index.js';
import { parseRunLog } from '../tracking/index.js';
import { type CoachIntent, InvalidToolCallError, parseToolCall } from './intents.js';
import { type DayMention, findDays, numberWord } from './parse-day.js';

/** What the offline parser needs besides the text. */
export interface ParseContext {
  /** The runner's local date, YYYY-MM-DD. */
  readonly today: string;
  readonly units: 'km' | 'mi';
  /** Upcoming workouts (date, type), so "my long run" finds its day. */
  readonly upcoming?: ReadonlyArray<{ readonly date: string; readonly type: string }>;
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

const PAIN =
  /\b(hurts?|hurting|hurted|pain(ful)?|sore(ness)?|ache?s?|aching|injur(y|ed|ies)|twisted|sprain(ed)?|strain(ed)?|pulled|niggle|shin splints?|tendonitis|tendinitis|plantar|blisters?|cramps?)\b/;
const BODY =
  /\b(knees?|ankles?|achilles|calf|calves|shins?|hamstrings?|quads?|hips?|feet|foot|heels?|back|it ?band|groin|glutes?|toes?|arch|thigh|legs?|hip flexors?)\b/;
const WORKOUT_TYPES: Array<[RegExp, string]> = [
  [/\blong run\b|\blong\b/, 'long'],
  [/\btempo|threshold\b/, 'tempo'],
  [/\bintervals?\b|\binterval session\b|\b\d+ ?x ?\d+/, 'intervals'],
  [/\breps\b|\brepetitions?\b|\bstrides\b/, 'repetitions'],
  [/\brace[- ]pace\b|\bgoal pace\b/, 'race-pace'],
  [/\brecovery\b/, 'recovery'],
  [/\beasy\b/, 'easy'],
];

/**
 * Reads a runner's plain-English message into one of the coach's tools, offline and deterministically
 * (chrono-node for dates; distances and times read as the profile dialog and /log read them). The result
 * is validated by the same schemas as the model's tool calls. Pure.
 *
 * @example
 * parseMessage("move saturday's run to sunday", { today: '2027-03-03', units: 'km' });
 * // { kind: 'intent', intent: { tool: 'move_workout', args: { from: '2027-03-06', to: '2027-03-07' } } }
 */
export function parseMessage(raw: string, ctx: ParseContext): ParsedMessage {
  const text = raw.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().slice(0, 500);
  if (!text) return { kind: 'unknown' };
  const days = findDays(text, ctx.today);
  try {
    const result = classify(text, days, ctx);
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

function classify(text: string, days: DayMention[], ctx: ParseContext): Draft {
  const short = text.length <= 60;
  if (
    short &&
    /^(yes|yep|yeah|yup|sure|ok|okay|okey|alright|do it|do that|apply( it)?|sounds good|go ahead|please do|perfect|great|let'?s do (it|that)|deal)\b/.test(
      text,
    ) &&
    !/\?$/.test(text)
  )
    return { kind: 'confirm' };
  if (
    short &&
    /^(no\b(?! time)|nope|nah|cancel( it| that)?$|don'?t\b|never ?mind|not that|rather not)/.test(text)
  ) {
    const day = days.at(-1)?.date;
    return day ? { kind: 'decline', day } : { kind: 'decline' };
  }
  const firstDay = days[0]?.date;

  if (PAIN.test(text) && !/\bno (pain|injur)|\bpain[- ]free\b/.test(text)) {
    // "my foot" names the place; a bare "back" is often "it is back", not the back.
    const area =
      new RegExp(`\\bmy ${BODY.source}`).exec(text)?.[1] ??
      BODY.exec(text.replace(/\b(is|it'?s|are|came|come|coming) back\b/g, ' '))?.[1] ??
      'pain';
    const severity =
      /\b(really|very|a lot|severe|sharp|badly|terrible|can barely|limp(ing)?|swollen|stabbing)\b/.test(text)
        ? 'severe'
        : /\b(a bit|a little|slight(ly)?|mild|minor|niggle|tight)\b/.test(text)
          ? 'mild'
          : 'moderate';
    return intent('report_pain', { area, severity });
  }

  if (
    /\b(goal|race|marathon|half|10k|5k|ultra)\b/.test(text) &&
    /\b(change|switch|new|instead|sign(ed)? up|register(ed)?|entered|moved|postponed|rescheduled|want to (run|do)|train for|now)\b/.test(
      text,
    ) &&
    !/\b(run|workout|session)\b.*\bto\b.*day\b/.test(text)
  ) {
    const distance = /\b(half[- ]?marathon|half|marathon|ultra|\d+(?:\.\d+)? ?(?:k|km|mi|miles?))\b/.exec(
      text,
    )?.[1];
    const parsed = distance && distance !== 'ultra' ? parseDistance(distance, ctx.units) : undefined;
    const raceDate = days.find((d) => d.date > ctx.today)?.date;
    const args: Record<string, unknown> = {};
    if (parsed?.ok) args.distanceKm = parsed.value;
    if (raceDate) args.raceDate = raceDate;
    return intent('change_goal', args);
  }

  if (
    /\b(pause|break from running|time off|holiday|vacation|off for|away for|no running for|stop (the plan|training) for|take a break)\b/.test(
      text,
    )
  ) {
    const n = /\b(\d{1,2}|a|one|two|three|four) (day|week)s?\b/.exec(text);
    const length = n ? numberWord(n[1]!) * (n[2] === 'week' ? 7 : 1) : 7;
    return intent('pause_plan', {
      from: firstDay && firstDay >= ctx.today ? firstDay : ctx.today,
      days: length,
    });
  }

  if (
    /\b(reduce|halve|cut (back|down)|lighter|easier week|less (volume|running|mileage|km)|back off|down week|shorter week|only (\d|one|two|three) (days?|runs?)|busy week|travel(l)?ing|tired|exhausted|fatigued|worn out|overwhelmed)\b/.test(
      text,
    ) &&
    !/\b(skip|cancel|move)\b/.test(text)
  ) {
    const week = /\bnext week\b/.test(text) ? 'next' : 'this';
    const pct = /\b(\d{1,2}) ?(%|percent)/.exec(text);
    const percent = pct ? Number(pct[1]) : /\b(half|halve)\b/.test(text) ? 50 : 30;
    return intent('reduce_week', { week, percent });
  }

  if (
    /\b(skip(ping|ped)?|cancel|miss|drop|tak(e|ing) (today|tomorrow|\w+day) off|can'?t (make|do|run|go)|cannot (make|do|run)|won'?t (make|be able|run|have time)|no time|not running|day off|take (today|tomorrow|it) off|rest instead)\b/.test(
      text,
    )
  ) {
    const reason = /\b(sick|ill|cold|flu|fever|unwell|covid)\b/.test(text)
      ? 'sick'
      : /\b(rain|raining|snow|storm|weather|heat|too hot|ice|icy|wind)\b/.test(text)
        ? 'weather'
        : /\b(busy|work|no time|meeting|late|time|kids|family)\b/.test(text)
          ? 'no_time'
          : 'other';
    const date = firstDay ?? typedDay(text, ctx) ?? ctx.today;
    return intent('skip_workout', { date, reason });
  }

  const mover =
    /\b(move|shift|push|reschedule|swap|switch|postpone|bring forward|do (it|.{0,40}\brun|my|the) .{0,30}\b(on|to)\b|run .{0,40} on\b|instead)\b/.test(
      text,
    );
  if (mover && days.length >= 1) {
    const toIdx = text.search(/\b(to|on|until|onto|for|instead)\b(?!.*\b(to|on|until|onto)\b)/);
    const [a, b] = days;
    let from: string | undefined;
    let to: DayMention | undefined;
    if (b) {
      from = a!.date;
      to = b;
    } else {
      // One day named: it is the target when it follows "to/on", the workout comes from its type.
      const typed = typedDay(text, ctx);
      if (toIdx >= 0 && a!.index > toIdx) {
        from = typed ?? ctx.today;
        to = a;
      } else return { kind: 'unknown' };
    }
    let toDate = to!.date;
    if (to!.weekday && from) toDate = nearestWeekday(from, to!.weekday, ctx.today);
    return intent('move_workout', { from, to: toDate });
  }

  if (
    /\b(ran|did|done|finished|completed|just (ran|did)|logged|log|went for|jogged|run was|my run)\b/.test(
      text,
    ) &&
    /\d/.test(text)
  ) {
    const parsed = parseRunLog(
      text.replace(/[?!]|,(?!\d)|:(?!\d)|\b(just|finished|completed|done|went|jogged|logged)\b/g, ' '),
      { today: ctx.today, units: ctx.units },
    );
    if (parsed.ok) {
      const { run } = parsed;
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

  const type = WORKOUT_TYPES.find(([re]) => re.test(text))?.[1];
  const asks =
    /\b(how (fast|long|far|hard|should)|what pace|which pace|explain|what'?s (a|an|the point)|what is (a|an|the)|why (do|am|is|should)|what does .* mean|pace for|purpose)\b/.test(
      text,
    );
  const namesWorkout =
    /\b(what|which|explain|show)\b/.test(text) &&
    /\b(workout|run|session)\b/.test(text) &&
    !/\bweek\b/.test(text);
  if (
    (asks && (type || firstDay)) ||
    (namesWorkout && firstDay) ||
    (type && /\?$/.test(text) && /\b(what|how|why)\b/.test(text))
  ) {
    return intent('explain_workout', { ...(firstDay ? { date: firstDay } : {}), ...(type ? { type } : {}) });
  }
  if (
    /\b(what do i have|schedule|plan for|planned|workouts? (for|this|next)|this week|next week|show( me)?( my)? (week|plan))\b/.test(
      text,
    )
  ) {
    return intent('show_week', { week: /\bnext week\b/.test(text) ? 'next' : 'this' });
  }
  return { kind: 'unknown' };
}

/** The date of the next upcoming workout of the type the text names ("my long run"), if any. */
function typedDay(text: string, ctx: ParseContext): string | undefined {
  const type = WORKOUT_TYPES.find(([re]) => re.test(text))?.[1];
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
