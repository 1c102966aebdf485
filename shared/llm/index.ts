/**
 * Access to the OpenAI SDK, loaded only by the processes that call a model.
 *
 * @example
 * import { loadOpenAI } from '../llm/index.js';
 */
export { loadOpenAI, type OpenAIClass, zodResponseFormatLazy } from './openai-sdk.js';
