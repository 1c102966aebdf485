import type { FluentVariable } from '@fluent/bundle';
import { bundleFor } from './catalog.js';
import { DEFAULT_LOCALE, type Locale } from './locale.js';

/**
 * The values a message's placeholders take. Numbers are formatted and plural-selected per locale by
 * Fluent (`{ $km }` is `21.1` in English and `21,1` in German).
 *
 * @example
 * const args: MessageArgs = { km: 21, name: 'Ann' };
 */
export type MessageArgs = Record<string, FluentVariable>;

/**
 * A message id the catalogs do not have (not even in English), or a placeholder the caller did not
 * pass: a bug in the code, never the runner's fault.
 *
 * @example
 * throw new MessageError('ru', 'help-text', 'unknown message');
 */
export class MessageError extends Error {
  override readonly name = 'MessageError';
  constructor(
    readonly locale: Locale,
    readonly id: string,
    readonly problem: string,
  ) {
    super(`${locale}/${id}: ${problem}`);
  }
}

/**
 * The text of message `id` in `locale` with `args`. A message missing in that locale falls back to
 * English (the catalog check keeps the languages complete); one missing everywhere, or a placeholder
 * without a value, throws {@link MessageError}. An attribute is addressed as `id.attr`.
 *
 * @example
 * t('ru', 'common-km', { km: 5 }); // '5 километров'
 * t('en', 'help-text');
 */
export function t(locale: Locale, id: string, args?: MessageArgs): string {
  const [messageId, attribute] = id.split('.', 2) as [string, string | undefined];
  let bundle = bundleFor(locale);
  let message = bundle.getMessage(messageId);
  if (!message && locale !== DEFAULT_LOCALE) {
    bundle = bundleFor(DEFAULT_LOCALE);
    message = bundle.getMessage(messageId);
  }
  const pattern = attribute ? message?.attributes[attribute] : message?.value;
  if (!pattern) throw new MessageError(locale, id, 'unknown message');
  const errors: Error[] = [];
  const text = bundle.formatPattern(pattern, args ?? null, errors);
  if (errors.length > 0) throw new MessageError(locale, id, errors.map((e) => e.message).join('; '));
  return text;
}

/**
 * `t` bound to one locale, as features get it in `ctx.t`.
 *
 * @example
 * const tr = translator('de');
 * tr('common-km', { km: 2 }); // '2 km'
 * tr.locale; // 'de'
 */
export interface Translator {
  (id: string, args?: MessageArgs): string;
  readonly locale: Locale;
}

/**
 * Binds {@link t} to a locale.
 *
 * @example
 * const tr = translator('es');
 * tr('help-text');
 */
export function translator(locale: Locale): Translator {
  return Object.assign((id: string, args?: MessageArgs) => t(locale, id, args), { locale });
}
