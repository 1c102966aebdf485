import type OpenAI from 'openai';
import { z } from 'zod';
import type { Config } from '../config/index.js';
import type { Sql } from '../db/index.js';
import { languageForModel, t, translator } from '../i18n/index.js';
import { loadOpenAI } from '../llm/index.js';
import type { Logger } from '../log/index.js';
import { OutboxWriter } from '../outbox/index.js';
import { personalisePlan } from '../personalise/index.js';
import {
  escapeHtml,
  gateText,
  plannerInputSchema,
  planOrGate,
  renderPlanSummary,
  renderWeek,
} from '../planner/index.js';
import { loadProfile, localToday, toPlannerInput } from '../profile/index.js';
import { type Job, markJobAnsweredOnce } from '../queue/index.js';
import { loadPlannerHistory } from '../tracking/tracking-store.js';
import { loadUserLocale } from '../users/index.js';
import { choiceOf, feasibilityButtons } from './feasibility-buttons.js';
import { saveActivePlan } from './plan-store.js';

/** Queue name of plan generation jobs. */
export const PLAN_QUEUE = 'plan';

/** What /plan enqueues. */
export const planJobSchema = z.object({ userId: z.number().int(), chatId: z.number().int() });
export type PlanJobData = z.infer<typeof planJobSchema>;

/**
 * Builds the plan handler run by the `plan` queue's worker: deterministic plan from the stored profile,
 * personalised by the LLM when `OPENAI_API_KEY` is set (validated, repaired or replaced inside the
 * engine's bounds), stored as the active version with its workouts, and announced to the runner — the
 * messages are queued in the same transaction, so a retried job never announces twice.
 *
 * @example
 * new Worker(sql, PLAN_QUEUE, createPlanJobHandler({ sql, config, log }), { schema: planJobSchema });
 */
export function createPlanJobHandler(deps: { sql: Sql; config: Config; log: Logger; now?: () => Date }) {
  const { apiKey, baseUrl, timeoutMs } = deps.config.openai;
  // Made on the first plan, so the SDK is only loaded where plans are personalised.
  let client: OpenAI | undefined;
  const llm = async () => {
    if (!apiKey) return undefined;
    const OpenAIClient = await loadOpenAI();
    client ??= new OpenAIClient({ apiKey, baseURL: baseUrl, timeout: timeoutMs, maxRetries: 1 });
    return client;
  };
  return async (job: Job<PlanJobData>) => {
    const { userId, chatId } = job.data;
    const locale = await loadUserLocale(deps.sql, userId);
    const profile = await loadProfile(deps.sql, userId, deps.log);
    if (!profile) {
      await deps.sql.begin(async (tx) => {
        if (!(await markJobAnsweredOnce(tx, job.id))) return; // an earlier attempt already said so
        const out = new OutboxWriter(tx);
        out.send(chatId, 'sendMessage', {
          chat_id: chatId,
          text: t(locale, 'plan-job-no-profile'),
        });
        await out.flush();
      });
      return { skipped: 'no profile' };
    }
    const today = localToday(deps.now?.() ?? new Date(), profile.timeZone);
    // What the runner really ran lately: the spike rule and the volume reference start from it.
    const history = await loadPlannerHistory(deps.sql, userId, today);
    const input = plannerInputSchema.parse({ ...toPlannerInput(profile, today), history });
    const gate = planOrGate(input);
    if (gate.infeasible) {
      // No plan and no prediction: the honest reason and the options as buttons (feasibility.feature).
      const tr = translator(locale);
      const units = input.units;
      const rows = gate.options.flatMap((o) => {
        const choice = choiceOf(o);
        const text = gateText({ text: o.label, parts: o.labelText }, tr, units);
        return choice ? [[{ text, callback_data: feasibilityButtons.encode(choice) }]] : [];
      });
      await deps.sql.begin(async (tx) => {
        if (!(await markJobAnsweredOnce(tx, job.id))) return; // an earlier attempt already answered
        const out = new OutboxWriter(tx);
        const text = [
          `<b>${escapeHtml(t(locale, 'plan-infeasible-title'))}</b>`,
          escapeHtml(gateText({ text: gate.reason, parts: gate.reasonText }, tr, units)),
          '',
          escapeHtml(t(locale, rows.length > 0 ? 'plan-infeasible-pick' : 'plan-infeasible-profile')),
        ].join('\n');
        out.send(chatId, 'sendMessage', {
          chat_id: chatId,
          text: text.slice(0, 4096),
          parse_mode: 'HTML',
          ...(rows.length > 0 ? { reply_markup: { inline_keyboard: rows } } : {}),
        });
        await out.flush();
      });
      return { infeasible: true, options: gate.options.length };
    }
    const basePlan = gate.plan;
    const client = await llm();
    const result = client
      ? await personalisePlan({
          client,
          model: deps.config.openai.model,
          input,
          basePlan,
          ...(profile.notes ? { runnerNotes: profile.notes } : {}),
          language: languageForModel(locale),
          signal: job.signal,
        })
      : { plan: basePlan, source: 'deterministic' as const, repairs: [], reason: 'no OPENAI_API_KEY' };
    if (result.source === 'deterministic' && client)
      deps.log.warn('LLM plan not used', { reason: result.reason });
    const units = profile.units;
    await deps.sql.begin(async (tx) => {
      const saved = await saveActivePlan(tx, {
        userId,
        input,
        plan: result.plan,
        source: result.source,
        jobId: job.id,
        meta: { repairs: result.repairs, reason: result.reason ?? null },
      });
      if (!saved.created) return;
      const out = new OutboxWriter(tx);
      const first = result.plan.weeks[0];
      const text = [
        renderPlanSummary(result.plan, { units, html: true, t: translator(locale) }),
        '',
        first ? renderWeek(first, { units, html: true, t: translator(locale) }) : '',
        '',
        t(locale, 'plan-ready-footer'),
      ].join('\n');
      out.send(chatId, 'sendMessage', { chat_id: chatId, text: text.slice(0, 4096), parse_mode: 'HTML' });
      await out.flush();
    });
    return { source: result.source, weeks: result.plan.weeks.length };
  };
}
