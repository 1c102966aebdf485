import type OpenAI from 'openai';
import { z } from 'zod';
import type { Config } from '../config/index.js';
import type { Sql, TransactionSql } from '../db/index.js';
import { type Locale, t } from '../i18n/index.js';
import { loadOpenAI } from '../llm/index.js';
import type { Logger } from '../log/index.js';
import { OutboxWriter } from '../outbox/index.js';
import { escapeHtml, formatShortDate, fromDayNumber, toDayNumber } from '../planner/index.js';
import { loadActivePlanWithInput } from '../plans/index.js';
import { localToday } from '../profile/index.js';
import type { Job } from '../queue/index.js';
import { loadPlannerHistory, loadWorkoutsFrom } from '../tracking/index.js';
import { loadUserLocale } from '../users/index.js';
import { applyLocked } from './apply-proposal.js';
import { encodeCoachAction } from './callback-data.js';
import {
  createProposal,
  jobAnswered,
  jobAnsweredBefore,
  loadTurns,
  lockLatestProposal,
  type ModelCallRecord,
  modelCallsToday,
  recordExchange,
  recordModelCall,
  setProposalStatus,
} from './coach-store.js';
import { type CoachContext, type CoachOutcome, computeReply } from './compute-reply.js';
import { type CoachIntent, coachIntentSchema } from './intents.js';
import { askCoachModel, coachSystemPrompt } from './llm-coach.js';
import { parseMessage } from './parse-intent.js';
import { loadRunnerProfile } from './profile-access.js';
import { notUnderstood } from './texts.js';

/** Queue of coach answers. */
export const COACH_QUEUE = 'coach';

/** Model calls per runner per UTC day; past it the offline parser answers. */
export const COACH_DAILY_MODEL_CALLS = 40;
/** One model request's time limit (the SDK's timeout, per attempt). */
export const COACH_MODEL_TIMEOUT_MS = 20_000;

/** What the coach feature enqueues. @example coachJobSchema.parse({ userId: 1, chatId: 1, text: 'my knee hurts' }) */
export const coachJobSchema = z.object({
  userId: z.number().int(),
  chatId: z.number().int(),
  text: z.string().min(1).max(4096),
});
/** @example const d: CoachJobData = { userId: 1, chatId: 1, text: 'hi' }; */
export type CoachJobData = z.infer<typeof coachJobSchema>;

/** Dependencies of {@link createCoachJobHandler}. */
export interface CoachJobDeps {
  readonly sql: Sql;
  readonly config: Config;
  readonly log: Logger;
  readonly now?: () => Date;
  readonly dailyModelCalls?: number;
  readonly backoffMs?: number;
}

/**
 * The `coach` queue's handler: reads the runner's message (offline parser, or GPT-4o tool calls with
 * `OPENAI_API_KEY` under the daily cap), computes the answer or a vetted proposal against the current
 * plan, and — in one transaction — stores the turns, the proposal, the model usage and queues the reply.
 * The reply is in the runner's language (`loadUserLocale`), and so is the model asked to answer.
 * A job that already answered (its turns exist) answers nothing twice, so a kill -9 at any point loses
 * nothing and duplicates nothing. "yes" / "no, Sunday instead" act on the newest proposal.
 *
 * @example
 * new Worker(sql, COACH_QUEUE, createCoachJobHandler({ sql, config, log }), { schema: coachJobSchema });
 */
