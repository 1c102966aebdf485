import type OpenAI from 'openai';
import { loadOpenAI, type OpenAIClass, zodResponseFormatLazy } from '../llm/index.js';
import type { Plan } from '../planner/index.js';
import { checkPlan, type PlannerInput, plannerInputSchema, type Violation } from '../planner/index.js';
import { mergeAdjustments, repairPlan } from './llm-merge.js';
import { buildUserMessage, SYSTEM_PROMPT } from './llm-prompt.js';
import { LLM_SCHEMA_NAME, type LlmPersonalisation, llmPersonalisationSchema } from './llm-schema.js';

/**
 * Thrown for programming errors in a personalisation call (e.g. a base plan that itself breaks the rules).
 * LLM failures never throw; they fall back to the deterministic plan.
 * @example throw new PersonalisationError('base plan breaks the rules', violations);
 */
export class PersonalisationError extends Error {
  override readonly name = 'PersonalisationError';
  constructor(
    message: string,
    readonly violations: readonly Violation[] = [],
  ) {
    super(message);
  }
}

/**
 * Arguments of {@link personalisePlan}.
 * @example const args: PersonaliseArgs = { client, model: 'gpt-4o', input, basePlan: buildPlan(input), timeoutMs: 30_000 };
 */
export interface PersonaliseArgs {
  client: OpenAI;
  model: string;
  input: PlannerInput;
  /** The deterministic plan built from `input` (must pass `checkPlan`). */
  basePlan: Plan;
  /** Free text from the runner (injuries, preferences): passed to the model as data only. */
  runnerNotes?: string;
  /** The language of the runner (English name, e.g. 'Russian'): the model writes its texts in it. */
  language?: string;
  signal?: AbortSignal;
  /** Per-request timeout (the client's own timeout applies when omitted). */
  timeoutMs?: number;
}

/**
 * Token usage of the call, when the server reported it.
 * @example const u: PersonaliseUsage = { promptTokens: 1200, completionTokens: 300, totalTokens: 1500 };
 */
export interface PersonaliseUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

/**
 * What {@link personalisePlan} returns: the plan to store, where it came from, what was repaired, the rule
 * violations the model's version had before repair, token usage and, for a fallback, why.
 * @example const r: PersonaliseResult = { plan, source: 'deterministic', repairs: [], violationsFound: [], usage: null, reason: 'timeout' };
 */
export interface PersonaliseResult {
  plan: Plan;
  source: 'llm' | 'deterministic';
  repairs: string[];
  violationsFound: Violation[];
  usage: PersonaliseUsage | null;
  reason?: string;
}

/** Describes an OpenAI SDK failure for logs, or returns undefined when `err` is not one (a programming error). */
function llmFailureReason(err: unknown, sdk: OpenAIClass): string | undefined {
  if (err instanceof sdk.APIConnectionTimeoutError) return 'timeout';
  if (err instanceof sdk.APIUserAbortError) return 'aborted';
  if (err instanceof sdk.APIConnectionError) return `connection error: ${err.message}`;
  if (err instanceof sdk.APIError) return `API error ${err.status ?? ''}: ${err.message}`.trim();
  if (err instanceof sdk.OpenAIError) return `OpenAI error: ${err.message}`;
  return undefined;
}

/**
 * Asks the model to personalise `basePlan` within the engine's bounds, then validates (zod), merges
 * (per-field bounds), re-checks (`checkPlan`) and repairs; if the result still breaks a rule, or the call
 * fails in any way (HTTP error, timeout, abort, refusal, malformed or off-schema JSON), returns the
 * deterministic plan with the reason. Throws only for programming errors: invalid input or a base plan that
 * does not pass the rules.
 * @example
 * const r = await personalisePlan({ client: new OpenAI(), model: 'gpt-4o', input, basePlan: buildPlan(input), timeoutMs: 30_000 });
 * await savePlan(r.plan); log.info('plan', { source: r.source, repairs: r.repairs, reason: r.reason });
 */
export async function personalisePlan(args: PersonaliseArgs): Promise<PersonaliseResult> {
  const input = plannerInputSchema.parse(args.input);
  const baseViolations = checkPlan(args.basePlan, input);
  if (baseViolations.length > 0) {
    throw new PersonalisationError('the base plan breaks the training rules', baseViolations);
  }
  const fallback = (reason: string, usage: PersonaliseUsage | null, extra?: Partial<PersonaliseResult>) => ({
    plan: args.basePlan,
    source: 'deterministic' as const,
    repairs: [],
    violationsFound: [],
    usage,
    reason,
    ...extra,
  });

  const sdk = await loadOpenAI(); // already loaded by whoever made the client
  let completion: OpenAI.Chat.Completions.ChatCompletion;
  try {
    completion = await args.client.chat.completions.create(
      {
        model: args.model,
        temperature: 0.4,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          ...(args.language && args.language !== 'English'
            ? [
                {
                  role: 'system' as const,
                  content: `The runner reads ${args.language}: write every text field (titles, descriptions, notes, the coach note) in ${args.language}.`,
                },
              ]
            : []),
          { role: 'user', content: buildUserMessage(input, args.basePlan, args.runnerNotes) },
        ],
        response_format: await zodResponseFormatLazy(llmPersonalisationSchema, LLM_SCHEMA_NAME),
      },
      { signal: args.signal, ...(args.timeoutMs !== undefined ? { timeout: args.timeoutMs } : {}) },
    );
  } catch (err) {
    const reason = llmFailureReason(err, sdk);
    if (reason === undefined) throw err;
    return fallback(reason, null);
  }

  const usage: PersonaliseUsage | null = completion.usage
    ? {
        promptTokens: completion.usage.prompt_tokens,
        completionTokens: completion.usage.completion_tokens,
        totalTokens: completion.usage.total_tokens,
      }
    : null;
  const message = completion.choices?.[0]?.message;
  if (!message) return fallback('no choices in the response', usage);
  if (message.refusal) return fallback(`refusal: ${message.refusal}`, usage);
  if (!message.content) return fallback('empty response', usage);

  let personalisation: LlmPersonalisation;
  try {
    personalisation = llmPersonalisationSchema.parse(JSON.parse(message.content));
  } catch (err) {
    const what = err instanceof SyntaxError ? 'malformed JSON' : 'response does not match the schema';
    return fallback(
      `${what}${completion.choices[0]?.finish_reason === 'length' ? ' (truncated)' : ''}`,
      usage,
    );
  }

  const merged = mergeAdjustments(args.basePlan, personalisation, input);
  const violationsFound = checkPlan(merged.plan, input);
  if (violationsFound.length === 0) {
    return { plan: merged.plan, source: 'llm', repairs: merged.repairs, violationsFound, usage };
  }
  const repaired = repairPlan(merged.plan, args.basePlan, input);
  const repairs = [...merged.repairs, ...repaired.repairs];
  if (!repaired.ok) {
    return fallback(
      `unrepairable rule violations (${repaired.remaining.map((v) => v.code).join(', ')})`,
      usage,
      {
        repairs,
        violationsFound,
      },
    );
  }
  return { plan: repaired.plan, source: 'llm', repairs, violationsFound, usage };
}
