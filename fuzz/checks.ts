import type { Sql } from '../shared/db/index.js';

/**
 * Every row stored about one user (profile, plans, workouts, completions, cancellations, conversation),
 * for a before/after comparison; timestamps included so any write shows.
 *
 * @example
 * const before = await snapshotUser(sql, 1001);
 * … fuzz …
 * assert.deepEqual(await snapshotUser(sql, 1001), before);
 */
export async function snapshotUser(sql: Sql, userId: number): Promise<Record<string, unknown[]>> {
  return {
    users: [...(await sql`select * from users where id = ${userId}`)],
    runner_profiles: [...(await sql`select * from runner_profiles where user_id = ${userId}`)],
    training_plans: [
      ...(await sql`select id, version, status, source, created_at from training_plans where user_id = ${userId} order by id`),
    ],
    planned_workouts: [...(await sql`select * from planned_workouts where user_id = ${userId} order by id`)],
    workout_completions: [
      ...(await sql`select * from workout_completions where user_id = ${userId} order by id`),
    ],
    workout_cancellations: [
      ...(await sql`select * from workout_cancellations where user_id = ${userId} order by id`),
    ],
    conversation_state: [...(await sql`select * from conversation_state where user_id = ${userId}`)],
  };
}

/**
 * Log files that contain one of `secrets` (the whole value, or for a bot token its secret half after the
 * colon), or anything shaped like an OpenAI key (`sk-` and 16+ key characters) that is not redacted.
 *
 * @example
 * findSecrets([{ file: 'a.log', text: 'token 123:ABC' }], ['123:ABC']); // ['a.log: contains secret #1']
 */
export function findSecrets(
  files: ReadonlyArray<{ file: string; text: string }>,
  secrets: readonly string[],
): string[] {
  const found: string[] = [];
  for (const { file, text } of files) {
    for (const [i, secret] of secrets.entries()) {
      const half = secret.includes(':') ? secret.slice(secret.indexOf(':') + 1) : undefined;
      if (text.includes(secret) || (half && half.length >= 16 && text.includes(half))) {
        found.push(`${file}: contains secret #${i + 1}`);
      }
    }
    const key = /sk-[A-Za-z0-9_-]{16,}/.exec(text);
    if (key) found.push(`${file}: contains an sk- key (${key[0].slice(0, 6)}…)`);
  }
  return found;
}
