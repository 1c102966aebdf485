import { Composer } from 'telegraf';
import { message } from 'telegraf/filters';
import type { BotContext, BotUser } from '../../../shared/bot/index.js';
import { profileEditButtons } from '../../../shared/callbacks/index.js';
import {
  clearConversation,
  loadConversation,
  promptMessageId,
  promptOutgoingId,
  saveConversation,
  setPrompt,
} from '../../../shared/conversation/index.js';
import {
  botCommands,
  currentQuestion,
  type DialogInput,
  type DialogReply,
  type DialogResult,
  type DialogState,
  dialogStateSchema,
  escapeHtml,
  handleInput,
  loadProfile,
  localToday,
  parseCallback,
  profileCallbacks,
  type RunnerProfile,
  renderProfileSummary,
  saveProfile,
  startDialog,
  startEditMenu,
} from '../../../shared/profile/index.js';
import { buttonsRow, toInlineKeyboard } from './keyboards.js';
import { affectsPlan, offerRebuild } from './rebuild.feature.js';

/** `conversation_state.kind` of the profile dialog. @example PROFILE_KIND; // 'profile' */
export const PROFILE_KIND = 'profile';

/** Callback data of the "✏️ Edit" button under the /profile summary. @example EDIT_PROFILE_DATA; // 'pe:edit' */
export const EDIT_PROFILE_DATA = profileEditButtons.encode('edit');

/** Commands other features own: typed mid-dialog, they go on to those features instead of the dialog. */
const OTHER_COMMANDS = new Set(
  botCommands.map((c) => c.command).filter((c) => !['start', 'profile', 'cancel', 'back'].includes(c)),
);

/**
 * The runner-profile dialog wired into the bot: /start, /profile (summary + Edit), /back, /cancel,
 * typed answers and `p1:` buttons. The state lives in `conversation_state` (kind `profile`), written in
 * the update's transaction, so a crash at any point resumes at the last committed question. Text that is
 * not part of a dialog goes on to the next feature.
 *
 * @example
 * createUpdateRouter({ features: [helpFeature, accountFeature, profileFeature, fallbackFeature], … });
 */
export const profileFeature = new Composer<BotContext>();

type Loaded =
  | { readonly kind: 'none' }
  | { readonly kind: 'other' }
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'ok'; readonly state: DialogState };

async function loadDialog(ctx: BotContext, user: BotUser): Promise<Loaded> {
  const found = await loadConversation(ctx.tx, user.id, PROFILE_KIND, dialogStateSchema);
  if (found.status === 'ok') return { kind: 'ok', state: found.state };
  if (found.status === 'corrupt') {
    ctx.log.warn('stored profile dialog state fails the schema; restarting the dialog', {
      userId: user.id,
      error: found.error,
    });
    return { kind: 'corrupt' };
  }
  return found.status === 'none' ? { kind: 'none' } : { kind: 'other' };
}

/**
 * Removes the buttons of the question asked before, so a question answered by typing (or asked again)
 * leaves no live buttons behind; the message the runner just pressed is edited by the turn itself.
 */
async function retirePrompt(ctx: BotContext, user: BotUser): Promise<void> {
  const prompt = await promptOutgoingId(ctx.tx, user.id);
  if (prompt === undefined) return;
  const shown = await promptMessageId(ctx.tx, user.id);
  const pressed = ctx.callbackQuery?.message?.message_id;
  if (shown === undefined) {
    // Seen by the runner, perhaps, but its "sent" mark is not recorded yet: the sender resolves it.
    ctx.out.editMarkupOfOutgoing(prompt, undefined);
  } else if (shown !== pressed) {
    ctx.out.editMarkup(shown, undefined);
  }
}

/** Asks the dialog's question (needs the saved state): its buttons become the only live ones. */
async function ask(ctx: BotContext, user: BotUser, reply: DialogReply): Promise<void> {
  await retirePrompt(ctx, user);
  const keyboard = toInlineKeyboard(reply.keyboard);
  if (!keyboard) {
    ctx.out.html(reply.text);
    await setPrompt(ctx.tx, user.id, null);
    return;
  }
  await setPrompt(ctx.tx, user.id, await ctx.out.htmlNow(reply.text, keyboard));
}

