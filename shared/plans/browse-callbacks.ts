import { z } from 'zod';
import { CALLBACK_PREFIXES, callbackData, registerCallbackCodec } from '../callbacks/index.js';

const P = CALLBACK_PREFIXES.planBrowse;
const R = CALLBACK_PREFIXES.rebuild;

/**
 * A plan-browsing button (`pb1:`): a week of the active plan (◀ ▶, edits the message in place), a page
 * of the full plan, one workout's detail, "Move" on a workout, or the day to move it to (`YYYYMMDD`).
 * Ids are planned-workout ids; the handler checks them against the presser.
 *
 * @example
 * const a: BrowseAction = { kind: 'week', week: 3 };
 */
export type BrowseAction =
  | { kind: 'week'; week: number }
  | { kind: 'full'; page: number }
  | { kind: 'detail'; workoutId: number }
  | { kind: 'move'; workoutId: number }
  | { kind: 'moveTo'; workoutId: number; date: string };

const id = '[1-9]\\d{0,15}';
const small = '(?:0|[1-9]\\d{0,2})';
const browseSchema = z
  .string()
  .max(64)
  .regex(new RegExp(`^${P}:(w:${small}|f:${small}|d:${id}|m:${id}|t:${id}:\\d{8})$`))
  .transform((s): BrowseAction => {
    const [, k, a, b] = s.split(':') as [string, string, string, string | undefined];
    if (k === 'w') return { kind: 'week', week: Number(a) };
    if (k === 'f') return { kind: 'full', page: Number(a) };
    if (k === 'd') return { kind: 'detail', workoutId: Number(a) };
    if (k === 'm') return { kind: 'move', workoutId: Number(a) };
    const d = b!;
    return {
      kind: 'moveTo',
      workoutId: Number(a),
      date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
    };
  })
  .refine((a) => !('workoutId' in a) || Number.isSafeInteger(a.workoutId));

/**
 * Callback data of a browsing button.
 *
 * @example
 * encodeBrowseAction({ kind: 'moveTo', workoutId: 7, date: '2027-03-04' }); // 'pb1:t:7:20270304'
 */
export function encodeBrowseAction(a: BrowseAction): string {
  switch (a.kind) {
    case 'week':
      return callbackData('planBrowse', `w:${a.week}`);
    case 'full':
      return callbackData('planBrowse', `f:${a.page}`);
    case 'detail':
      return callbackData('planBrowse', `d:${a.workoutId}`);
    case 'move':
      return callbackData('planBrowse', `m:${a.workoutId}`);
    case 'moveTo':
      return callbackData('planBrowse', `t:${a.workoutId}:${a.date.replaceAll('-', '')}`);
  }
}

/**
 * Parses a browsing button, or undefined for anything forged or malformed.
 *
 * @example
 * parseBrowseAction('pb1:w:3'); // { kind: 'week', week: 3 }
 */
export function parseBrowseAction(data: unknown): BrowseAction | undefined {
  const r = browseSchema.safeParse(data);
  return r.success ? r.data : undefined;
}

/**
 * The browsing buttons in the callback registry.
 *
 * @example
 * browseCallbacks.parse('pb1:d:9'); // { kind: 'detail', workoutId: 9 }
 */
export const browseCallbacks = registerCallbackCodec<BrowseAction>({
  names: ['planBrowse'],
  encode: encodeBrowseAction,
  parse: parseBrowseAction,
  examples: [
    { kind: 'week', week: 1 },
    { kind: 'full', page: 0 },
    { kind: 'detail', workoutId: 42 },
    { kind: 'move', workoutId: 9007199254740991 },
    { kind: 'moveTo', workoutId: 7, date: '2027-03-04' },
  ],
});

/**
 * Apply or Keep under a rebuild preview.
 *
 * @example
 * const a: RebuildAction = { kind: 'apply', previewId: 3 };
 */
export type RebuildAction = { kind: 'apply' | 'keep'; previewId: number };

const rebuildSchema = z
  .string()
  .max(64)
  .regex(new RegExp(`^${R}:[ak]:${id}$`))
  .transform((s): RebuildAction => {
    const [, k, n] = s.split(':');
    return { kind: k === 'a' ? 'apply' : 'keep', previewId: Number(n) };
  })
  .refine((a) => Number.isSafeInteger(a.previewId));

/**
 * The rebuild preview's buttons in the callback registry.
 *
 * @example
 * rebuildCallbacks.encode({ kind: 'keep', previewId: 3 }); // 'rb1:k:3'
 */
export const rebuildCallbacks = registerCallbackCodec<RebuildAction>({
  names: ['rebuild'],
  encode: (a) => callbackData('rebuild', `${a.kind === 'apply' ? 'a' : 'k'}:${a.previewId}`),
  parse: (data) => {
    const r = rebuildSchema.safeParse(data);
    return r.success ? r.data : undefined;
  },
  examples: [
    { kind: 'apply', previewId: 3 },
    { kind: 'keep', previewId: 123456 },
  ],
});
