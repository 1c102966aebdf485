// Turns the planner's text descriptors (plan-texts.ts) into the runner's language. The planner itself never
// reads the catalogs (it stays pure); renderers hand a Translator in here.
import { formatLongDate, formatNumber, type MessageArgs, type Translator } from '../i18n/index.js';
import type { Plan, Workout } from './plan-schema.js';
import { type TextParts, textPartsSchema } from './plan-texts.js';
import { formatDistance, formatDuration, formatPaceRange, type Units } from './units.js';

/**
 * How descriptors are rendered: the language, the runner's units and, for views that write the pace range
 * into the session (`4 km at 5:07–5:13 min/km`), that range.
 * @example const f: TextFormat = { t: translator('ru'), units: 'km' };
 */
export interface TextFormat {
  readonly t: Translator;
  readonly units: Units;
  /** The pace range to write in place of the first pace phrase (`$at`). */
  readonly inlinePace?: string;
}

/**
 * A distance in the planner's notation (`4.4 km`, `2.7 mi`), with the unit word and decimal comma of the
 * runner's language (`4,4 км`).
 * @example localDistance(4.4, 'km', translator('ru')) // '4,4 км'
 */
export function localDistance(km: number, units: Units, tr: Translator): string {
  // The planner's rounding, the catalog's unit (`unit-km`: `{ $value } км`); the value goes in as text so
  // Fluent does not format it again.
  const text = formatDistance(km, units);
  const unit = text.endsWith(' mi') ? 'mi' : 'km';
  return tr(`unit-${unit}`, { value: localDigits(text.replace(/ (km|mi)$/, ''), tr) });
}

/**
 * A pace range in the runner's language (`5:07–5:13 мин/км`).
 * @example localPaces({ fast: 307, slow: 313 }, 'km', translator('de')) // '5:07–5:13 min/km'
 */
export function localPaces(range: { fast: number; slow: number }, units: Units, tr: Translator): string {
  return localDigits(formatPaceRange(range, units), tr).replace(/(?:min)?\/(km|mi)$/, (_m, u: string) =>
    tr(`unit-pace-${u}`),
  );
}

// Numbers in the runner's notation: English keeps the planner's own formatting.
function localDigits(text: string, tr: Translator): string {
  return tr.locale === 'en' ? text : text.replace(/(\d)\.(\d)/g, '$1,$2');
}

/**
 * The text of descriptor parts in the runner's language (parts joined with a space), and whether the
 * inline pace was written.
 * @example renderText([{ id: 'planner-km-easy', args: { km: 2 } }], { t: translator('de'), units: 'km' }).text
 *   // '2 km locker'
 */
export function renderText(parts: TextParts, f: TextFormat): { text: string; paceInlined: boolean } {
  let paceInlined = false;
  const text = parts
    .map((part) => {
      const args: MessageArgs = {};
      for (const [key, value] of Object.entries(part.args ?? {})) {
        if (key === 'at' && typeof value === 'string') {
          if (f.inlinePace !== undefined && !paceInlined) {
            paceInlined = true;
            args[key] = f.t('planner-at-range', { pace: f.inlinePace });
          } else args[key] = f.t('planner-at', { zone: value });
        } else args[key] = formatArg(key, value, f);
      }
      return f.t(part.id, args);
    })
    .join(' ');
  return { text, paceInlined };
}

/** One argument by the kind its name says (see plan-texts.ts). */
function formatArg(key: string, value: string | number, f: TextFormat): string | number {
  if (typeof value === 'number') {
    if (key === 'km' || key.endsWith('Km')) return localDistance(value, f.units, f.t);
    if (key.endsWith('Meters')) return formatNumber(f.t.locale, value, 0);
    if (key.endsWith('Sec')) return formatDuration(value);
    return value;
  }
  // English keeps the ISO date its buttons always showed; the other languages get a readable date.
  if (key.endsWith('Date')) return f.t.locale === 'en' ? value : formatLongDate(f.t.locale, value);
  return value;
}