/** Ends the dialog: its last question's buttons go, then its state. */
async function endDialog(ctx: BotContext, user: BotUser): Promise<void> {
  await retirePrompt(ctx, user);
  await clearConversation(ctx.tx, user.id, PROFILE_KIND);
}

function sendSummary(ctx: BotContext, profile: RunnerProfile, prefix?: string): void {
  const text = `${prefix ? `${prefix}\n\n` : ''}${renderProfileSummary(profile, ctx.t)}`;
  ctx.out.html(text, buttonsRow([[ctx.t('profile-edit-button'), EDIT_PROFILE_DATA]]));
}

/** Corrupt or outdated state: drop it and start over politely (or show the saved profile). */
async function restartAfterCorrupt(ctx: BotContext, user: BotUser): Promise<void> {
  const profile = await loadProfile(ctx.tx, user.id, ctx.log);
  if (profile) {
    await endDialog(ctx, user);
    sendSummary(ctx, profile, ctx.t('profile-lost-change'));
    return;
  }
  const state = startDialog();
  await saveConversation(ctx.tx, user.id, PROFILE_KIND, state);
  await ask(ctx, user, currentQuestion(state, ctx.t('profile-lost-place'), ctx.t));
}

/** Persists the finished profile, ends the dialog and says what comes next. */
async function finish(
  ctx: BotContext,
  user: BotUser,
  before: DialogState,
  result: DialogResult,
): Promise<void> {
  const profile = result.reply.done!;
  const previous = await loadProfile(ctx.tx, user.id, ctx.log);
  await saveProfile(ctx.tx, user.id, profile);
  await endDialog(ctx, user);
  // An edit that changes the plan's inputs: show what a rebuild would change, with Apply / Keep.
  const today = localToday(new Date(), profile.timeZone);
  if (before.mode !== 'create' && previous && affectsPlan(previous, profile, today)) {
    if (await offerRebuild(ctx, profile, result.reply.text)) return;
  }
  const next = ctx.t(before.mode === 'create' ? 'profile-next-create' : 'profile-next-edit');
  ctx.out.html(`${result.reply.text}\n\n${next}`);
}

/**
 * One dialog turn: invalid answers store nothing and re-ask; accepted ones are stored and answered. A
 * pressed button is always answered; day toggles (`inPlace`) edit their message, other answered questions
 * lose their keyboard so old buttons cannot be pressed again.
 */
async function turn(ctx: BotContext, user: BotUser, state: DialogState, input: DialogInput): Promise<void> {
  const result = handleInput(state, input, { now: new Date(), t: ctx.t });
  const pressed = ctx.callbackQuery?.message?.message_id;
  if (result.outcome === 'invalid') {
    ctx.out.answerCallback(ctx.t('profile-nothing-changed'));
    // The question is asked anew below: the pressed message (this question's or an earlier one's) and
    // the current question lose their buttons, so only the new asking has any.
    if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
    await ask(ctx, user, result.reply);
    return;
  }
  ctx.out.answerCallback();
  if (result.reply.done) {
    if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
    await finish(ctx, user, state, result);
    return;
  }
  await saveConversation(ctx.tx, user.id, PROFILE_KIND, result.state);
  if (pressed !== undefined && result.inPlace) {
    ctx.out.editHtml(pressed, result.reply.text, toInlineKeyboard(result.reply.keyboard));
    return;
  }
  if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
  await ask(ctx, user, result.reply);
}

profileFeature.command('start', async (ctx) => {
  const user = ctx.user;
  if (!user) return;
  const loaded = await loadDialog(ctx, user);
  if (loaded.kind === 'corrupt') return restartAfterCorrupt(ctx, user);
  if (loaded.kind === 'ok') {
    await ask(ctx, user, currentQuestion(loaded.state, ctx.t('profile-welcome-resume'), ctx.t));
    return;
  }
  const profile = await loadProfile(ctx.tx, user.id, ctx.log);
  if (profile) {
    const name = escapeHtml(user.firstName) || 'none';
    const welcome = ctx.t('profile-welcome-back', { name });
    ctx.out.html(
      `${welcome}\n\n${renderProfileSummary(profile, ctx.t)}\n\n${ctx.t('profile-main-commands')}`,
    );
    return;
  }
  const state = startDialog();
  await saveConversation(ctx.tx, user.id, PROFILE_KIND, state);
  await ask(ctx, user, currentQuestion(state, undefined, ctx.t));
});

