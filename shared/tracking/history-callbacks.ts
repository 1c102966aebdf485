import { z } from 'zod';
import { CALLBACK_PREFIXES, callbackData, registerCallbackCodec } from '../callbacks/index.js';

/**
 * Buttons on a recorded Done or Skip and in /history (`h1:`): undo a run (`u`, also Delete), edit its
 * numbers (`e`), leave its time out (`n`, the optional time after "As planned"), undo a skip (`s`,
 * carries the planned workout id). Ids are checked against the presser.
 *
 * @example
 * const a: HistoryAction = { kind: 'undo-done', completionId: 17 };
 */
export type HistoryAction =
  | { kind: 'undo-done' | 'edit' | 'no-time'; completionId: number }
  | { kind: 'undo-skip'; workoutId: number };

const CODES = { 'undo-done': 'u', edit: 'e', 'no-time': 'n', 'undo-skip': 's' } as const;
const H = CALLBACK_PREFIXES.history;
const schema = z
  .string()
  .max(64)
  .regex(new RegExp(`^${H}:[uens]:[1-9]\\d{0,15}$`))
  .transform((s): HistoryAction => {
    const [, code, id] = s.split(':') as [string, string, string];
    if (code === 's') return { kind: 'undo-skip', workoutId: Number(id) };
    const kind = code === 'u' ? 'undo-done' : code === 'e' ? 'edit' : 'no-time';
    return { kind, completionId: Number(id) };
  })
  .refine((a) => Number.isSafeInteger(a.kind === 'undo-skip' ? a.workoutId : a.completionId));

/**
 * The history buttons in the callback registry.
 *
 * @example
 * historyCallbacks.encode({ kind: 'edit', completionId: 17 }); // 'h1:e:17'
 * historyCallbacks.parse('h1:s:42'); // { kind: 'undo-skip', workoutId: 42 }
 */
export const historyCallbacks = registerCallbackCodec<HistoryAction>({
  names: ['history'],
  encode: (a) =>
    callbackData('history', `${CODES[a.kind]}:${a.kind === 'undo-skip' ? a.workoutId : a.completionId}`),
  parse: (data) => {
    const r = schema.safeParse(data);
    return r.success ? r.data : undefined;
  },
  examples: [
    { kind: 'undo-done', completionId: 17 },
    { kind: 'edit', completionId: 1 },
    { kind: 'no-time', completionId: 9007199254740991 },
    { kind: 'undo-skip', workoutId: 42 },
  ],
});
