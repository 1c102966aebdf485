/**
 * Every callback-data prefix the bot puts on an inline button, one line each: the text before the first
 * `:` of the button's data. A digit in a prefix is the format version: a change of format bumps it, so
 * buttons on old messages are recognised as stale instead of being misread. Adding a button kind means a
 * line here and a codec registered with {@link registerCallbackCodec} (see `registry.ts`); the unit test
 * `test/unit/callback-registry.test.ts` fails on a duplicate or overlapping prefix.
 *
 * @example
 * CALLBACK_PREFIXES.vision; // 'vs1'
 */
export const CALLBACK_PREFIXES = {
  /** Profile dialog answers `p1:<step code>:<value>` — shared/profile/callback-data.ts */
  profile: 'p1',
  /** The ✏️ Edit button under the /profile summary, `pe:edit` — shared/callbacks/fixed-buttons.ts */
  profileEdit: 'pe',
  /** /deleteme confirmation, `acct:del:yes` / `acct:del:no` — shared/callbacks/fixed-buttons.ts */
  account: 'acct',
  /** /plan "Rebuild my plan", `plan1:rebuild` — shared/callbacks/fixed-buttons.ts */
  plan: 'plan1',
  /** /reminders settings, `rem1:<action>` / `rem1:hour:<h>` — shared/reminders/reminder-callbacks.ts */
  reminders: 'rem1',
  /** Done / Skip / Week on every workout message, `w1:<action>:<id>` — shared/tracking/workout-actions.ts */
  workout: 'w1',
  /** Tracking flows (as planned, numbers, cancel reason, /pending page, pick) — shared/tracking/callback-data.ts */
  tracking: 't1',
  /** The adaptive re-plan offer, `r1:yes|no:<offerId>` — shared/tracking/callback-data.ts */
  replan: 'r1',
  /** /language choice, `lang1:<locale>` — shared/callbacks/fixed-buttons.ts */
  language: 'lang1',
  /** Screenshot result buttons, `vs1:<code>:<extractionId>[:…]` — shared/vision/render-result.ts */
  vision: 'vs1',
  /** The coach's Apply / Cancel under a proposed change, `co1:a|c:<proposalId>` — shared/coach/callback-data.ts */
  coach: 'co1',
  /** The feasibility gate's options, `fz1:d:<date>` / `fz1:k:<5|10|h|m>` / `fz1:f` — shared/plans/feasibility-buttons.ts */
  feasibility: 'fz1',
  /** Browsing and editing the plan (week ◀ ▶, full plan page, detail, move), `pb1:…` — shared/plans/browse-callbacks.ts */
  planBrowse: 'pb1',
  /** Undo / edit of a recorded Done or Skip, /history, the optional time, `h1:…` — shared/tracking/history-callbacks.ts */
  history: 'h1',
  /** The rebuild preview's Apply / Keep, `rb1:a|k:<previewId>` — shared/plans/browse-callbacks.ts */
  rebuild: 'rb1',
} as const;

/**
 * The name of a registered prefix.
 *
 * @example
 * const name: CallbackPrefixName = 'tracking';
 */
export type CallbackPrefixName = keyof typeof CALLBACK_PREFIXES;

/** Telegram's limit for callback data, in bytes. @example MAX_CALLBACK_BYTES; // 64 */
export const MAX_CALLBACK_BYTES = 64;

/**
 * True when one prefix is a leading part of the other (or both are equal), so data meant for one could be
 * taken for the other by a hand-written pattern without the `:`.
 *
 * @example
 * prefixesOverlap('p1', 'p10'); // true
 * prefixesOverlap('p1', 'pe');  // false
 */
export function prefixesOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
