import assert from 'node:assert/strict';

/**
 * Asserts that a telegraf call fails with Telegram's exact error code and description.
 *
 * @example
 * await expectTelegramError(tg.sendMessage(1, ''), 400, 'Bad Request: message text is empty');
 */
export async function expectTelegramError(
  call: Promise<unknown>,
  code: number,
  description: string | RegExp,
  parameters?: Record<string, unknown>,
): Promise<void> {
  let failed = false;
  try {
    await call;
  } catch (e) {
    failed = true;
    const r = (e as { response?: { error_code?: number; description?: string; parameters?: object } })
      .response;
    assert.ok(r, `expected a TelegramError, got ${String(e)}`);
    assert.equal(r.error_code, code, `error_code for "${r.description}"`);
    if (typeof description === 'string') assert.equal(r.description, description);
    else assert.match(r.description ?? '', description);
    if (parameters) assert.deepEqual(r.parameters, parameters);
  }
  assert.ok(failed, `expected ${code} ${description}, but the call succeeded`);
}

/**
 * Raw Bot API call over HTTP (for encodings telegraf does not use); returns status and JSON body.
 *
 * @example
 * const { status, body } = await rawCall(`${apiRoot}/bot${token}/getMe`);
 */
export async function rawCall(
  url: string,
  init: RequestInit = {},
): Promise<{
  status: number;
  body: { ok: boolean; result?: unknown; error_code?: number; description?: string };
}> {
  const res = await fetch(url, init);
  return { status: res.status, body: (await res.json()) as never };
}