export function createCoachJobHandler(deps: CoachJobDeps) {
  const { apiKey, baseUrl } = deps.config.openai;
  let client: OpenAI | undefined;
  const llm = async () => {
    if (!apiKey) return undefined;
    const OpenAIClient = await loadOpenAI();
    client ??= new OpenAIClient({ apiKey, baseURL: baseUrl, maxRetries: 0 });
    return client;
  };
  const cap = deps.dailyModelCalls ?? COACH_DAILY_MODEL_CALLS;

  return async (job: Job<CoachJobData>) => {
    const { userId, text } = job.data;
    const now = deps.now?.() ?? new Date();
    if (await jobAnsweredBefore(deps.sql, job.id)) return { skipped: 'answered' };
    // Read when the job runs, not when it was queued: a /language change in between is honoured.
    const locale = await loadUserLocale(deps.sql, userId);
    const tr = (id: string) => t(locale, id);
    const profile = await loadRunnerProfile(deps.sql, userId);
    if (!profile) return finish(deps.sql, job, locale, { text: tr('coach-no-profile') });
    const today = localToday(now, profile.timeZone);
    const active = await loadActivePlanWithInput(deps.sql, userId);
    const workouts = await loadWorkoutsFrom(deps.sql, userId, fromDayNumber(toDayNumber(today) - 7));
    const ctx: CoachContext = {
      today,
      profile,
      ...(active ? { active: { planId: active.id, plan: active.plan, input: active.input } } : {}),
      workouts,
      history: await loadPlannerHistory(deps.sql, userId, today),
      locale,
    };
    const upcoming = workouts.filter((w) => w.date >= today && w.status === 'planned');
    const offline = parseMessage(text, { today, units: profile.units, upcoming, locale });

    // Yes / no act on the newest proposal, under its row lock, in the answering transaction.
    if (offline.kind === 'confirm' || offline.kind === 'decline') {
      return finish(deps.sql, job, locale, { text: '' }, async (tx) => {
        const last = await lockLatestProposal(tx, userId);
        if (last?.status !== 'pending') return { text: tr('coach-no-pending') };
        if (offline.kind === 'confirm')
          return { text: (await applyLocked(tx, last, today, now, locale)).text };
        await setProposalStatus(tx, last.id, 'cancelled');
        const previous = coachIntentSchema.safeParse(last.intent);
        if (offline.day && previous.success && previous.data.tool === 'move_workout') {
          const intent: CoachIntent = {
            tool: 'move_workout',
            args: { from: previous.data.args.from, to: offline.day },
          };
          return { outcome: computeReply(intent, ctx), intent };
        }
        return { text: tr('coach-declined') };
      });
    }

    let intent: CoachIntent | undefined = offline.kind === 'intent' ? offline.intent : undefined;
    let reply: string | undefined;
    let call: ModelCallRecord | undefined;
    const model = await llm();
    if (model && (await modelCallsToday(deps.sql, userId)) < cap) {
      const { result, stats } = await askCoachModel({
        client: model,
        model: deps.config.openai.model,
        system: coachSystemPrompt({ today, units: profile.units, locale, context: planContext(ctx) }),
        turns: await loadTurns(deps.sql, userId),
        text,
        signal: job.signal,
        timeoutMs: Math.min(COACH_MODEL_TIMEOUT_MS, deps.config.openai.timeoutMs),
        ...(deps.backoffMs !== undefined ? { backoffMs: deps.backoffMs } : {}),
      });
      call = { model: deps.config.openai.model, ...stats };
      if (result.kind === 'intent') intent = result.intent;
      else if (result.kind === 'text') {
        intent = undefined;
        reply = escapeHtml(result.text);
      } else if (result.kind === 'refused') {
        deps.log.warn('coach model call refused', { userId, tool: result.tool, reason: result.reason });
        intent = undefined;
        reply = tr('coach-tool-refused');
      } else
        deps.log.warn('coach model call failed; offline parser answers', { userId, reason: result.reason });
      // On an error the offline parser's reading (intent) stands.
    }
    const capNote = model && !call ? `\n\n${tr('coach-cap-note')}` : '';
    if (intent)
      return finish(deps.sql, job, locale, {
        outcome: computeReply(intent, ctx),
        intent,
        call,
        note: capNote,
      });
    return finish(deps.sql, job, locale, { text: (reply ?? notUnderstood(locale, text)) + capNote, call });
  };
}

type Answer =
  | { text: string; call?: ModelCallRecord }
  | { outcome: CoachOutcome; intent: CoachIntent; call?: ModelCallRecord; note?: string };

/**
 * Stores the exchange and queues the reply (its buttons in `locale`) in one transaction, once per job.
 */
async function finish(
  sql: Sql,
  job: Job<CoachJobData>,
  locale: Locale,
  answer: Answer,
  decide?: (tx: TransactionSql) => Promise<Answer>,
) {
  const { userId, chatId, text } = job.data;
  return sql.begin(async (tx) => {
    if (await jobAnswered(tx, job.id)) return { skipped: 'answered' };
    const a = decide ? await decide(tx) : answer;
    let reply: string;
    let markup: object | undefined;
    let proposalId: number | undefined;
    if ('outcome' in a) {
      reply = a.outcome.text + (a.note ?? '');
      if (a.outcome.kind === 'proposal') {
        proposalId = await createProposal(tx, {
          userId,
          intent: a.intent,
          payload: a.outcome.payload,
          summary: a.outcome.text,
        });
        markup = {
          inline_keyboard: [
            [
              {
                text: t(locale, 'coach-apply-button'),
                callback_data: encodeCoachAction({ kind: 'apply', proposalId }),
              },
              {
                text: t(locale, 'coach-cancel-button'),
                callback_data: encodeCoachAction({ kind: 'cancel', proposalId }),
              },
            ],
          ],
        };
      }
    } else reply = a.text;
    if (a.call) await recordModelCall(tx, { userId, jobId: job.id, call: a.call });
    await recordExchange(tx, { userId, jobId: job.id, runner: text, coach: reply });
    const out = new OutboxWriter(tx);
    out.send(chatId, 'sendMessage', {
      chat_id: chatId,
      text: reply.slice(0, 4096),
      parse_mode: 'HTML',
      ...(markup ? { reply_markup: markup } : {}),
    });
    await out.flush();
    return { answered: true, ...(proposalId ? { proposalId } : {}) };
  });
}

/** The plan around today as plain lines for the model (its context, not instructions). */
function planContext(ctx: CoachContext): string {
  if (!ctx.active) return 'The runner has no plan yet.';
  const from = fromDayNumber(toDayNumber(ctx.today) - 7);
  const to = fromDayNumber(toDayNumber(ctx.today) + 14);
  const lines = ctx.active.plan.weeks
    .flatMap((w) => w.workouts)
    .filter((w) => w.date >= from && w.date <= to && w.type !== 'rest')
    .map((w) => {
      const status = ctx.workouts.find((x) => x.date === w.date)?.status ?? 'planned';
      return `${w.date} (${formatShortDate(w.date).slice(0, 3)}): ${w.type} ${w.distanceKm ?? 0} km — ${status}`;
    });
  return [`Race: ${ctx.active.plan.raceDate}, ${ctx.active.plan.goalDistanceKm} km.`, ...lines].join('\n');
}
