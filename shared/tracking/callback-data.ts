import { z } from 'zod';
import { CALLBACK_PREFIXES, callbackData, registerCallbackCodec } from '../callbacks/index.js';
import { CANCEL_REASONS, type CancelReason } from './tracking-rules.js';

/**
 * Buttons of the tracking flows (besides the shared `w1:` workout buttons):
 * - `t1:as:<workoutId>` — done as planned; `t1:form:<workoutId>` — enter the numbers
 * - `t1:why:<reason>:<workoutId>` — cancel with a reason
 * - `t1:pg:<page>` — /pending page
 * - `t1:pick:<workoutId>` — which planned workout a logged run was (`0`: an extra run)
 * - `r1:yes:<offerId>` / `r1:no:<offerId>` — the adaptive re-plan offer
 * Prefixes come from the callback registry. Validated with zod; ids still have to be checked against the
 * pressing user.
 *
 * @example
 * encodeTrackingAction({ kind: 'why', reason: 'weather', workoutId: 42 }); // 't1:why:weather:42'
 * parseTrackingAction('t1:pg:2'); // { kind: 'page', page: 2 }
 */
export type TrackingAction =
  | { kind: 'as-planned'; workoutId: number }
  | { kind: 'form'; workoutId: number }
  | { kind: 'why'; reason: CancelReason; workoutId: number }
  | { kind: 'page'; page: number }
  | { kind: 'pick'; workoutId: number }
  | { kind: 'replan'; accept: boolean; offerId: number };

const T = CALLBACK_PREFIXES.tracking;
const R = CALLBACK_PREFIXES.replan;

const id = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const schema = z
  .string()
  .max(64)
  .transform((data, ctx): TrackingAction => {
    const p = data.split(':');
    const n = (s: string | undefined) => {
      const r = id.safeParse(s && /^(?:0|[1-9]\d{0,15})$/.test(s) ? s : 'x');
      return r.success ? r.data : undefined;
    };
    let out: TrackingAction | undefined;
    if (p[0] === T && p.length === 3 && p[1] === 'as' && n(p[2]))
      out = { kind: 'as-planned', workoutId: n(p[2])! };
    else if (p[0] === T && p.length === 3 && p[1] === 'form' && n(p[2]))
      out = { kind: 'form', workoutId: n(p[2])! };
    else if (
      p[0] === T &&
      p.length === 4 &&
      p[1] === 'why' &&
      CANCEL_REASONS.includes(p[2] as CancelReason) &&
      n(p[3])
    )
      out = { kind: 'why', reason: p[2] as CancelReason, workoutId: n(p[3])! };
    else if (p[0] === T && p.length === 3 && p[1] === 'pg' && n(p[2]) !== undefined && n(p[2])! < 1000)
      out = { kind: 'page', page: n(p[2])! };
    else if (p[0] === T && p.length === 3 && p[1] === 'pick' && n(p[2]) !== undefined)
      out = { kind: 'pick', workoutId: n(p[2])! };
    else if (p[0] === R && p.length === 3 && (p[1] === 'yes' || p[1] === 'no') && n(p[2]))
      out = { kind: 'replan', accept: p[1] === 'yes', offerId: n(p[2])! };
    if (!out) {
      ctx.addIssue({ code: 'custom', message: 'not a tracking button' });
      return z.NEVER;
    }
    return out;
  });

/** Parses tracking button data, or undefined for anything else. @example parseTrackingAction('t1:as:7') */
export function parseTrackingAction(data: string): TrackingAction | undefined {
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** Encodes a tracking button. @example encodeTrackingAction({ kind: 'page', page: 1 }) // 't1:pg:1' */
export function encodeTrackingAction(a: TrackingAction): string {
  switch (a.kind) {
    case 'as-planned':
      return callbackData('tracking', `as:${a.workoutId}`);
    case 'form':
      return callbackData('tracking', `form:${a.workoutId}`);
    case 'why':
      return callbackData('tracking', `why:${a.reason}:${a.workoutId}`);
    case 'page':
      return callbackData('tracking', `pg:${a.page}`);
    case 'pick':
      return callbackData('tracking', `pick:${a.workoutId}`);
    case 'replan':
      return callbackData('replan', `${a.accept ? 'yes' : 'no'}:${a.offerId}`);
  }
}

/**
 * The tracking and re-plan buttons in the callback registry (one parser for both prefixes).
 *
 * @example
 * trackingCallbacks.parse('r1:yes:3'); // { kind: 'replan', accept: true, offerId: 3 }
 */
export const trackingCallbacks = registerCallbackCodec<TrackingAction>({
  names: ['tracking', 'replan'],
  encode: encodeTrackingAction,
  parse: parseTrackingAction,
  examples: [
    { kind: 'as-planned', workoutId: 42 },
    { kind: 'form', workoutId: 42 },
    { kind: 'why', reason: 'weather', workoutId: 42 },
    { kind: 'page', page: 0 },
    { kind: 'page', page: 3 },
    { kind: 'pick', workoutId: 0 },
    { kind: 'pick', workoutId: 9007199254740991 },
    { kind: 'replan', accept: true, offerId: 5 },
    { kind: 'replan', accept: false, offerId: 5 },
  ],
});

/**
 * Matches the tracking buttons with one of the given action codes (a telegraf `action()` trigger).
 *
 * @example
 * trackingActionPattern(['pg']).test('t1:pg:2'); // true
 */
export function trackingActionPattern(codes: readonly string[]): RegExp {
  return new RegExp(`^${T}:(${codes.join('|')}):`);
}

/** Matches every tracking button's data (for telegraf's `action()`). */
export const TRACKING_ACTION_PATTERN = trackingCallbacks.pattern;

/** Matches the re-plan offer's buttons (for telegraf's `action()`). @example REPLAN_ACTION_PATTERN.test('r1:no:4'); // true */
export const REPLAN_ACTION_PATTERN = new RegExp(`^${R}:`);
