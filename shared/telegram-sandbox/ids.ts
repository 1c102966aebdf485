import { randomBytes, randomInt } from 'node:crypto';

const TOKEN_RE = /^(\d{1,20}):[A-Za-z0-9_-]{35}$/;
const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * Generates a random bot token shaped like Telegram's: `<bot id>:<35 chars of [A-Za-z0-9_-]>`.
 *
 * @example
 * generateBotToken(); // '7312345678:AAF3...'
 */
export function generateBotToken(botId: number = randomInt(1_000_000_000, 8_000_000_000)): string {
  let secret = 'AA';
  const bytes = randomBytes(33);
  for (const b of bytes) secret += TOKEN_ALPHABET[b % 64];
  return `${botId}:${secret}`;
}

/**
 * Parses a token; returns the bot id or undefined when the shape is not Telegram's.
 *
 * @example
 * parseBotToken('123:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'); // 123
 */
export function parseBotToken(token: string): number | undefined {
  const m = TOKEN_RE.exec(token);
  return m ? Number(m[1]) : undefined;
}

/** Kind of stored file; decides the file_id prefix and the getFile folder. */
export type FileKind = 'photo' | 'document';

const KIND_BYTE: Record<FileKind, number> = { photo: 2, document: 5 };

/**
 * Makes a bot-specific file_id (base64url, ~70 chars, prefix by kind like Telegram: photos `Ag…`, documents `BQ…`).
 *
 * @example
 * makeFileId('photo', 123); // 'AgACAgIAAxkBAAI...'
 */
export function makeFileId(kind: FileKind, botId: number): string {
  const head = Buffer.from([KIND_BYTE[kind], 0, 0x02, 0x02, 0x00, 0x03, 0x19, 0x01]);
  const bot = Buffer.alloc(8);
  bot.writeBigUInt64BE(BigInt(botId));
  return Buffer.concat([head, bot, randomBytes(36)]).toString('base64url');
}

/**
 * Makes a file_unique_id (same for every bot and every size variant of the same bytes).
 *
 * @example
 * makeFileUniqueId(); // 'AQADr6cxGx4ABCD'
 */
export function makeFileUniqueId(): string {
  return `AQAD${randomBytes(9).toString('base64url')}`;
}

/**
 * Random starting update_id, like Telegram picks after a week of silence.
 *
 * @example
 * randomUpdateIdBase(); // 583920112
 */
export function randomUpdateIdBase(): number {
  return randomInt(100_000_000, 900_000_000);
}

/**
 * A callback_query id: a large decimal number as a string, like Telegram's.
 *
 * @example
 * makeCallbackQueryId(); // '4382017361847019301'
 */
export function makeCallbackQueryId(): string {
  return (BigInt(randomInt(1, 2 ** 47)) * 65536n + BigInt(randomInt(0, 65536))).toString();
}
