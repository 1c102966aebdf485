import { formatLocalDistance, formatShortDay, type Locale, t } from '../i18n/index.js';
import { escapeHtml, formatDuration, toUnits, type Units } from '../text/index.js';
import type { CurrentPrediction } from './current-prediction.js';

/**
 * The prediction line (HTML) that /stats and /plan share, so both always say the same: the time, its
 * VDOT and where it comes from.
 *
 * @example
 * renderPrediction('en', p, 'Half marathon', 'km'); // 'Predicted Half marathon: 1:49:58 (VDOT 41.2; Riegel 1:50:31) — from your recent race, …'
 */
export function renderPrediction(
  locale: Locale,
  p: CurrentPrediction | undefined,
  goalLabel: string,
  units: Units,
  /** False for a goal that never gets a time (see `predictsFinishTime`): no "log an effort" hint then. */
  predictable = true,
): string {
  const goal = goalLabel;
  if (!p && !predictable) return escapeHtml(t(locale, 'plan-no-prediction'));
  if (!p) return escapeHtml(t(locale, 'ph-pred-none', { goal }));
  const time = formatDuration(p.vdotSeconds);
  const vdot = p.vdot.toFixed(1);
  const riegel = p.riegelSeconds ? formatDuration(p.riegelSeconds) : time;
  if (p.source === 'effort' && p.from)
    return escapeHtml(
      t(locale, 'ph-pred-effort', {
        goal,
        time,
        vdot,
        riegel,
        distance: formatLocalDistance(locale, toUnits(p.from.distanceKm, units), units),
        effort: formatDuration(p.from.durationSec),
        date: formatShortDay(locale, p.from.date),
      }),
    );
  if (p.source === 'race') return escapeHtml(t(locale, 'ph-pred-race', { goal, time, vdot, riegel }));
  return escapeHtml(t(locale, 'ph-pred-estimate', { goal, time, vdot }));
}
