/**
 * Every message the coach writes, in one place (English for now; the i18n pass translates this file).
 * Functions take already-formatted values; HTML is escaped by the callers' formatters or here.
 */
import { escapeHtml } from '../planner/index.js';

/** @example RED_FLAG_REPLY('chest pain') */
export const RED_FLAG_REPLY = (flag: string) =>
  [
    `🛑 <b>Please stop running now and seek medical care.</b>`,
    '',
    `What you describe (${escapeHtml(flag)}) can be serious. If it is happening right now or getting worse, call your local emergency number (112 in Europe, 911 in the US).`,
    "I'm a training coach, not a doctor — I won't change your plan around this. Once a doctor has cleared you, write to me and we'll pick up from there.",
  ].join('\n');

/** Three examples of what the coach understands, shown when it doesn't. */
export const EXAMPLES = [
  '“my knee hurts since yesterday”',
  "“move Saturday's run to Sunday”",
  '“ran 10k in 52 min this morning”',
];

/** @example notUnderstood('hello') */
export const notUnderstood = (text: string) =>
  [
    `I didn't understand “${escapeHtml(text.length > 60 ? `${text.slice(0, 60)}…` : text)}”. You can write to me in plain words, for example:`,
    ...EXAMPLES.map((e) => `• ${e}`),
    'Or send /help to see my commands.',
  ].join('\n');

export const NO_PROFILE = 'First I need to know you as a runner: send /start to set up your profile.';
export const NO_PLAN = 'You have no training plan yet: send /plan and I will build one.';
export const NO_PENDING_PROPOSAL = 'There is nothing waiting for a yes from you right now.';
export const DECLINED = 'Okay, nothing changes.';
export const PROPOSAL_FOOTER =
  "✅ Checked against your plan's training rules. Nothing changes until you press <b>Apply</b>.";
export const APPLY_LABEL = '✅ Apply';
export const CANCEL_LABEL = '✖️ Cancel';
export const APPLIED = '✅ Done — your plan is updated.';
export const ALREADY_DECIDED = 'You already answered this — nothing changed.';
export const CANCELLED = 'Cancelled — nothing changed.';
export const STALE =
  'Your plan changed since I suggested this, so I did not apply it. Tell me again and I will check it against the current plan.';
export const EXPIRED =
  'That suggestion is too old now — nothing changed. Tell me again if you still want it.';
export const NOT_YOURS = 'That button is not yours — nothing changed.';
export const UNKNOWN_BUTTON = "I didn't recognise that button — nothing changed.";
export const THINKING_FAILED =
  'Sorry, I could not answer that right now. Please try again in a minute, or use /plan and /log.';
export const CAP_REACHED_NOTE =
  '(I have answered a lot today, so I am reading your messages in simple mode until tomorrow.)';

export const PAIN_ADVICE = (area: string) =>
  `Listen to your ${escapeHtml(area)}: run only if it is pain-free, stop if it hurts. If the pain lasts more than a few days, gets worse, or changes how you walk, see a physiotherapist or doctor. I can't diagnose anything.`;

/** Human reasons for the rule codes a change can break. */
export const RULE_REASONS: Record<string, string> = {
  HARD_BACK_TO_BACK: 'it would put two hard sessions on back-to-back days',
  DATE_ORDER: 'there is already a workout on that day',
  RACE_DAY: 'it would clash with race day',
  LONG_RUN_DAY: 'a week would lose its long run, or the long run would come too close to the race',
  WEEK_VOLUME: 'that week would carry more than its planned volume',
  RAMP: 'the weekly volume would grow faster than is safe',
  QUALITY_COUNT: 'that week would get too many hard sessions',
  LONG_RUN_SHARE: 'the long run would be too big a share of its week',
  LONG_RUN_PROGRESSION: 'the long run would jump up too fast',
  LONG_RUN_LONGEST: 'another run would be longer than the long run',
  LONG_RUN_MAX: 'a run would be longer than your long-run cap',
  DATE_RANGE: 'that date is outside your plan',
  CUTBACK: "it would break the plan's recovery weeks",
  TAPER: 'it would break the taper before your race',
};

/** @example refused('move that run', ['it would …']) */
export const refused = (what: string, reasons: readonly string[]) =>
  `I can't ${what}: ${[...new Set(reasons)].join('; ')}. Your plan stays as it is.`;

export const EDIT_REASONS = {
  'no-workout': (day: string) => `there is no open workout on ${day}`,
  past: (day: string) => `${day} has already passed`,
  race: () => 'race day stays where it is — change the goal instead',
  'outside-plan': (day: string) => `${day} is outside your plan`,
  'same-day': () => 'it is already on that day',
} as const;

export const ZONE_EXPLANATIONS: Record<string, string> = {
  easy: 'Easy runs build your aerobic base. Keep them conversational — you should be able to talk in full sentences.',
  long: 'The long run builds endurance. Run it at easy pace; finishing strong matters more than speed.',
  recovery: 'Recovery runs are short and very easy; they loosen the legs after hard days.',
  tempo:
    'Tempo (threshold) runs are "comfortably hard": a pace you could hold for about an hour in a race. They raise your lactate threshold.',
  intervals:
    'Intervals (I pace) are hard repeats of 3–5 minutes with jog recoveries. They build your VO₂max.',
  repetitions:
    'Repetitions (R pace) are short, fast repeats with full recovery. They build speed and running economy.',
  'race-pace': 'Race-pace runs rehearse your goal pace so it feels familiar on race day.',
  race: 'Race day! Start a little conservatively and run your own race.',
};

export const TOOL_REFUSED =
  "I can't make that change — it is not something I can do safely. Nothing changed. Tell me in your own words what you need, e.g. “move Saturday's run to Sunday”.";
