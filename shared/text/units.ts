/**
 * Display units and their conversion constants. Everything stored is kilometres, kilograms, centimetres
 * and seconds per km; conversion happens only when text is produced for (or read from) the runner.
 */

/** Kilometres in one statute mile. @example 13.1 * KM_PER_MILE; // ≈ 21.08 */
export const KM_PER_MILE = 1.609344;
/** Kilograms in one pound. @example 160 * KG_PER_POUND; // ≈ 72.57 */
export const KG_PER_POUND = 0.45359237;
/** Centimetres in one inch. @example 70 * CM_PER_INCH; // 177.8 */
export const CM_PER_INCH = 2.54;

/**
 * The runner's display units: kilometres (with kg, cm) or miles (with lb, feet and inches).
 *
 * @example
 * const u: Units = 'mi';
 */
export type Units = 'km' | 'mi';

/**
 * Converts kilometres into the display unit.
 *
 * @example
 * toUnits(10, 'mi'); // 6.2137…
 */
export function toUnits(km: number, units: Units): number {
  return units === 'km' ? km : km / KM_PER_MILE;
}

/**
 * Converts a display-unit distance back into kilometres.
 *
 * @example
 * fromUnits(1, 'mi'); // 1.609344
 */
export function fromUnits(value: number, units: Units): number {
  return units === 'km' ? value : value * KM_PER_MILE;
}
