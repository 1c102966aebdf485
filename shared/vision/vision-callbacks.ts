import { CALLBACK_PREFIXES, callbackData, registerCallbackCodec } from '../callbacks/index.js';

/** Prefix of the screenshot buttons' callback data, from the registry. @example VISION_CALLBACK_PREFIX; // 'vs1' */
export const VISION_CALLBACK_PREFIX = CALLBACK_PREFIXES.vision;

/** Numbers the runner may fix with Edit. @example EDITABLE_FIELDS[0]; // 'distance' */
export const EDITABLE_FIELDS = ['distance', 'time', 'date', 'hr'] as const;
/** @example const f: EditableField = 'distance'; */
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** A pressed screenshot button. @example { action: 'confirm', extractionId: 7 } */
export type VisionAction =
  | { readonly action: 'confirm' | 'edit' | 'discard' | 'back'; readonly extractionId: number }
  | { readonly action: 'field'; readonly extractionId: number; readonly field: EditableField }
  | { readonly action: 'pick'; readonly extractionId: number; readonly plannedWorkoutId: number };

// Built from the registered prefix; the rest of the wire format is unchanged since vs1. Ids are written
// without leading zeros, so each button has exactly one spelling.
const ID = '(?:0|[1-9]\\d{0,14})';
const ACTION_DATA = new RegExp(`^${VISION_CALLBACK_PREFIX}:([cedbfp]):(${ID})(?::([a-z]+|${ID}))?$`);

const CODES = { confirm: 'c', edit: 'e', discard: 'd', back: 'b', field: 'f', pick: 'p' } as const;

/**
 * Encodes a screenshot button as callback data (≤ 64 bytes).
 *
 * @example
 * encodeVisionAction({ action: 'confirm', extractionId: 7 }); // 'vs1:c:7'
 */
export function encodeVisionAction(a: VisionAction): string {
  const tail = a.action === 'field' ? `:${a.field}` : a.action === 'pick' ? `:${a.plannedWorkoutId}` : '';
  return callbackData('vision', `${CODES[a.action]}:${a.extractionId}${tail}`);
}

/**
 * Parses callback data made by {@link encodeVisionAction}; undefined for anything else (forged data).
 *
 * @example
 * parseVisionAction('vs1:f:7:time'); // { action: 'field', extractionId: 7, field: 'time' }
 */
export function parseVisionAction(data: string): VisionAction | undefined {
  const m = ACTION_DATA.exec(data);
  if (!m) return undefined;
  const extractionId = Number(m[2]);
  switch (m[1]) {
    case 'c':
      return m[3] ? undefined : { action: 'confirm', extractionId };
    case 'e':
      return m[3] ? undefined : { action: 'edit', extractionId };
    case 'd':
      return m[3] ? undefined : { action: 'discard', extractionId };
    case 'b':
      return m[3] ? undefined : { action: 'back', extractionId };
    case 'f': {
      const field = EDITABLE_FIELDS.find((f) => f === m[3]);
      return field ? { action: 'field', extractionId, field } : undefined;
    }
    default:
      return m[3] && /^\d+$/.test(m[3])
        ? { action: 'pick', extractionId, plannedWorkoutId: Number(m[3]) }
        : undefined;
  }
}

/**
 * The screenshot buttons in the callback registry.
 *
 * @example
 * visionCallbacks.parse('vs1:c:7'); // { action: 'confirm', extractionId: 7 }
 */
export const visionCallbacks = registerCallbackCodec<VisionAction>({
  names: ['vision'],
  encode: encodeVisionAction,
  parse: parseVisionAction,
  examples: [
    { action: 'confirm', extractionId: 7 },
    { action: 'edit', extractionId: 7 },
    { action: 'discard', extractionId: 7 },
    { action: 'back', extractionId: 7 },
    ...EDITABLE_FIELDS.map((field) => ({ action: 'field' as const, extractionId: 7, field })),
    { action: 'pick', extractionId: 7, plannedWorkoutId: 123456789012345 },
  ],
});
