import type { Translator } from '../i18n/index.js';
import { KM_UNITS, MI_UNITS } from './distance-units.js';
import { escapeHtml } from './escape-html.js';
import { ENGLISH } from './local-format.js';
import { cleanAnswer, ownValue, splitNumberAndUnit } from './normalize-input.js';
import { fail, ok, type ParseResult } from './parse-result.js';
import { KM_PER_MILE, STANDARD_DISTANCES, type Units } from './profile.js';

// Race names people type instead of numbers.
const NAMED_DISTANCES: Record<string, number> = {
  half: 21.0975,
  'half marathon': 21.0975,
  halfmarathon: 21.0975,
  'half-marathon': 21.0975,
  hm: 21.0975,
  marathon: 42.195,
  'full marathon': 42.195,
  full: 42.195,
  полумарафон: 21.0975,
  'половина марафона': 21.0975,
  марафон: 42.195,
  'media maratón': 21.0975,
  'media maraton': 21.0975,
  'medio maratón': 21.0975,
  'medio maraton': 21.0975,
  maratón: 42.195,
  maraton: 42.195,
  halbmarathon: 21.0975,
  'halber marathon': 21.0975,
};

const M_UNITS = new Set(['m', 'meter', 'meters', 'metre', 'metres', 'м', 'метров', 'metros']);

/**
 * Reads a race distance and returns it in km. Accepts `5k`, `10 km`, `13.1 mi`, `half`, `marathon`;
 * a bare number is read in the runner's units. Values within 0.5 % of a standard race distance snap
 * to it (13.1 mi → exactly 21.0975 km). Must be between 1 and 250 km.
 *
 * @example
 * parseDistance('13.1 mi', 'km'); // { ok: true, value: 21.0975 }
 * parseDistance('10', 'mi');      // { ok: true, value: 16.09344 }
 */
export function parseDistance(raw: string, units: Units, tr: Translator = ENGLISH): ParseResult<number> {
  const cleaned = cleanAnswer(raw, tr('distance-hint'), tr);
  if (!cleaned.ok) return cleaned;
  const text = cleaned.value.toLowerCase().replace(/[.!]+$/, '');
  const named = ownValue(NAMED_DISTANCES, text);
  if (named !== undefined) return ok(named);

  const parsed = splitNumberAndUnit(text);
  if (!parsed) return fail(tr('distance-unreadable'));
  let km: number;
  if (parsed.unit === '') km = units === 'mi' ? parsed.value * KM_PER_MILE : parsed.value;
  else if (KM_UNITS.has(parsed.unit)) km = parsed.value;
  else if (MI_UNITS.has(parsed.unit)) km = parsed.value * KM_PER_MILE;
  else if (M_UNITS.has(parsed.unit)) km = parsed.value / 1000;
  else return fail(tr('distance-unknown-unit', { unit: escapeHtml(parsed.unit.slice(0, 10)) }));

  if (km < 1 || km > 250) return fail(tr('distance-range'));
  const standard = STANDARD_DISTANCES.find((d) => Math.abs(km - d.km) / d.km <= 0.005);
  return ok(standard ? standard.km : Math.round(km * 1000) / 1000);
}
