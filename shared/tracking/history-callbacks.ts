import { z } from 'zod';
import { CALLBACK_PREFIXES, callbackData, registerCallbackCodec } from '../callbacks/index.js';
import { CANCEL_REASONS, type CancelReason } from './tracking-rules.js';

/**
 * Buttons on a recorded Done or Skip and in /history (`h1:`): undo a run (`u`, also Delete), edit its
 * numbers (`e`), leave its time out (`n`, the optional time after "As planned"), undo a skip (`s`,
 * carries the planned workout id), edit a skip (`k`: asks the reason again; `r:<reason>` sets it). Ids
 * are checked against the presser.
 *
 * @example
 * const a: HistoryAction = { kind: 'undo-done', completionId: 17 };
 */
export type HistoryAction =
  | { kind: 'undo-done'; completionId: number }
  | { kind: 'edit'; completionId: number }
  | { kind: 'no-time'; completionId: number }
  | { kind: 'undo-skip'; workoutId: number }
  | { kind: 'edit-skip'; workoutId: number }
  | { kind: 'reason'; workoutId: number; reason: CancelReason };

const CODES = { 'undo-done': 'u', edit: 'e', 'no-time': 'n', 'undo-skip': 's', 'edit-skip': 'k' } as const;
const H = CALLBACK_PREFIXES.history;
const schema = z
  .string()
  .max(64)
  .regex(new RegExp(`^${H}:(?:[uensk]|r:(?:${CANCEL_REASONS.join('|')})):[1-9]\\d{0,15}$`))
  .transform((s): HistoryAction => {
    const parts = s.split(':');
    const id = Number(parts.at(-1));
    const code = parts[1];
    if (code === 'r') return { kind: 'reason', workoutId: id, reason: parts[2] as CancelReason };
    if (code === 's') return { kind: 'undo-skip', workoutId: id };
    if (code === 'k') return { kind: 'edit-skip', workoutId: id };
    if (code === 'u') return { kind: 'undo-done', completionId: id };
    if (code === 'e') return { kind: 'edit', completionId: id };
    return { kind: 'no-time', completionId: id };
  })
  .refine((a) => Number.isSafeInteger('workoutId' in a ? a.workoutId : a.completionId));

function encode(a: HistoryAction): string {
  if (a.kind === 'reason') return callbackData('history', `r:${a.reason}:${a.workoutId}`);
  if ('workoutId' in a) return callbackData('history', `${CODES[a.kind]}:${a.workoutId}`);
  return callbackData('history', `${CODES[a.kind]}:${a.completionId}`);
}

/**
 * The history buttons in the callback registry.
 *
 * @example
 * historyCallbacks.encode({ kind: 'edit', completionId: 17 }); // 'h1:e:17'
 * historyCallbacks.parse('h1:s:42'); // { kind: 'undo-skip', workoutId: 42 }
 * historyCallbacks.parse('h1:r:sick:42'); // { kind: 'reason', workoutId: 42, reason: 'sick' }
 */
export const historyCallbacks = registerCallbackCodec<HistoryAction>({
  names: ['history'],
  encode,
  parse: (data) => {
    const r = schema.safeParse(data);
    return r.success ? r.data : undefined;
  },
  examples: [
    { kind: 'undo-done', completionId: 17 },
    { kind: 'edit', completionId: 1 },
    { kind: 'no-time', completionId: 9007199254740991 },
    { kind: 'undo-skip', workoutId: 42 },
    { kind: 'edit-skip', workoutId: 42 },
    { kind: 'reason', workoutId: 42, reason: 'no_time' },
  ],
});
