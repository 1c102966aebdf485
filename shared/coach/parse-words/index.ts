import type { Locale } from '../../i18n/index.js';
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { RU } from './ru.js';
import type { ParseWords } from './types.js';

export type { LocalParseWords, ParseWords } from './types.js';

/**
 * The offline parser's vocabulary per language the bot speaks.
 *
 * @example PARSE_WORDS.ru.pain.test('болит колено'); // true
 */
export const PARSE_WORDS: Readonly<Record<Locale, ParseWords>> = { en: EN, ru: RU, es: ES, de: DE };
