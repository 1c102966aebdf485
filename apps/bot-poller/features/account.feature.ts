import { Composer } from 'telegraf';
import { deleteUserData, exportUserData } from '../../../shared/account/index.js';
import type { BotContext } from '../../../shared/bot/index.js';
import { accountButtons } from '../../../shared/callbacks/index.js';
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
    ctx.t('account-delete-ask'),
    buttonsRow([
      [ctx.t('account-delete-yes'), DELETE_CONFIRM_DATA],
      [ctx.t('account-delete-no'), DELETE_ABORT_DATA],
    ]),
  );
});

accountFeature.action(DELETE_ABORT_DATA, (ctx) => {
  ctx.out.answerCallback(ctx.t('account-nothing-deleted'));
  const pressed = ctx.callbackQuery.message?.message_id;
  if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
  ctx.out.html(ctx.t('account-kept'));
});

accountFeature.action(DELETE_CONFIRM_DATA, async (ctx) => {
  const user = ctx.user;
  if (!user) return;
  const prompt = ctx.callbackQuery.message;
  const pressed = prompt?.message_id;
  if (!prompt || Date.now() / 1000 - prompt.date > CONFIRM_VALID_SECONDS) {
    ctx.out.answerCallback(ctx.t('account-expired'), true);
    if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
    return;
  }
  await deleteUserData(ctx.tx, {
    userId: user.id,
    chatIds: [user.chatId, user.id],
    currentUpdateId: ctx.update.update_id,
  });
  ctx.log.info('user deleted their data', { updateId: ctx.update.update_id });
  ctx.out.answerCallback(ctx.t('account-deleted-short'));
  if (pressed !== undefined) ctx.out.editMarkup(pressed, undefined);
  ctx.out.html(ctx.t('account-deleted'));
});

accountFeature.command('export', async (ctx) => {
  const user = ctx.user;
  if (!user) return;
  const data = await exportUserData(ctx.tx, user.id);
  const json = JSON.stringify(data, null, 2);
  const day = new Date().toISOString().slice(0, 10);
  ctx.out.document(
    Buffer.from(json, 'utf8'),
    `runcoach-export-${day}.json`,
    ctx.t(data.profile ? 'account-export' : 'account-export-no-profile'),
  );
});
