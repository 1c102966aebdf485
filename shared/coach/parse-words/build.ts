import { parseDistance } from '../../profile/index.js';

/**
 * Helpers for the per-language word tables. JavaScript's `\b` only knows ASCII letters, so Cyrillic,
 * accented and German words get Unicode-aware boundaries here instead.
 */

const L = '[\\p{L}\\p{N}]';

/**
 * A regex matching any of `alternatives` as whole words (Unicode letters around them do not count).
 * Alternatives are regex sources.
 *
 * @example
 * words('болит', 'ноет').test('колено болит'); // true
 * words('да').test('дальше');                  // false
 */
export function words(...alternatives: string[]): RegExp {
  return new RegExp(`(?<!${L})(?:${alternatives.join('|')})(?!${L})`, 'u');
}

/**
 * A regex matching any of `alternatives` at the start of a word, any ending after it (Russian and
 * German inflect: «колено», «колене», «коленом»).
 *
 * @example
 * stems('колен').exec('в колене')?.[0]; // 'колене'
 */
export function stems(...alternatives: string[]): RegExp {
  return new RegExp(`(?<!${L})(?:${alternatives.join('|')})\\p{L}*`, 'u');
}

/**
 * `words` anchored at the start of the text (yes/no answers).
 *
 * @example
 * leading('да', 'ок').test('да, давай'); // true
 */
export function leading(...alternatives: string[]): RegExp {
  return new RegExp(`^(?:${alternatives.join('|')})(?!${L})`, 'u');
}

/**
 * The first table entry whose pattern matches, as its name (body parts, race names).
 *
 * @example
 * firstNamed('болит колено', [[stems('колен'), 'колено']]); // 'колено'
 */
export function firstNamed<T>(text: string, table: ReadonlyArray<readonly [RegExp, T]>): T | undefined {
  return table.find(([re]) => re.test(text))?.[1];
}

/**
 * A length in days from a match of `re` (group 1 the count, digits or a number word, absent for one;
 * group 2 the unit, a week when `week` matches it).
 *
 * @example
 * lengthInDays('на две недели', /(?:(\S+) )?(недел\p{L}*)/u, { две: 2 }, /недел/); // 14
 */
export function lengthInDays(
  text: string,
  re: RegExp,
  numbers: Readonly<Record<string, number>>,
  week: RegExp,
): number | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const count = m[1] === undefined ? 1 : (numbers[m[1]] ?? Number(m[1]));
  if (!Number.isFinite(count)) return undefined;
  return count * (week.test(m[2]!) ? 7 : 1);
}

/**
 * A race distance in km: a named race from `named`, else the first "number unit" that `numbered` finds
 * (group 1 the number, a decimal comma allowed, group 2 the unit), read as the profile reads it.
 *
 * @example
 * raceKm('хочу полумарафон', [[stems('полумарафон'), 21.0975]], /(\d+) ?(км)/u, 'km'); // 21.0975
 */
export function raceKm(
  text: string,
  named: ReadonlyArray<readonly [RegExp, number]>,
  numbered: RegExp,
  units: 'km' | 'mi',
): number | undefined {
  const byName = firstNamed(text, named);
  if (byName !== undefined) return byName;
  const m = numbered.exec(text);
  if (!m) return undefined;
  const parsed = parseDistance(`${m[1]!.replace(',', '.')} ${m[2]}`, units);
  return parsed.ok ? parsed.value : undefined;
}
