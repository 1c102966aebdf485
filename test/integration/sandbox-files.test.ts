import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../harness/sandbox.js';
import { expectTelegramError } from '../harness/sandbox-assert.js';
import { makePng } from '../harness/sandbox-images.js';

describe('sandbox: photos, documents, files', () => {
  let sb: TestSandbox;
  const CHAT = 4001;
  before(async () => {
    sb = await startSandbox({ flood: { chatRate: 0, globalRate: 0 } });
    await sb.user({ id: CHAT, first_name: 'Files' }).send('hi');
  });
  after(() => sb.close());

  it('sendPhoto by multipart upload returns PhotoSize variants; re-send by file_id; getFile + download', async () => {
    const tg = sb.telegram();
    const png = makePng(1000, 500);
    const m = await tg.sendPhoto(
      CHAT,
      { source: png, filename: 'chart.png' },
      { caption: '<b>Week</b> 1', parse_mode: 'HTML' },
    );
    const sizes = m.photo;
    assert.deepEqual(
      sizes.map((s) => [s.width, s.height]),
      [
        [90, 45],
        [320, 160],
        [800, 400],
        [1000, 500],
      ],
    );
    assert.equal(m.caption, 'Week 1');
    assert.deepEqual(m.caption_entities, [{ type: 'bold', offset: 0, length: 4 }]);
    const largest = sizes.at(-1)!;
    assert.match(largest.file_id, /^Ag[A-Za-z0-9_-]{60,}$/);
    assert.equal(new Set(sizes.map((s) => s.file_unique_id)).size, sizes.length);
    const again = await tg.sendPhoto(CHAT, largest.file_id);
    assert.deepEqual(again.photo, sizes, 're-sent photo keeps its sizes and ids');
    const file = await tg.getFile(largest.file_id);
    assert.match(file.file_path ?? '', /^photos\/file_\d+\.png$/);
    const link = await tg.getFileLink(file);
    assert.equal(link.origin, new URL(sb.apiRoot).origin);
    const res = await fetch(link);
    assert.equal(res.status, 200);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), png);
    const seen = (await sb.user({ id: CHAT }).chat()).messages.at(-1);
    assert.equal(seen?.message.photo?.at(-1)?.file_id, largest.file_id);
  });

  it('sendDocument upload and by file_id; type and identifier errors', async () => {
    const tg = sb.telegram();
    const data = Buffer.from('date,km\n2024-01-01,10\n');
    const m = await tg.sendDocument(CHAT, { source: data, filename: 'log.csv' });
    assert.equal(m.document.file_name, 'log.csv');
    assert.equal(m.document.mime_type, 'text/csv');
    assert.equal(m.document.file_size, data.length);
    assert.match(m.document.file_id, /^BQ/);
    const again = await tg.sendDocument(CHAT, m.document.file_id, { caption: 'again' });
    assert.equal(again.document.file_unique_id, m.document.file_unique_id);
    assert.equal(again.caption, 'again');
    await expectTelegramError(
      tg.sendPhoto(CHAT, m.document.file_id),
      400,
      "Bad Request: can't use file of type Document as Photo",
    );
    await expectTelegramError(
      tg.sendDocument(CHAT, 'AAAAnotanid'),
      400,
      'Bad Request: wrong file identifier/HTTP URL specified',
    );
    await expectTelegramError(
      tg.getFile('nope'),
      400,
      'Bad Request: wrong file identifier/HTTP URL specified',
    );
    await expectTelegramError(
      tg.sendPhoto(CHAT, { source: Buffer.from('not an image'), filename: 'x.jpg' }),
      400,
      'Bad Request: IMAGE_PROCESS_FAILED',
    );
    await expectTelegramError(
      tg.callApi('sendPhoto', { chat_id: CHAT } as never),
      400,
      'Bad Request: there is no photo in the request',
    );
    const other = await startSandbox();
    try {
      await other.user({ id: CHAT }).send('hi');
      await expectTelegramError(
        other.telegram().sendDocument(CHAT, m.document.file_id),
        400,
        'Bad Request: wrong file identifier/HTTP URL specified',
      );
    } finally {
      await other.close();
    }
  });

  it('getFile refuses files over 20 MB', async () => {
    const tg = sb.telegram();
    const big = await tg.sendDocument(CHAT, {
      source: Buffer.alloc(21 * 1024 * 1024, 1),
      filename: 'big.bin',
    });
    await expectTelegramError(tg.getFile(big.document.file_id), 400, 'Bad Request: file is too big');
  });

  it('a user photo reaches the bot with sizes read from the PNG header; the bot can download it', async () => {
    const tg = sb.telegram();
    const user = sb.user({ id: 4002, first_name: 'Shooter' });
    const png = makePng(640, 480);
    await user.sendPhoto(png, { fileName: 'watch.png', caption: 'my run' });
    const updates = await tg.getUpdates(0, 100, 0, undefined);
    const last = updates.at(-1);
    assert.ok(last && 'message' in last && 'photo' in last.message);
    const photo = last.message.photo;
    assert.deepEqual(photo.at(-1)?.width, 640);
    assert.deepEqual(photo.at(-1)?.height, 480);
    assert.equal('caption' in last.message ? last.message.caption : '', 'my run');
    const file = await tg.getFile(photo.at(-1)!.file_id);
    const res = await fetch(await tg.getFileLink(file));
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), png);
    await user.sendDocument(Buffer.from('%PDF-1.4'), { fileName: 'plan.pdf' });
    const [doc] = await tg.getUpdates(0, 100, last.update_id + 1, undefined);
    assert.ok(doc && 'message' in doc && 'document' in doc.message);
    assert.equal(doc.message.document.mime_type, 'application/pdf');
    await tg.getUpdates(0, 100, doc.update_id + 1, undefined);
  });
});
