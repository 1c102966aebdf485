/** The languages the bot speaks, English first (the fallback). */
export const LOCALES = ['en', 'ru', 'es', 'de'] as const;

/**
 * One of the languages the bot speaks.
 *
 * @example
 * const locale: Locale = 'de';
 */
export type Locale = (typeof LOCALES)[number];

/** The language every text falls back to. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * True when `value` is one of {@link LOCALES} (for values read from the database or a button).
 *
 * @example
 * isLocale('ru'); // true
 * isLocale('fr'); // false
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The bot's language for a Telegram `language_code` (an IETF tag such as `ru`, `es-419`, `de-AT`, `pt-br`):
 * its primary subtag when the bot speaks it, English otherwise (missing, unknown or unsupported).
 *
 * @example
 * resolveLocale('es-419'); // 'es'
 * resolveLocale('DE_at');  // 'de'
 * resolveLocale('fr');     // 'en'
 * resolveLocale(undefined); // 'en'
 */
export function resolveLocale(languageCode: string | null | undefined): Locale {
  const primary = languageCode?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}

const ENGLISH_NAMES: Record<Locale, string> = { en: 'English', ru: 'Russian', es: 'Spanish', de: 'German' };

/**
 * The language's English name, for instructions to a language model ("write in Russian").
 *
 * @example
 * languageForModel('es'); // 'Spanish'
 */
export function languageForModel(locale: Locale): string {
  return ENGLISH_NAMES[locale];
}
