import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLogger, REDACTED, redactText, redactValue } from '../../shared/log/index.js';

const TOKEN = '987654321:AAH-secretsecretsecretsecretsecret_xyz';
const KEY = 'sk-proj-Abcdefghijklmnopqrstuvwxyz0123456789';

describe('redaction', () => {
  it('removes a token from a message', () => {
    assert.equal(redactText(`token is ${TOKEN}.`), `token is ${REDACTED}.`);
  });

  it('removes a token inside a Bot API URL', () => {
    const out = redactText(`request to https://api.telegram.org/bot${TOKEN}/getUpdates failed`);
    assert.equal(out, `request to https://api.telegram.org/bot${REDACTED}/getUpdates failed`);
  });

  it('removes sk- keys, URL passwords and configured secrets', () => {
    assert.equal(redactText(`key=${KEY}`), `key=${REDACTED}`);
    assert.equal(redactText('postgres://bot:hunter2@db/x'), `postgres://bot:${REDACTED}@db/x`);
    assert.equal(redactText('custom s3cr3t-value here', ['s3cr3t-value']), `custom ${REDACTED} here`);
  });

  it('walks errors, stacks, causes and nested objects', () => {
    const err = new Error(`409: Conflict at https://api.telegram.org/bot${TOKEN}/getUpdates`, {
      cause: new Error(`inner ${KEY}`),
    });
    const out = JSON.stringify(redactValue({ err, nested: [{ url: `/bot${TOKEN}/x` }] }));
    assert.ok(!out.includes(TOKEN) && !out.includes(KEY), out);
    assert.ok(out.includes('getUpdates'));
  });

  it('the log file never contains the token, even from an error stack or meta', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redact-'));
    const log = createLogger({ app: 'redact-test', dir, console: false, secrets: ['my-db-password'] });
    const err = new Error(`GET https://api.telegram.org/bot${TOKEN}/getMe failed`);
    log.error('telegram call failed', { err });
    log.error(err);
    log.warn(`plain ${TOKEN} and ${KEY}`, { url: `http://x/bot${TOKEN}/`, password: 'my-db-password' });
    log.info('splat %s', TOKEN);
    await new Promise<void>((resolve) => {
      log.on('finish', resolve);
      log.end();
    });
    const text = readFileSync(join(dir, 'redact-test.log'), 'utf8');
    assert.equal(text.trim().split('\n').length, 4, text);
    for (const secret of [TOKEN, KEY, 'my-db-password', 'secretsecret']) {
      assert.ok(!text.includes(secret), `log contains ${secret}: ${text}`);
    }
    assert.ok(text.includes('getMe failed'), 'the rest of the message survives');
    for (const line of text.trim().split('\n')) JSON.parse(line); // JSON lines
  });
});