profileFeature.command('profile', async (ctx) => {
  const user = ctx.user;
  if (!user) return;
  const loaded = await loadDialog(ctx, user);
  if (loaded.kind === 'corrupt') return restartAfterCorrupt(ctx, user);
  const profile = await loadProfile(ctx.tx, user.id, ctx.log);
  if (loaded.kind === 'ok' && (!profile || loaded.state.mode === 'create')) {
    await ask(ctx, user, currentQuestion(loaded.state, ctx.t('profile-unfinished'), ctx.t));
    return;
  }
  if (!profile) {
    ctx.out.html(ctx.t('profile-none-yet'));
    return;
  }
  // An unfinished edit is dropped: the summary shows what is saved, and Edit starts afresh.
  if (loaded.kind === 'ok') await endDialog(ctx, user);
  sendSummary(ctx, profile);
});

profileFeature.command('cancel', async (ctx, next) => {
  const user = ctx.user;
  if (!user) return;
  const loaded = await loadDialog(ctx, user);
  if (loaded.kind === 'other') return next(); // another feature's form: its own /cancel handles it
  if (loaded.kind === 'none') {
    ctx.out.html(ctx.t('profile-nothing-to-cancel'));
    return;
  }
  await endDialog(ctx, user);
  ctx.out.html(ctx.t('profile-cancelled'));
});

profileFeature.command('back', async (ctx, next) => {
  const user = ctx.user;
  if (!user) return;
  const loaded = await loadDialog(ctx, user);
  if (loaded.kind === 'other') return next();
  if (loaded.kind === 'corrupt') return restartAfterCorrupt(ctx, user);
  if (loaded.kind === 'none') {
    ctx.out.html(ctx.t('profile-nothing-to-back'));
    return;
  }
  await turn(ctx, user, loaded.state, { kind: 'text', text: '/back' }); // handleInput → back()
});

profileFeature.action(EDIT_PROFILE_DATA, async (ctx) => {
  const user = ctx.user;
  if (!user) return;
  const profile = await loadProfile(ctx.tx, user.id, ctx.log);
  if (!profile) {
    ctx.out.answerCallback(ctx.t('profile-no-profile-button'));
    return;
  }
  const { state, reply } = startEditMenu(profile, ctx.t);
  await saveConversation(ctx.tx, user.id, PROFILE_KIND, state);
  ctx.out.answerCallback();
  const pressed = ctx.callbackQuery.message?.message_id;
  if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
  await ask(ctx, user, reply);
});

profileFeature.action(profileCallbacks.pattern, async (ctx) => {
  const user = ctx.user;
  if (!user) return;
  const loaded = await loadDialog(ctx, user);
  if (loaded.kind === 'corrupt') {
    ctx.out.answerCallback();
    return restartAfterCorrupt(ctx, user);
  }
  const data = 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  if (loaded.kind !== 'ok') {
    // No profile dialog is running: the button is from a finished or cancelled one (or forged).
    const known = parseCallback(data) !== undefined;
    ctx.out.answerCallback(ctx.t(known ? 'profile-questions-finished' : 'profile-forged'));
    const pressed = ctx.callbackQuery.message?.message_id;
    if (known && pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
    return;
  }
  await turn(ctx, user, loaded.state, { kind: 'button', data });
});

profileFeature.on(message('text'), async (ctx, next) => {
  const user = ctx.user;
  if (!user) return next();
  const text = ctx.message.text;
  const command = /^\/([a-z0-9_]+)(@\w+)?(\s|$)/i.exec(text.trim())?.[1]?.toLowerCase();
  if (command && OTHER_COMMANDS.has(command)) return next();
  const loaded = await loadDialog(ctx, user);
  if (loaded.kind === 'none' || loaded.kind === 'other') return next();
  if (loaded.kind === 'corrupt') return restartAfterCorrupt(ctx, user);
  await turn(ctx, user, loaded.state, { kind: 'text', text });
});
