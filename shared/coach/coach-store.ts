import type { UserDataOwner } from '../account/user-data-owner.js';
import type { Sql, TransactionSql } from '../db/index.js';
import type { CoachIntent } from './intents.js';
import type { ProposalPayload } from './proposal-schema.js';

type Db = Sql | TransactionSql;

/** Turns kept per runner: enough for "yes, do that" and "no, Sunday instead", little to store. */
export const MEMORY_TURNS = 10;

/** One remembered turn. @example const t: CoachTurn = { role: 'runner', text: 'my knee hurts' }; */
export interface CoachTurn {
  readonly role: 'runner' | 'coach';
  readonly text: string;
}

/**
 * True when job `jobId` already answered (its turns are stored): a retried or reclaimed job stops there.
 *
 * @example
 * if (await jobAnswered(tx, job.id)) return { skipped: 'answered' };
 */
export async function jobAnswered(tx: TransactionSql, jobId: number): Promise<boolean> {
  const [row] = await tx`select 1 from coach_turns where job_id = ${jobId} for update`;
  return row !== undefined;
}

/**
 * Unlocked check of {@link jobAnswered}, before any slow work: a reclaimed job that already answered
 * makes no second model call.
 *
 * @example
 * if (await jobAnsweredBefore(sql, job.id)) return { skipped: 'answered' };
 */
export async function jobAnsweredBefore(sql: Db, jobId: number): Promise<boolean> {
  const [row] = await sql`select 1 from coach_turns where job_id = ${jobId} limit 1`;
  return row !== undefined;
}

/**
 * Stores the runner's message and the coach's answer of one job and keeps only the newest
 * {@link MEMORY_TURNS} turns of the runner.
 *
 * @example
 * await recordExchange(tx, { userId, jobId: job.id, runner: 'my knee hurts', coach: 'Sorry about …' });
 */
export async function recordExchange(
  tx: TransactionSql,
  args: { userId: number; jobId: number | null; runner: string; coach: string },
): Promise<void> {
  await tx`
    insert into coach_turns (user_id, job_id, role, text) values
      (${args.userId}, ${args.jobId}, 'runner', ${args.runner.slice(0, 2000)}),
      (${args.userId}, ${args.jobId}, 'coach', ${args.coach.slice(0, 4000)})`;
  await tx`
    delete from coach_turns where user_id = ${args.userId} and id not in (
      select id from coach_turns where user_id = ${args.userId} order by id desc limit ${MEMORY_TURNS})`;
}

/**
 * The runner's remembered turns, oldest first.
 *
 * @example
 * const turns = await loadTurns(sql, userId); // [{ role: 'runner', text: '…' }, …]
 */
export async function loadTurns(sql: Db, userId: number): Promise<CoachTurn[]> {
  const rows = await sql<CoachTurn[]>`
    select role, text from coach_turns where user_id = ${userId} order by id desc limit ${MEMORY_TURNS}`;
  return rows.reverse();
}

/** A proposal as stored. */
export interface StoredProposal {
  readonly id: number;
  readonly userId: number;
  readonly intent: unknown;
  readonly payload: unknown;
  readonly status: string;
  readonly createdAt: Date;
}

/**
 * Stores a pending proposal; an older pending one of the runner is superseded (only the newest can be
 * applied, so "yes" never applies something the runner has moved past). Returns its id.
 *
 * @example
 * const id = await createProposal(tx, { userId, intent, payload, summary: 'Move …' });
 */
export async function createProposal(
  tx: TransactionSql,
  args: { userId: number; intent: CoachIntent; payload: ProposalPayload; summary: string },
): Promise<number> {
  await tx`
    update coach_proposals set status = 'superseded', decided_at = now()
    where user_id = ${args.userId} and status = 'pending'`;
  const [row] = await tx<{ id: number }[]>`
    insert into coach_proposals (user_id, intent, payload, summary)
    values (${args.userId}, ${tx.json(args.intent as never)}, ${tx.json(args.payload as never)}, ${args.summary.slice(0, 4000)})
    returning id::int as id`;
  return row!.id;
}

/**
 * The proposal `id` if it is the user's, row-locked for the rest of the transaction.
 *
 * @example
 * const p = await lockProposal(tx, userId, 5);
 */
export async function lockProposal(
  tx: TransactionSql,
  userId: number,
  id: number,
): Promise<StoredProposal | undefined> {
  const [row] = await tx<StoredProposal[]>`
    select id::int as id, user_id::int as "userId", intent, payload, status, created_at as "createdAt"
    from coach_proposals where id = ${id} and user_id = ${userId} for update`;
  return row;
}