/**
 * Descriptors when present and renderable, else the stored English (plans from before descriptors, texts
 * the model wrote, or a message id this build does not know).
 * @example textOr(w.texts?.title, w.title, { t: translator('ru'), units: 'km' }) // 'Лёгкий бег'
 */
export function textOr(parts: TextParts | undefined, english: string, f: TextFormat): string {
  return textOrInline(parts, english, f).text;
}

function textOrInline(
  parts: TextParts | undefined,
  english: string,
  f: TextFormat,
): { text: string; paceInlined: boolean } {
  if (!parts) return { text: english, paceInlined: false };
  try {
    return renderText(parts, f);
  } catch {
    // A stored id the catalogs lost (a later rename): the English the planner wrote still says it.
    return { text: english, paceInlined: false };
  }
}

/**
 * The texts of a workout as the runner reads them. `paceInlined` says whether the main set already shows the
 * pace range (`f.inlinePace`), so the view need not add a pace line.
 * @example workoutTexts(w, { t: translator('es'), units: 'km' }).title // 'Rodaje suave'
 */
export function workoutTexts(
  w: Workout,
  f: TextFormat,
): {
  title: string;
  warmUp?: string;
  mainSet: string;
  coolDown?: string;
  description: string;
  paceInlined: boolean;
} {
  const texts = w.texts;
  const plain = { ...f, inlinePace: undefined };
  const main = textOrInline(texts?.mainSet, w.structure.mainSet, f);
  const warmUp = w.structure.warmUp;
  const coolDown = w.structure.coolDown;
  return {
    title: textOr(texts?.title, w.title, plain),
    ...(warmUp ? { warmUp: textOr(texts?.warmUp, warmUp, plain) } : {}),
    mainSet: main.text,
    ...(coolDown ? { coolDown: textOr(texts?.coolDown, coolDown, plain) } : {}),
    description: textOr(texts?.description, w.description, plain),
    paceInlined: main.paceInlined,
  };
}

/**
 * A workout's title in the runner's language (the English title when it has no descriptor).
 * @example workoutTitle(w, translator('de'), 'km') // 'Lockerer Dauerlauf'
 */
export function workoutTitle(w: Pick<Workout, 'title' | 'texts'>, tr: Translator, units: Units): string {
  return textOr(w.texts?.title, w.title, { t: tr, units });
}

/**
 * A stored workout's title in the runner's language: `titleText` is the `planned_workouts.details`
 * title descriptor as read from the database (checked here, at the JSON boundary); the stored English
 * title when it is missing or not a descriptor (plans stored before descriptors existed).
 * @example storedTitle({ title: 'Easy run', titleText: [{ id: 'planner-title-easy' }] }, translator('ru'), 'km') // 'Лёгкий бег'
 */
export function storedTitle(
  w: { readonly title: string; readonly titleText?: unknown },
  tr: Translator,
  units: Units,
): string {
  const parts = textPartsSchema.safeParse(w.titleText);
  return textOr(parts.success ? parts.data : undefined, w.title, { t: tr, units });
}

/**
 * The plan's warnings in the runner's language (the stored English when the plan has no descriptors).
 * @example planWarningTexts(plan, translator('ru'))[0] // 'Марафон: до старта 6 недель…'
 */
export function planWarningTexts(plan: Plan, tr: Translator): string[] {
  const f = { t: tr, units: plan.units };
  const texts = plan.warningTexts;
  if (!texts || texts.length !== plan.warnings.length) return plan.warnings;
  return plan.warnings.map((english, i) => textOr(texts[i], english, f));
}

/**
 * The feasibility gate's reason, or one option's label, in the runner's language.
 * @example gateText({ text: r.reason, parts: r.reasonText }, translator('ru'), 'km')
 */
export function gateText(
  gate: { readonly text: string; readonly parts?: TextParts | undefined },
  tr: Translator,
  units: Units,
): string {
  return textOr(gate.parts, gate.text, { t: tr, units });
}
