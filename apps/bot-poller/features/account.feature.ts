import { Composer } from 'telegraf';
import type { BotContext, BotUser } from '../../../shared/bot/index.js';
import { accountButtons } from '../../../shared/callbacks/index.js';
import type { TransactionSql } from '../../../shared/db/index.js';
import { buttonsRow } from './keyboards.js';

/** Callback data of the /deleteme confirmation buttons. @example DELETE_CONFIRM_DATA; // 'acct:del:yes' */
export const DELETE_CONFIRM_DATA = accountButtons.encode('del:yes');
/** Callback data of the /deleteme "keep my data" button. @example DELETE_ABORT_DATA; // 'acct:del:no' */
export const DELETE_ABORT_DATA = accountButtons.encode('del:no');
/** A confirmation prompt older than this cannot delete anything any more (a forgotten button). */
const CONFIRM_VALID_SECONDS = 15 * 60;

/**
 * /deleteme (with a confirmation) and /export (a JSON document of everything stored about the runner).
 * Placed before the profile feature so both work in the middle of the profile dialog.
 *
 * @example
 * createUpdateRouter({ features: [helpFeature, accountFeature, profileFeature, fallbackFeature], … });
 */
export const accountFeature = new Composer<BotContext>();

accountFeature.command('deleteme', (ctx) => {
  if (!ctx.user) return;
  ctx.out.html(
    '⚠️ This deletes <b>everything</b> I store about you: your profile, training plan, workout history and our conversation. It cannot be undone.\n\nAre you sure?',
    buttonsRow([
      ['🗑 Yes, delete everything', DELETE_CONFIRM_DATA],
      ['No, keep my data', DELETE_ABORT_DATA],
    ]),
  );
});

accountFeature.action(DELETE_ABORT_DATA, (ctx) => {
  ctx.out.answerCallback('Nothing was deleted.');
  const pressed = ctx.callbackQuery.message?.message_id;
  if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
  ctx.out.html('Okay, nothing was deleted.');
});

accountFeature.action(DELETE_CONFIRM_DATA, async (ctx) => {
  const user = ctx.user;
  if (!user) return;
  const prompt = ctx.callbackQuery.message;
  const pressed = prompt?.message_id;
  if (!prompt || Date.now() / 1000 - prompt.date > CONFIRM_VALID_SECONDS) {
    ctx.out.answerCallback(
      'That confirmation has expired — nothing was deleted. Send /deleteme again.',
      true,
    );
    if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
    return;
  }
  await deleteUserData(ctx.tx, user, ctx.update.update_id);
  ctx.log.info('user deleted their data', { updateId: ctx.update.update_id });
  ctx.out.answerCallback('Deleted.');
  if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
  ctx.out.html(
    'Done. I deleted your profile, plan, workouts and our conversation history. Send /start if you ever want to come back. 👋',
  );
});

/**
 * Deletes every row of the user in the update's transaction. `users` cascades to runner_profiles,
 * conversation_state, training_plans, planned_workouts, workout_completions and workout_cancellations.
 *
 * What must remain for exactly-once processing:
 * - the inbox keeps every update_id: a processed update whose offset Telegram has not confirmed yet can be
 *   delivered again after a crash, and only its row (`on conflict (update_id) do nothing`) stops it from
 *   being handled twice — a replayed "/start" would otherwise re-create the user we just deleted. So the
 *   chat's finished updates are kept as tombstones: the same update_id, no chat id, no payload (the
 *   payload is where the personal data was).
 * - the CURRENT update is being processed: its row must stay so the processor can mark it processed in
 *   this very transaction (it is tombstoned too; the processor already read its payload).
 * - updates of this chat still pending (sent after this one) stay untouched: they are new actions of the
 *   runner and will be handled (a message after deleting simply starts afresh).
 * - outgoing messages: all earlier ones of the chat are deleted (a pending reply to an action whose data
 *   is gone is moot); this update's own replies (the goodbye) are written after this handler and sent
 *   after commit — they are the only rows left with this chat id.
 *
 * @example
 * await deleteUserData(ctx.tx, ctx.user, ctx.update.update_id);
 */
export async function deleteUserData(
  tx: TransactionSql,
  user: BotUser,
  currentUpdateId: number,
): Promise<void> {
  const chats = [user.chatId, user.id];
  await tx`delete from outgoing_messages where chat_id in ${tx(chats)}`;
  await tx`
    update telegram_updates
    set payload = jsonb_build_object('update_id', update_id), chat_id = null, last_error = null
    where chat_id in ${tx(chats)} and (status <> 'pending' or update_id = ${currentUpdateId})`;
  // Queued background work about this runner (e.g. a screenshot to analyse). Running jobs are left to
  // their worker (it holds a lease); what they write for a deleted user fails its foreign keys.
  await tx`
    delete from jobs
    where status <> 'running'
      and (payload->>'userId' = ${String(user.id)} or payload->>'chatId' in ${tx(chats.map(String))})`;
  await tx`delete from users where id = ${user.id}`;
}

/**
 * Everything stored about a user as one JSON-ready object (profile, plans, workouts, completions,
 * cancellations, reminder settings).
 *
 * @example
 * const data = await collectUserData(ctx.tx, ctx.user.id);
 */
export async function collectUserData(tx: TransactionSql, userId: number): Promise<Record<string, unknown>> {
  const [user] = await tx`
    select id, first_name, last_name, username, language_code, time_zone, created_at
    from users where id = ${userId}`;
  const [profile] = await tx`
    select profile, reminder_hour, reminders_enabled, created_at, updated_at
    from runner_profiles where user_id = ${userId}`;
  const plans = await tx`
    select id, version, status, source, plan, created_at from training_plans
    where user_id = ${userId} order by version`;
  const workouts = await tx`
    select id, plan_id, workout_date, week_index, type, title, distance_km, duration_min, details, status
    from planned_workouts where user_id = ${userId} order by workout_date, id`;
  const completions = await tx`
    select id, planned_workout_id, completed_on, distance_km, duration_sec, avg_hr, rpe, source, notes, created_at
    from workout_completions where user_id = ${userId} order by completed_on, id`;
  const cancellations = await tx`
    select id, planned_workout_id, reason, note, created_at
    from workout_cancellations where user_id = ${userId} order by id`;
  return {
    exportedAt: new Date().toISOString(),
    user: user ?? null,
    profile: profile?.profile ?? null,
    reminders: profile ? { hour: profile.reminder_hour, enabled: profile.reminders_enabled } : null,
    plans: [...plans],
    workouts: [...workouts],
    completions: [...completions],
    cancellations: [...cancellations],
  };
}

accountFeature.command('export', async (ctx) => {
  const user = ctx.user;
  if (!user) return;
  const data = await collectUserData(ctx.tx, user.id);
  const json = JSON.stringify(data, null, 2);
  const day = new Date().toISOString().slice(0, 10);
  ctx.out.document(
    Buffer.from(json, 'utf8'),
    `runcoach-export-${day}.json`,
    data.profile
      ? 'Here is everything I store about you: profile, plan and workouts.'
      : "Here is everything I store about you. You don't have a profile yet — send /start to create one.",
  );
});
