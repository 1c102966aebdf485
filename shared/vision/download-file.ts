import type { Telegram } from 'telegraf';
import { MAX_IMAGE_BYTES } from './image-file.js';
import { type RejectReason, ScreenshotRejectedError } from './screenshot-errors.js';

/** What {@link downloadTelegramFile} needs. @example const a: DownloadArgs = { telegram, apiRoot, token, fileId }; */
export interface DownloadArgs {
  readonly telegram: Pick<Telegram, 'getFile'>;
  /** Bot API root, e.g. `https://api.telegram.org`. */
  readonly apiRoot: string;
  readonly token: string;
  readonly fileId: string;
  readonly maxBytes?: number;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

function telegramDescription(err: unknown): { code?: number; description: string } {
  const e = err as { response?: { error_code?: number; description?: string } };
  return { code: e?.response?.error_code, description: e?.response?.description ?? String(err) };
}

/**
 * Downloads a user's file through getFile and `/file/bot<token>/<path>`, refusing anything over
 * `maxBytes` (default 10 MB; above that the refusal is `file_too_large`) before (declared size) and while (counted bytes) downloading. A file Telegram
 * calls too big or unknown throws {@link ScreenshotRejectedError}; network trouble throws as is (retry).
 * The URL holds the token and is never put into an error message.
 *
 * @example
 * const bytes = await downloadTelegramFile({ telegram, apiRoot, token, fileId, signal: job.signal });
 */
export async function downloadTelegramFile(args: DownloadArgs): Promise<Buffer> {
  const max = args.maxBytes ?? MAX_IMAGE_BYTES;
  // Past the image limit only activity files are accepted (bot-poller refuses larger images up front).
  const tooLarge: RejectReason = max > MAX_IMAGE_BYTES ? 'file_too_large' : 'too_large';
  let file: Awaited<ReturnType<Telegram['getFile']>>;
  try {
    file = await args.telegram.getFile(args.fileId);
  } catch (err) {
    const { code, description } = telegramDescription(err);
    if (code === 400 && /too big/i.test(description))
      throw new ScreenshotRejectedError(tooLarge, description);
    if (code === 400) throw new ScreenshotRejectedError('unavailable', description);
    throw new Error(`getFile failed: ${description}`);
  }
  if (file.file_size !== undefined && file.file_size > max) {
    throw new ScreenshotRejectedError(tooLarge, `file is ${file.file_size} bytes`);
  }
  if (!file.file_path) throw new ScreenshotRejectedError('unavailable', 'getFile returned no file_path');
  const url = `${args.apiRoot}/file/bot${args.token}/${file.file_path}`;
  const signals = [args.signal, AbortSignal.timeout(args.timeoutMs ?? 60_000)].filter(
    (s): s is AbortSignal => s !== undefined,
  );
  const response = await fetch(url, { signal: AbortSignal.any(signals) });
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new Error(`file download failed with HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > max) {
    await response.body.cancel();
    throw new ScreenshotRejectedError(tooLarge, `download is ${declared} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > max) {
      throw new ScreenshotRejectedError(tooLarge, `download exceeded ${max} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
