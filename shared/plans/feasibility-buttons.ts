import { CALLBACK_PREFIXES, callbackData, registerCallbackCodec } from '../callbacks/index.js';
import {
  type FeasibilityOption,
  feasibilityVerdict,
  parseIsoDate,
  plannerInputSchema,
  type RunEntry,
} from '../planner/index.js';
import { goalLabelFor, type RunnerProfile, runnerProfileSchema, toPlannerInput } from '../profile/index.js';

/**
 * What a feasibility-gate button asks for: race on a later date, a shorter standard distance on the same
 * date, or "finish comfortably" with walk breaks.
 * @example const c: FeasibilityChoice = { kind: 'distance', km: 10 };
 */
export type FeasibilityChoice =
  | { kind: 'date'; raceDate: string }
  | { kind: 'distance'; km: 5 | 10 | 21.0975 | 42.195 }
  | { kind: 'finish' };

const DISTANCE_CODES = { '5': 5, '10': 10, h: 21.0975, m: 42.195 } as const;
type DistanceCode = keyof typeof DISTANCE_CODES;

function encode(c: FeasibilityChoice): string {
  if (c.kind === 'date') return callbackData('feasibility', `d:${c.raceDate}`);
  if (c.kind === 'finish') return callbackData('feasibility', 'f');
  const code = (Object.keys(DISTANCE_CODES) as DistanceCode[]).find((k) => DISTANCE_CODES[k] === c.km)!;
  return callbackData('feasibility', `k:${code}`);
}

const FORMAT = new RegExp(`^${CALLBACK_PREFIXES.feasibility}:(?:d:(\\d{4}-\\d{2}-\\d{2})|k:(5|10|h|m)|(f))$`);

function parse(data: string): FeasibilityChoice | undefined {
  const m = FORMAT.exec(data);
  if (!m) return undefined;
  if (m[1] !== undefined)
    return parseIsoDate(m[1]) === undefined ? undefined : { kind: 'date', raceDate: m[1] };
  if (m[2] !== undefined) return { kind: 'distance', km: DISTANCE_CODES[m[2] as DistanceCode] };
  return { kind: 'finish' };
}

/**
 * The feasibility gate's option buttons `fz1:d:<YYYY-MM-DD>` / `fz1:k:<5|10|h|m>` / `fz1:f`. A forged but
 * well-formed choice is harmless: it is applied through the profile schema and the plan job gates again.
 * @example feasibilityButtons.parse(feasibilityButtons.encode({ kind: 'finish' })) // { kind: 'finish' }
 */
export const feasibilityButtons = registerCallbackCodec<FeasibilityChoice>({
  names: ['feasibility'],
  encode,
  parse,
  examples: [
    { kind: 'date', raceDate: '2027-04-25' },
    { kind: 'distance', km: 5 },
    { kind: 'distance', km: 10 },
    { kind: 'distance', km: 21.0975 },
    { kind: 'distance', km: 42.195 },
    { kind: 'finish' },
  ],
});

/**
 * The gate's option as a button choice (`undefined` for a distance that is not a standard one).
 * @example choiceOf({ kind: 'finish', goalMode: 'finish', label: '…' }) // { kind: 'finish' }
 */
export function choiceOf(option: FeasibilityOption): FeasibilityChoice | undefined {
  if (option.kind === 'later-date') return { kind: 'date', raceDate: option.raceDate };
  if (option.kind === 'finish') return { kind: 'finish' };
  const km = option.goalDistanceKm;
  return km === 5 || km === 10 || km === 21.0975 || km === 42.195 ? { kind: 'distance', km } : undefined;
}

/**
 * The profile with the choice applied (a new distance also gets its label and a time goal), or `undefined`
 * when the press must change nothing: the result is not a valid profile (a date in the past, say), the
 * choice does not move the goal the way its option does (a later date, a shorter distance, from a time
 * goal to finishing), or the feasibility gate refuses the new goal too. Button data can be forged or
 * stale; only a goal the gate accepts (as the plan job will gate it, with the same `history`) is saved.
 * @example applyFeasibilityChoice(profile, { kind: 'finish' }, '2027-03-03', [])?.goalMode // 'finish'
 */
export function applyFeasibilityChoice(
  profile: RunnerProfile,
  choice: FeasibilityChoice,
  today: string,
  history: readonly RunEntry[],
): RunnerProfile | undefined {
  const next: Record<string, unknown> = { ...profile };
  if (choice.kind === 'date') {
    if (choice.raceDate <= today || choice.raceDate <= profile.raceDate) return undefined;
    next.raceDate = choice.raceDate;
  } else if (choice.kind === 'distance') {
    if (choice.km >= profile.goalDistanceKm) return undefined;
    next.goalDistanceKm = choice.km;
    next.goalLabel = goalLabelFor(choice.km, profile.units);
    next.goalMode = 'time';
  } else {
    if (profile.goalMode === 'finish') return undefined;
    next.goalMode = 'finish';
  }
  const parsed = runnerProfileSchema.safeParse(next);
  if (!parsed.success) return undefined;
  const input = plannerInputSchema.safeParse({ ...toPlannerInput(parsed.data, today), history });
  return input.success && feasibilityVerdict(input.data).ok ? parsed.data : undefined;
}
