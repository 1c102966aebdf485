import type { Locale } from '../../i18n/index.js';

/**
 * One language's vocabulary for the offline coach parser: what each request sounds like. The classifier
 * (`parse-intent.ts`) is the same for every language; only these tables differ. Patterns run on
 * lower-cased text with collapsed spaces.
 *
 * @example const w: ParseWords = PARSE_WORDS.en;
 */
export interface ParseWords {
  readonly locale: Locale;
  /** "yes" to the last proposal (checked on short messages that are not questions). */
  readonly confirm: RegExp;
  /** "no" to the last proposal; a day it names is the alternative ("no, Sunday instead"). */
  readonly decline: RegExp;
  readonly pain: RegExp;
  /** "no pain", "pain-free": a reassurance, not a report. */
  readonly noPain: RegExp;
  /** The body part a pain report names, in the runner's language (shown back to them), if any. */
  readonly bodyArea: (text: string) => string | undefined;
  /** The area when none is named. */
  readonly painFallback: string;
  readonly severe: RegExp;
  readonly mild: RegExp;
  /** A goal or race is mentioned… */
  readonly goalTopic: RegExp;
  /** …and changed. */
  readonly goalChange: RegExp;
  /** Moving a workout to a day, which mentions a race word without changing the goal. */
  readonly notGoal: RegExp;
  /** The race distance a goal change names, in km. */
  readonly goalDistance: (text: string, units: 'km' | 'mi') => number | undefined;
  readonly pause: RegExp;
  /** How long a pause lasts, in days (a week when unsaid). */
  readonly pauseDays: (text: string) => number | undefined;
  readonly reduce: RegExp;
  /** Skip / move words that win over a reduce word. */
  readonly notReduce: RegExp;
  readonly nextWeek: RegExp;
  /** Captures a percentage in group 1. */
  readonly percent: RegExp;
  readonly half: RegExp;
  readonly skip: RegExp;
  readonly sick: RegExp;
  readonly weather: RegExp;
  readonly noTime: RegExp;
  readonly move: RegExp;
  /** The last "to/on" before a target day ("move my long run to Saturday"). */
  readonly target: RegExp;
  /** A run being reported ("ran", "пробежал"); a number must be there too. */
  readonly logged: RegExp;
  /** Workout type words, first match wins. */
  readonly workoutTypes: ReadonlyArray<readonly [RegExp, string]>;
  /** A question about how to run something. */
  readonly asks: RegExp;
  /** "what / which / explain / show" + "workout / run" (and no "week"): asks about a day's workout. */
  readonly namesWorkout: (text: string) => boolean;
  /** "what / how / why": with a type and a question mark, an explanation. */
  readonly questionWord: RegExp;
  readonly showWeek: RegExp;
}

/**
 * What a language other than English adds: its own day words (read before chrono-node's parser for the
 * locale) and unit words rewritten into the English forms `parseRunLog` reads.
 *
 * @example const w: LocalParseWords = PARSE_WORDS.ru;
 */
export interface LocalParseWords extends ParseWords {
  readonly locale: Exclude<Locale, 'en'>;
  /** Relative days with their offset from today, matched before chrono (which misreads some of them). */
  readonly relativeDays: ReadonlyArray<readonly [RegExp, number]>;
  /** Rewrites applied to the text first, e.g. an adjective weekday to a form chrono reads. */
  readonly dayAliases: ReadonlyArray<readonly [RegExp, string]>;
  /** A chrono result that is a length ("на 2 недели", "52 минуты"), not a day. */
  readonly duration: RegExp;
  /** A chrono result counting back ("3 дня назад"), a day after all. */
  readonly ago: RegExp;
  /** Local unit words to English ones (`км` → `km`), so `parseRunLog` reads distances and times. */
  readonly units: ReadonlyArray<readonly [RegExp, string]>;
  /** Words of a run report that are not notes ("пробежал … за …"): removed before `parseRunLog`. */
  readonly runFillers: RegExp;
}
