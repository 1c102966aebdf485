import { toUnits, type Units } from './units.js';

/**
 * Options of {@link formatDistance}.
 *
 * - `decimals` (default 1): at most this many decimals; trailing zeros are dropped (`12`, `12.5`).
 * - `rounding` (default `'scaled'`): `'scaled'` rounds `value × 10^decimals` half up, so 1.45 → 1.5;
 *   `'toFixed'` rounds the exact binary value like `Number#toFixed`, so 1.45 (stored as 1.4499…) → 1.4.
 *   The planner, tracking and reminders always used `'scaled'`, the profile dialog `'toFixed'`; each keeps
 *   its wording.
 *
 * @example
 * const opts: DistanceFormatOptions = { decimals: 2 };
 */
export interface DistanceFormatOptions {
  readonly decimals?: number;
  readonly rounding?: 'scaled' | 'toFixed';
}

/**
 * Formats a distance stored in km in the display unit, trimming trailing zeros.
 *
 * @example
 * formatDistance(12, 'km');                        // '12 km'
 * formatDistance(21.0975, 'mi');                   // '13.1 mi'
 * formatDistance(42.195, 'mi', { decimals: 2 });   // '26.22 mi'
 * formatDistance(1.45, 'km', { rounding: 'toFixed' }); // '1.4 km'
 */
export function formatDistance(km: number, units: Units, options: DistanceFormatOptions = {}): string {
  const decimals = options.decimals ?? 1;
  const value = toUnits(km, units);
  // Number→string drops trailing zeros by itself ('12', '12.5').
  const shown =
    options.rounding === 'toFixed'
      ? Number(value.toFixed(decimals))
      : Math.round(value * 10 ** decimals) / 10 ** decimals;
  return `${shown} ${units}`;
}
