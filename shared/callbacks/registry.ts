import { CALLBACK_PREFIXES, type CallbackPrefixName, MAX_CALLBACK_BYTES } from './prefixes.js';

/**
 * A kind of inline button: its prefixes, encoder, parser and a few sample values (used by the tests to
 * check the round trip and that no other codec accepts its data).
 *
 * @example
 * planButtons.parse(planButtons.encode('rebuild')); // 'rebuild'
 */
export interface CallbackCodec<T> {
  readonly names: readonly CallbackPrefixName[];
  readonly prefixes: readonly string[];
  /** Callback data for a value; the wire format is the codec's own. */
  encode(value: T): string;
  /** The value, or undefined for anything this codec did not make (forged, stale, other prefixes, > 64 bytes). */
  parse(data: string): T | undefined;
  /** Sample values covering every variant. */
  readonly examples: readonly T[];
  /** Matches data starting with one of the codec's prefixes and `:` (a telegraf `action()` trigger). */
  readonly pattern: RegExp;
}

/**
 * What a domain module hands to {@link registerCallbackCodec}.
 *
 * @example
 * const def: CallbackCodecDefinition<string> = { names: ['plan'], encode: (a) => `plan1:${a}`, parse: … , examples: ['rebuild'] };
 */
export interface CallbackCodecDefinition<T> {
  readonly names: readonly CallbackPrefixName[];
  encode(value: T): string;
  parse(data: string): T | undefined;
  readonly examples: readonly T[];
}

/**
 * Thrown when a second codec claims a prefix that is already registered.
 *
 * @example
 * throw new CallbackPrefixTakenError('vision');
 */
export class CallbackPrefixTakenError extends Error {
  override readonly name = 'CallbackPrefixTakenError';
  readonly prefixName: CallbackPrefixName;
  readonly prefix: string;

  constructor(prefixName: CallbackPrefixName) {
    super(`callback prefix "${CALLBACK_PREFIXES[prefixName]}" (${prefixName}) is registered twice`);
    this.prefixName = prefixName;
    this.prefix = CALLBACK_PREFIXES[prefixName];
  }
}

const registered = new Map<CallbackPrefixName, CallbackCodec<unknown>>();

/**
 * Registers a button kind under its prefixes (taken from `CALLBACK_PREFIXES`), once: a second claim on a
 * prefix throws at import time. The returned parser first rejects data over 64 bytes or without one of the
 * codec's prefixes, then asks the domain parser.
 *
 * @example
 * export const planButtons = registerCallbackCodec({ names: ['plan'], encode, parse, examples: ['rebuild'] });
 */
export function registerCallbackCodec<T>(def: CallbackCodecDefinition<T>): CallbackCodec<T> {
  for (const name of def.names) if (registered.has(name)) throw new CallbackPrefixTakenError(name);
  const prefixes = def.names.map((name) => CALLBACK_PREFIXES[name]);
  const heads = prefixes.map((p) => `${p}:`);
  const codec: CallbackCodec<T> = {
    names: def.names,
    prefixes,
    encode: def.encode,
    parse: (data) =>
      Buffer.byteLength(data, 'utf8') <= MAX_CALLBACK_BYTES && heads.some((h) => data.startsWith(h))
        ? def.parse(data)
        : undefined,
    examples: def.examples,
    pattern: new RegExp(`^(?:${prefixes.join('|')}):`),
  };
  for (const name of def.names) registered.set(name, codec as CallbackCodec<unknown>);
  return codec;
}

/**
 * The codecs registered so far (one per module that was imported), each once.
 *
 * @example
 * registeredCallbackCodecs().map((c) => c.prefixes).flat(); // ['p1', 'pe', …]
 */
export function registeredCallbackCodecs(): readonly CallbackCodec<unknown>[] {
  return [...new Set(registered.values())];
}

/**
 * The codec registered under a prefix name, if its module has been imported.
 *
 * @example
 * callbackCodecFor('vision')?.parse('vs1:c:7');
 */
export function callbackCodecFor(name: CallbackPrefixName): CallbackCodec<unknown> | undefined {
  return registered.get(name);
}

/**
 * Builds callback data under a registered prefix: `<prefix>:<rest>`. For encoders, so the prefix text is
 * written in one place only.
 *
 * @example
 * callbackData('plan', 'rebuild'); // 'plan1:rebuild'
 */
export function callbackData(name: CallbackPrefixName, rest: string): string {
  return `${CALLBACK_PREFIXES[name]}:${rest}`;
}
