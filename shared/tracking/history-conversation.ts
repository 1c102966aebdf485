import { z } from 'zod';

/** `conversation_state.kind` of the history forms. @example HISTORY_KIND // 'history' */
export const HISTORY_KIND = 'history';

/**
 * Where a runner is in a history form: sending the (optional) time after "As planned", or the corrected
 * numbers of a recorded run.
 *
 * @example
 * historyConversationSchema.parse({ step: 'time', completionId: 17 });
 */
export const historyConversationSchema = z.object({
  step: z.enum(['time', 'edit']),
  completionId: z.number().int().positive(),
});
/** @example const s: HistoryConversation = { step: 'edit', completionId: 17 }; */
export type HistoryConversation = z.infer<typeof historyConversationSchema>;