/**
 * The user's newest proposal (any status), row-locked: what "yes" and "no, Sunday instead" refer to.
 *
 * @example
 * const last = await lockLatestProposal(tx, userId);
 */
export async function lockLatestProposal(
  tx: TransactionSql,
  userId: number,
): Promise<StoredProposal | undefined> {
  const [row] = await tx<StoredProposal[]>`
    select id::int as id, user_id::int as "userId", intent, payload, status, created_at as "createdAt"
    from coach_proposals where user_id = ${userId} order by id desc limit 1 for update`;
  return row;
}

/**
 * Closes a proposal with its outcome.
 *
 * @example
 * await setProposalStatus(tx, 5, 'applied', { planId: 9 });
 */
export async function setProposalStatus(
  tx: TransactionSql,
  id: number,
  status: 'applied' | 'cancelled' | 'stale' | 'expired' | 'failed',
  result: object = {},
): Promise<void> {
  await tx`
    update coach_proposals set status = ${status}, result = ${tx.json(result as never)}, decided_at = now()
    where id = ${id}`;
}

/**
 * Model calls of the user since the start of the current UTC day (the daily cap).
 *
 * @example
 * if ((await modelCallsToday(sql, userId)) >= cap) useOfflineParser();
 */
export async function modelCallsToday(sql: Db, userId: number): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from coach_model_calls
    where user_id = ${userId} and created_at >= date_trunc('day', now() at time zone 'utc') at time zone 'utc'`;
  return row?.n ?? 0;
}

/** What one model call cost and how it ended. */
export interface ModelCallRecord {
  readonly model: string;
  readonly outcome: string;
  readonly attempts: number;
  readonly promptTokens?: number;
  readonly completionTokens?: number;
  readonly totalTokens?: number;
}

/**
 * Records a model call (with its token usage) for the cap and for cost.
 *
 * @example
 * await recordModelCall(tx, { userId, jobId: job.id, call: { model: 'gpt-4o', outcome: 'tool', attempts: 1, totalTokens: 812 } });
 */
export async function recordModelCall(
  tx: TransactionSql,
  args: { userId: number; jobId: number | null; call: ModelCallRecord },
): Promise<void> {
  const c = args.call;
  await tx`
    insert into coach_model_calls (user_id, job_id, model, outcome, attempts, prompt_tokens, completion_tokens, total_tokens)
    values (${args.userId}, ${args.jobId}, ${c.model}, ${c.outcome.slice(0, 200)}, ${c.attempts},
            ${c.promptTokens ?? null}, ${c.completionTokens ?? null}, ${c.totalTokens ?? null})`;
}

/**
 * Everything the coach stores about a user, for /export.
 *
 * @example
 * const coach = await exportForUser(tx, userId); // { turns: […], proposals: […], modelCalls: […] }
 */
export async function exportForUser(tx: Db, userId: number) {
  const turns = await tx`
    select role, text, created_at from coach_turns where user_id = ${userId} order by id`;
  const proposals = await tx`
    select id::int as id, intent, summary, status, result, created_at, decided_at
    from coach_proposals where user_id = ${userId} order by id`;
  const modelCalls = await tx`
    select model, outcome, attempts, prompt_tokens, completion_tokens, total_tokens, created_at
    from coach_model_calls where user_id = ${userId} order by id`;
  return { turns: [...turns], proposals: [...proposals], modelCalls: [...modelCalls] };
}

/**
 * Deletes everything the coach stores about a user (for /deleteme); returns the rows deleted per table.
 *
 * @example
 * await deleteForUser(tx, userId); // { turns: 10, proposals: 3, modelCalls: 12 }
 */
export async function deleteForUser(tx: TransactionSql, userId: number) {
  const turns = await tx`delete from coach_turns where user_id = ${userId}`;
  const proposals = await tx`delete from coach_proposals where user_id = ${userId}`;
  const modelCalls = await tx`delete from coach_model_calls where user_id = ${userId}`;
  return { turns: turns.count, proposals: proposals.count, modelCalls: modelCalls.count };
}

/**
 * The coach's part of /export and /deleteme (its three tables).
 *
 * @example
 * USER_DATA_OWNERS.includes(coachUserData); // true
 */
export const coachUserData: UserDataOwner = {
  domain: 'coach',
  tables: ['coach_turns', 'coach_proposals', 'coach_model_calls'],
  exportForUser: async (tx, userId) => ({ coach: await exportForUser(tx, userId) }),
  deleteForUser: async (tx, who) => {
    await deleteForUser(tx, who.userId);
  },
};
