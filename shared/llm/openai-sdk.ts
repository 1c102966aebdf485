import type OpenAI from 'openai';
import type { z } from 'zod';

/** The SDK's client class (its static members are the error classes: `APIError`, `APIConnectionError`…). */
export type OpenAIClass = typeof OpenAI;

let sdk: Promise<OpenAIClass> | undefined;
let helpers: Promise<typeof import('openai/helpers/zod')> | undefined;

/**
 * The OpenAI SDK, loaded on first use. Every app imports the planner and vision modules, but only the
 * ones that call a model need the SDK: reminder, web, the deterministic planner and OCR-only vision no
 * longer carry its ~10 MB of heap and code (`npm run bench`, (e)).
 *
 * @example
 * const OpenAI = await loadOpenAI();
 * const client = new OpenAI({ apiKey });
 * if (err instanceof OpenAI.APIError) …
 */
export function loadOpenAI(): Promise<OpenAIClass> {
  sdk ??= import('openai').then((m) => m.default);
  return sdk;
}

/**
 * A structured-output `response_format` for a zod schema (the SDK's `zodResponseFormat`), loading the
 * SDK's helper on first use.
 *
 * @example
 * const format = await zodResponseFormatLazy(answerSchema, 'workout_screenshot');
 */
export async function zodResponseFormatLazy<S extends z.ZodType>(schema: S, name: string) {
  helpers ??= import('openai/helpers/zod');
  const { zodResponseFormat } = await helpers;
  return zodResponseFormat(schema, name);
}
