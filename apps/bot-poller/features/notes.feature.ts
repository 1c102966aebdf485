import { Composer } from 'telegraf';
import type { BotContext } from '../../../shared/bot/index.js';
import { loadConversation } from '../../../shared/conversation/index.js';
import {
  dialogStateSchema,
  escapeHtml,
  loadProfile,
  parseNotesCommand,
  renderNotes,
  renderNotesSaved,
  saveProfile,
  withNotes,
} from '../../../shared/profile/index.js';
import { PROFILE_KIND } from './profile.feature.js';

/**
 * /notes: what the coach should know (injuries, preferences). `/notes` shows them, `/notes <text>`
 * replaces them, `/notes clear` removes them — the same cleaning and 500-character cap as the profile
 * question. The plan is not rebuilt; the notes reach the coach with the next plan.
 *
 * @example
 * createUpdateRouter({ features: [helpFeature, notesFeature, profileFeature, …], … });
 */
export const notesFeature = new Composer<BotContext>();

notesFeature.command('notes', async (ctx) => {
  const user = ctx.user;
  if (!user) return;
  const profile = await loadProfile(ctx.tx, user.id, ctx.log);
  if (!profile) {
    ctx.out.html(ctx.t('notes-no-profile'));
    return;
  }
  const request = parseNotesCommand(ctx.message.text, ctx.t);
  if (request.kind === 'show') {
    ctx.out.html(renderNotes(profile, ctx.t));
    return;
  }
  if (request.kind === 'invalid') {
    ctx.out.html(escapeHtml(request.error));
    return;
  }
  // A profile edit in progress holds a copy of the profile: saving notes now would be undone by its Save.
  const dialog = await loadConversation(ctx.tx, user.id, PROFILE_KIND, dialogStateSchema);
  if (dialog.status === 'ok' || dialog.status === 'corrupt') {
    ctx.out.html(ctx.t('notes-dialog-open'));
    return;
  }
  const updated = withNotes(profile, request.kind === 'set' ? request.notes : undefined);
  await saveProfile(ctx.tx, user.id, updated);
  ctx.out.html(renderNotesSaved(updated, ctx.t));
});
