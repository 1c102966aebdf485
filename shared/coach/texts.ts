/**
 * Every message the coach writes, read from the `coach` catalogs (`shared/i18n/locales/<locale>/coach.ftl`)
 * in the runner's language. Functions take already-formatted values and escape what the runner typed;
 * dates and distances are formatted per locale here so every coach text shows them the same way.
 */
import { formatLocalDistance, formatShortDay, type Locale, t } from '../i18n/index.js';
import {
  escapeHtml,
  formatDistance,
  formatShortDate,
  toUnits,
  type Units,
  type Violation,
} from '../planner/index.js';

/**
 * A calendar day as the coach shows it: `Mon 12 Apr` in English (the planner's form), the locale's
 * short day elsewhere (`пн, 12 апр.`).
 *
 * @example
 * coachDay('ru', '2027-04-12'); // 'пн, 12 апр.'
 */
export function coachDay(locale: Locale, iso: string): string {
  return locale === 'en' ? formatShortDate(iso) : formatShortDay(locale, iso);
}

/**
 * A distance in the runner's units and language (`12.5 km`, `12,5 км`).
 *
 * @example
 * coachDistance('de', 12.5, 'km'); // '12,5 km'
 */
export function coachDistance(locale: Locale, km: number, units: Units): string {
  return locale === 'en' ? formatDistance(km, units) : formatLocalDistance(locale, toUnits(km, units), units);
}

// The names detectRedFlag returns; each has a `coach-flag-<name>` message.
const FLAG_IDS: Record<string, string> = {
  'chest pain': 'coach-flag-chest-pain',
  fainting: 'coach-flag-fainting',
  'severe shortness of breath': 'coach-flag-severe-shortness-of-breath',
  'heart rhythm': 'coach-flag-heart-rhythm',
  dizziness: 'coach-flag-dizziness',
  'stroke signs': 'coach-flag-stroke-signs',
  'coughing blood': 'coach-flag-coughing-blood',
  'heat illness': 'coach-flag-heat-illness',
  fracture: 'coach-flag-fracture',
  'severe swelling': 'coach-flag-severe-swelling',
};

/**
 * "Stop running and seek care", naming the red flag in the runner's language.
 *
 * @example
 * RED_FLAG_REPLY('ru', 'chest pain'); // '🛑 <b>Пожалуйста, прекратите бег…'
 */
export const RED_FLAG_REPLY = (locale: Locale, flag: string) => {
  const id = FLAG_IDS[flag];
  return [
    t(locale, 'coach-red-flag-title'),
    '',
    t(locale, 'coach-red-flag-serious', { flag: id ? t(locale, id) : escapeHtml(flag) }),
    t(locale, 'coach-red-flag-not-doctor'),
  ].join('\n');
};

/**
 * Three examples of what the coach understands, shown when it doesn't.
 *
 * @example
 * EXAMPLES('en')[0]; // '“my knee hurts since yesterday”'
 */
export const EXAMPLES = (locale: Locale): string[] =>
  ['coach-example-pain', 'coach-example-move', 'coach-example-log'].map((id) => t(locale, id));

/**
 * "I didn't understand …", quoting (at most 60 characters of) the runner's message, with the examples.
 *
 * @example
 * notUnderstood('de', 'hallo');
 */
export const notUnderstood = (locale: Locale, text: string) =>
  [
    t(locale, 'coach-not-understood', {
      text: escapeHtml(text.length > 60 ? `${text.slice(0, 60)}…` : text),
    }),
    ...EXAMPLES(locale).map((e) => `• ${e}`),
    t(locale, 'coach-help-hint'),
  ].join('\n');

/**
 * "Listen to your knee…": what to do about pain, never a diagnosis.
 *
 * @example
 * PAIN_ADVICE('es', 'knee');
 */
export const PAIN_ADVICE = (locale: Locale, area: string) =>
  t(locale, 'coach-pain-advice', { area: escapeHtml(area) });

/** The rule codes a change can break that have a human reason in the catalogs. */
const RULE_CODES = new Set([
  'HARD_BACK_TO_BACK',
  'DATE_ORDER',
  'RACE_DAY',
  'LONG_RUN_DAY',
  'WEEK_VOLUME',
  'RAMP',
  'QUALITY_COUNT',
  'LONG_RUN_SHARE',
  'SPIKE',
  'DANIELS_CAP',
  'REST_DAY',
  'LONG_RUN_LONGEST',
  'LONG_RUN_MAX',
  'DATE_RANGE',
  'CUTBACK',
  'TAPER',
]);

/**
 * The human reason for a rule code a change breaks, in the runner's language (a general one for the rest).
 *
 * @example
 * ruleReason('en', 'RAMP'); // 'the weekly volume would grow faster than is safe'
 */
export function ruleReason(locale: Locale, code: string): string {
  // Rules a runner's change rarely breaks share one sentence: the checker's own message is English only.
  return t(
    locale,
    RULE_CODES.has(code) ? `coach-rule-${code.toLowerCase().replace(/_/g, '-')}` : 'coach-rule-other',
  );
}

/**
 * The reasons (at most three) a change or a new goal breaks the rules, in the runner's language.
 *
 * @example
 * ruleReasons('en', [{ code: 'RAMP', week: 3, message: '…' }]); // ['the weekly volume would grow faster than is safe']
 */
export function ruleReasons(locale: Locale, violations: readonly Violation[]): string[] {
  return violations.slice(0, 3).map((v) => ruleReason(locale, v.code));
}

/** What the coach was asked to do, for "I can't …". */
export type RefusedAction = 'skip' | 'pause' | 'move' | 'lighten' | 'goal' | 'goal-now';

/**
 * "I can't <what>: <reasons>. Your plan stays as it is." (repeated reasons shown once).
 *
 * @example
 * refused('en', 'move', ['it would clash with race day']);
 */
export const refused = (locale: Locale, what: RefusedAction, reasons: readonly string[]) =>
  t(locale, 'coach-refused', {
    what: t(locale, `coach-what-${what}`),
    reasons: [...new Set(reasons)].join('; '),
  });

/**
 * Why a plan edit cannot be made (the reasons of `PlanEditError`), with the day already formatted.
 *
 * @example
 * editReason('en', 'past', 'Mon 1 Mar'); // 'Mon 1 Mar has already passed'
 */
export function editReason(
  locale: Locale,
  reason: 'no-workout' | 'past' | 'race' | 'outside-plan' | 'same-day',
  day: string,
): string {
  return t(locale, `coach-edit-${reason}`, { day });
}

const ZONES = new Set(['easy', 'long', 'recovery', 'tempo', 'intervals', 'repetitions', 'race-pace', 'race']);

/**
 * The general explanation of a workout type, or '' for a type without one.
 *
 * @example
 * zoneExplanation('de', 'tempo'); // 'Tempoläufe (Schwelle) sind „angenehm hart“…'
 */
export function zoneExplanation(locale: Locale, type: string): string {
  return ZONES.has(type) ? t(locale, `coach-zone-${type}`) : '';
}
