// Public API of the bot's languages: the locales, the Fluent catalogs (`locales/<locale>/<area>.ftl`),
// the translator and per-locale number and date formatting. Pure apart from reading the catalogs once.
export {
  buildBundles,
  bundleFor,
  CatalogError,
  type CatalogFile,
  catalogDir,
  readCatalogFiles,
} from './catalog.js';
export {
  formatLocalDistance,
  formatLongDate,
  formatNumber,
  formatShortDay,
  localWeekdayName,
} from './format.js';
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, languageForModel, resolveLocale } from './locale.js';
export { type MessageArgs, MessageError, type Translator, t, translator } from './translator.js';
