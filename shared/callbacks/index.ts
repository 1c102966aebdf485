// Public API of the callback-data registry: every inline-button prefix, registered once with its parser.

export { accountButtons, languageButtons, planButtons, profileEditButtons } from './fixed-buttons.js';
export {
  CALLBACK_PREFIXES,
  type CallbackPrefixName,
  MAX_CALLBACK_BYTES,
  prefixesOverlap,
} from './prefixes.js';
export {
  type CallbackCodec,
  type CallbackCodecDefinition,
  CallbackPrefixTakenError,
  callbackCodecFor,
  callbackData,
  registerCallbackCodec,
  registeredCallbackCodecs,
} from './registry.js';
