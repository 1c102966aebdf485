import { LOCALES } from '../i18n/locale.js';
import type { CallbackPrefixName } from './prefixes.js';
import { type CallbackCodec, callbackData, registerCallbackCodec } from './registry.js';

/**
 * A codec for buttons whose data is one of a few fixed strings, `<prefix>:<action>`.
 *
 * @example
 * const buttons = fixedButtons('plan', ['rebuild'] as const);
 * buttons.encode('rebuild'); // 'plan1:rebuild'
 */
function fixedButtons<A extends string>(name: CallbackPrefixName, actions: readonly A[]): CallbackCodec<A> {
  const byData = new Map(actions.map((a) => [callbackData(name, a), a]));
  return registerCallbackCodec<A>({
    names: [name],
    encode: (action) => callbackData(name, action),
    parse: (data) => byData.get(data),
    examples: actions,
  });
}

/**
 * The ✏️ Edit button under the /profile summary: `pe:edit`.
 *
 * @example
 * profileEditButtons.encode('edit'); // 'pe:edit'
 */
export const profileEditButtons = fixedButtons('profileEdit', ['edit'] as const);

/**
 * The /deleteme confirmation buttons: `acct:del:yes`, `acct:del:no`.
 *
 * @example
 * accountButtons.encode('del:yes'); // 'acct:del:yes'
 */
export const accountButtons = fixedButtons('account', ['del:yes', 'del:no'] as const);

/**
 * The /plan "Rebuild my plan" button: `plan1:rebuild`.
 *
 * @example
 * planButtons.encode('rebuild'); // 'plan1:rebuild'
 */
export const planButtons = fixedButtons('plan', ['rebuild'] as const);

/**
 * The /language buttons, one per language the bot speaks: `lang1:en`, `lang1:ru`, `lang1:es`, `lang1:de`.
 *
 * @example
 * languageButtons.encode('ru');     // 'lang1:ru'
 * languageButtons.parse('lang1:fr'); // undefined
 */
export const languageButtons = fixedButtons('language', LOCALES);
