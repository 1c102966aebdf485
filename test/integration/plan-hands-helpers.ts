import { buildPlan, plannerInputSchema } from '../../shared/planner/index.js';
import { saveActivePlan } from '../../shared/plans/index.js';
import { type RunnerProfile, toPlannerInput } from '../../shared/profile/index.js';
import { halfMarathonProfile, insertRunner, isoDaysFromNow } from '../harness/profile-fixture.js';
import type { TestSystem } from '../harness/system.js';

/** Today (UTC) shifted by `days`. */
export const day = isoDaysFromNow;

/** A half-marathon runner in Berlin, race in 14 weeks, no recent race. */
export const RUNNER: RunnerProfile = halfMarathonProfile({ recentRace: undefined });

/**
 * Inserts the runner with `profile` and an engine plan built today (as the plan job would store it);
 * returns the plan id.
 */
export async function seedRunnerWithPlan(
  sys: TestSystem,
  userId: number,
  profile: RunnerProfile = RUNNER,
): Promise<number> {
  await insertRunner(sys.db.sql, userId, profile, 'Runner');
  const input = plannerInputSchema.parse(toPlannerInput(profile, day(0)));
  const saved = await sys.db.sql.begin((tx) =>
    saveActivePlan(tx, {
      userId,
      input,
      plan: buildPlan(input),
      source: 'deterministic',
      jobId: 800_000 + userId,
    }),
  );
  return saved.planId;
}

/** The text of every inline button of a sandbox message, flattened. */
export function buttonTexts(m: { reply_markup?: unknown }): string[] {
  const rm = m.reply_markup as
    | { kind?: string; markup?: { inline_keyboard?: { text: string }[][] } }
    | undefined;
  return (rm?.kind === 'inline' ? (rm.markup?.inline_keyboard ?? []) : []).flat().map((b) => b.text);
}

/** Kills every running bot-poller with SIGKILL (whatever it was doing). */
export async function killBot(sys: TestSystem): Promise<void> {
  const running = sys.processes.filter(
    (p) => p.name === 'bot-poller' && p.child.exitCode === null && p.child.signalCode === null,
  );
  for (const p of running) {
    p.child.kill('SIGKILL');
    await p.exited;
  }
}

/** Kills bot-poller with SIGKILL (whatever it was doing) and starts a fresh one. */
export async function killAndRestart(sys: TestSystem, env: Record<string, string> = {}): Promise<void> {
  await killBot(sys);
  sys.start('bot-poller', env);
}

/** How many messages the bot queued for `chatId` whose text contains `part` (duplicates show here). */
export async function repliesContaining(sys: TestSystem, chatId: number, part: string): Promise<number> {
  const [row] = await sys.db.sql<{ n: number }[]>`
    select count(*)::int as n from outgoing_messages
    where chat_id = ${chatId} and payload->>'text' like ${`%${part}%`}`;
  return row?.n ?? 0;
}
