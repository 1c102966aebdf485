import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../harness/sandbox.js';
import { expectTelegramError } from '../harness/sandbox-assert.js';

describe('sandbox: messages through telegraf', () => {
  let sb: TestSandbox;
  const ANN = 2001;
  before(async () => {
    sb = await startSandbox({ flood: { chatRate: 0, globalRate: 0 } });
    await sb.user({ id: ANN, first_name: 'Ann', username: 'ann_runs' }).send('/start');
  });
  after(() => sb.close());

  it('getMe returns the bot user', async () => {
    const me = await sb.telegram().getMe();
    assert.equal(me.is_bot, true);
    assert.equal(me.id, Number(sb.token.split(':')[0]));
    assert.equal(me.username, sb.botUser.username);
  });

  it('sendMessage returns a full Message with entities (HTML, MarkdownV2, Markdown) and detected commands', async () => {
    const tg = sb.telegram();
    const html = await tg.sendMessage(
      ANN,
      '<b>Week 1</b> &amp; <i>easy</i> <a href="https://example.com/x">plan</a> /plan',
      {
        parse_mode: 'HTML',
      },
    );
    assert.equal(html.text, 'Week 1 & easy plan /plan');
    assert.equal(html.chat.id, ANN);
    assert.equal(html.chat.type, 'private');
    assert.equal(html.from?.id, sb.botUser.id);
    assert.deepEqual(html.entities, [
      { type: 'bold', offset: 0, length: 6 },
      { type: 'italic', offset: 9, length: 4 },
      { type: 'text_link', offset: 14, length: 4, url: 'https://example.com/x' },
      { type: 'bot_command', offset: 19, length: 5 },
    ]);
    const v2 = await tg.sendMessage(ANN, '*Pace* 5:30\\-6:00 _per km_\\!', { parse_mode: 'MarkdownV2' });
    assert.equal(v2.text, 'Pace 5:30-6:00 per km!');
    assert.deepEqual(v2.entities, [
      { type: 'bold', offset: 0, length: 4 },
      { type: 'italic', offset: 15, length: 6 },
    ]);
    const md = await tg.sendMessage(ANN, '*bold* and `code`', { parse_mode: 'Markdown' });
    assert.equal(md.text, 'bold and code');
    assert.deepEqual(md.entities, [
      { type: 'bold', offset: 0, length: 4 },
      { type: 'code', offset: 9, length: 4 },
    ]);
    const emoji = await tg.sendMessage(ANN, '🏃 <b>run</b>', { parse_mode: 'HTML' });
    assert.deepEqual(emoji.entities, [{ type: 'bold', offset: 3, length: 3 }], 'offsets are UTF-16');
  });

  it('rejects malformed entities with Telegram descriptions', async () => {
    const tg = sb.telegram();
    const bad = "Bad Request: can't parse entities: ";
    await expectTelegramError(
      tg.sendMessage(ANN, '<foo>x</foo>', { parse_mode: 'HTML' }),
      400,
      `${bad}Unsupported start tag "foo" at byte offset 0`,
    );
    await expectTelegramError(
      tg.sendMessage(ANN, 'ok <br>', { parse_mode: 'HTML' }),
      400,
      `${bad}Unsupported start tag "br" at byte offset 3`,
    );
    await expectTelegramError(
      tg.sendMessage(ANN, '<b>x', { parse_mode: 'HTML' }),
      400,
      `${bad}Can't find end tag corresponding to start tag "b"`,
    );
    await expectTelegramError(
      tg.sendMessage(ANN, '<b>x</i>', { parse_mode: 'HTML' }),
      400,
      `${bad}Unmatched end tag at byte offset 4, expected "</b>", found "</i>"`,
    );
    await expectTelegramError(
      tg.sendMessage(ANN, 'Done. Great', { parse_mode: 'MarkdownV2' }),
      400,
      `${bad}Character '.' is reserved and must be escaped with the preceding '\\'`,
    );
    await expectTelegramError(
      tg.sendMessage(ANN, 'ok *bold', { parse_mode: 'MarkdownV2' }),
      400,
      `${bad}Can't find end of Bold entity at byte offset 3`,
    );
    await expectTelegramError(
      tg.sendMessage(ANN, 'a *b', { parse_mode: 'Markdown' }),
      400,
      `${bad}Can't find end of the entity starting at byte offset 2`,
    );
    await expectTelegramError(
      tg.sendMessage(ANN, 'x', { parse_mode: 'Textile' as 'HTML' }),
      400,
      'Bad Request: unsupported parse_mode',
    );
  });

  it('enforces empty text and the 4096-character limit after parsing', async () => {
    const tg = sb.telegram();
    await expectTelegramError(tg.sendMessage(ANN, ''), 400, 'Bad Request: message text is empty');
    await expectTelegramError(tg.sendMessage(ANN, '  \n '), 400, 'Bad Request: message text is empty');
    await expectTelegramError(
      tg.sendMessage(ANN, '<b></b>', { parse_mode: 'HTML' }),
      400,
      'Bad Request: message text is empty',
    );
    const ok = await tg.sendMessage(ANN, `<b>${'x'.repeat(4096)}</b>`, { parse_mode: 'HTML' });
    assert.equal(ok.text?.length, 4096, 'tags do not count');
    await expectTelegramError(tg.sendMessage(ANN, 'x'.repeat(4097)), 400, 'Bad Request: message is too long');
  });

  it('validates chat ids: missing, unknown, never started, blocked', async () => {
    const tg = sb.telegram();
    await expectTelegramError(
      tg.callApi('sendMessage', { text: 'x' } as never),
      400,
      'Bad Request: chat_id is empty',
    );
    await expectTelegramError(tg.sendMessage(999_999, 'x'), 400, 'Bad Request: chat not found');
    const silent = sb.user({ id: 2002, first_name: 'Silent' });
    await silent.info();
    await expectTelegramError(
      tg.sendMessage(2002, 'x'),
      403,
      "Forbidden: bot can't initiate conversation with a user",
    );
    const bob = sb.user({ id: 2003, first_name: 'Bob' });
    await bob.send('hi');
    await tg.sendMessage(2003, 'hello');
    await bob.block();
    await expectTelegramError(
      tg.sendMessage(2003, 'still there?'),
      403,
      'Forbidden: bot was blocked by the user',
    );
    await bob.unblock();
    await tg.sendMessage(2003, 'welcome back');
  });

  it('inline keyboards, reply keyboards, remove_keyboard, force_reply and BUTTON_DATA_INVALID', async () => {
    const tg = sb.telegram();
    const ann = sb.user({ id: ANN });
    const m = await tg.sendMessage(ANN, 'Pick', {
      reply_markup: {
        inline_keyboard: [
          [
            { text: 'A', callback_data: 'a' },
            { text: 'Site', url: 'https://example.com' },
          ],
        ],
      },
    });
    assert.deepEqual(m.reply_markup?.inline_keyboard[0]?.[0], { text: 'A', callback_data: 'a' });
    await expectTelegramError(
      tg.sendMessage(ANN, 'x', {
        reply_markup: { inline_keyboard: [[{ text: 'L', callback_data: 'x'.repeat(65) }]] },
      }),
      400,
      'Bad Request: BUTTON_DATA_INVALID',
    );
    await expectTelegramError(
      tg.sendMessage(ANN, 'x', { reply_markup: { inline_keyboard: [[{ text: 'E', callback_data: '' }]] } }),
      400,
      'Bad Request: BUTTON_DATA_INVALID',
    );
    const k = await tg.sendMessage(ANN, 'Days?', {
      reply_markup: {
        keyboard: [[{ text: 'Mon' }, { text: 'Tue' }]],
        resize_keyboard: true,
        one_time_keyboard: true,
      },
    });
    assert.equal(k.reply_markup, undefined, 'Telegram only echoes inline keyboards');
    let view = await ann.chat();
    assert.deepEqual(view.reply_keyboard?.keyboard, [[{ text: 'Mon' }, { text: 'Tue' }]]);
    await tg.sendMessage(ANN, 'Thanks', { reply_markup: { remove_keyboard: true } });
    view = await ann.chat();
    assert.equal(view.reply_keyboard, null);
    await tg.sendMessage(ANN, 'Your weight?', {
      reply_markup: { force_reply: true, input_field_placeholder: 'kg' },
    });
    assert.deepEqual((await ann.chat()).force_reply, { placeholder: 'kg' });
  });

  it('editMessageText / editMessageReplyMarkup / deleteMessage with Telegram errors', async () => {
    const tg = sb.telegram();
    const ann = sb.user({ id: ANN });
    const kb = { inline_keyboard: [[{ text: 'Go', callback_data: 'go' }]] };
    const m = await tg.sendMessage(ANN, 'Draft', { reply_markup: kb });
    const edited = await tg.editMessageText(ANN, m.message_id, undefined, '<b>Final</b>', {
      parse_mode: 'HTML',
      reply_markup: kb,
    });
    assert.ok(edited !== true);
    assert.equal(edited.text, 'Final');
    assert.ok(edited.edit_date);
    assert.deepEqual(edited.entities, [{ type: 'bold', offset: 0, length: 5 }]);
    await expectTelegramError(
      tg.editMessageText(ANN, m.message_id, undefined, '<b>Final</b>', {
        parse_mode: 'HTML',
        reply_markup: kb,
      }),
      400,
      /^Bad Request: message is not modified: specified new message content and reply markup are exactly the same/,
    );
    await expectTelegramError(
      tg.editMessageText(ANN, 99_999, undefined, 'x'),
      400,
      'Bad Request: message to edit not found',
    );
    const noKb = await tg.editMessageReplyMarkup(ANN, m.message_id, undefined, undefined);
    assert.ok(noKb !== true);
    assert.equal('reply_markup' in noKb, false);
    await expectTelegramError(
      tg.editMessageReplyMarkup(ANN, m.message_id, undefined, undefined),
      400,
      /^Bad Request: message is not modified/,
    );
    const seen = (await ann.chat()).messages.find((x) => x.message_id === m.message_id);
    assert.equal(seen?.text, 'Final', 'edits are reflected user-side');
    assert.equal(await tg.deleteMessage(ANN, m.message_id), true);
    assert.equal(
      (await ann.chat()).messages.some((x) => x.message_id === m.message_id),
      false,
    );
    await expectTelegramError(
      tg.deleteMessage(ANN, m.message_id),
      400,
      'Bad Request: message to delete not found',
    );
  });

  it('callback queries: press → update → answerCallbackQuery stored; unknown ids rejected', async () => {
    const tg = sb.telegram();
    const ann = sb.user({ id: ANN });
    const m = await tg.sendMessage(ANN, 'Goal?', {
      reply_markup: { inline_keyboard: [[{ text: 'Marathon', callback_data: 'goal:42' }]] },
    });
    const before = await tg.getUpdates(0, 100, 0, undefined);
    const offset = (before.at(-1)?.update_id ?? 0) + 1;
    const q = await ann.press(m.message_id, 'Marathon');
    const [u] = await tg.getUpdates(0, 100, offset, undefined);
    assert.ok(u && 'callback_query' in u);
    assert.equal(u.callback_query.id, q.callback_query_id);
    assert.equal(u.callback_query.from.id, ANN);
    assert.equal(u.callback_query.message?.message_id, m.message_id);
    assert.equal('data' in u.callback_query ? u.callback_query.data : undefined, 'goal:42');
    assert.equal(await tg.answerCbQuery(q.callback_query_id, 'Saved!'), true);
    const answer = await ann.waitForAnswer(q);
    assert.equal(answer.text, 'Saved!');
    const bad = 'Bad Request: query is too old and response timeout expired or query ID is invalid';
    await expectTelegramError(tg.answerCbQuery('12345', 'x'), 400, bad);
    await expectTelegramError(tg.answerCbQuery(q.callback_query_id, 'again'), 400, bad);
  });

  it('sendChatAction, bot commands', async () => {
    const tg = sb.telegram();
    assert.equal(await tg.sendChatAction(ANN, 'typing'), true);
    assert.equal((await sb.user({ id: ANN }).chat()).chat_action?.action, 'typing');
    await expectTelegramError(
      tg.sendChatAction(ANN, 'dancing' as 'typing'),
      400,
      'Bad Request: wrong parameter action in request',
    );
    assert.deepEqual(await tg.getMyCommands(), []);
    await tg.setMyCommands([
      { command: 'start', description: 'Start' },
      { command: 'plan', description: 'My plan' },
    ]);
    await tg.setMyCommands([{ command: 'start', description: 'Начать' }], { language_code: 'ru' });
    assert.deepEqual(await tg.getMyCommands(), [
      { command: 'start', description: 'Start' },
      { command: 'plan', description: 'My plan' },
    ]);
    assert.deepEqual(await tg.getMyCommands({ language_code: 'ru' }), [
      { command: 'start', description: 'Начать' },
    ]);
    await expectTelegramError(
      tg.setMyCommands([{ command: 'Bad Command', description: 'x' }]),
      400,
      'Bad Request: BOT_COMMAND_INVALID',
    );
    assert.equal(await tg.deleteMyCommands(), true);
    assert.deepEqual(await tg.getMyCommands(), []);
  });
});
