import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../shared/config/index.js';

const TOKEN = '123456789:AAE_abcdefghijklmnopqrstuvwxyz012345';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    assert.ok(err instanceof ConfigError, 'expected a ConfigError');
    return err.problems.map((p) => p.variable);
  }
  assert.fail('expected the configuration to be rejected');
}

describe('config', () => {
  it('defaults to local mode: embedded database, sandbox, deterministic planner', () => {
    const config = loadConfig({});
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.telegram.local, true);
    assert.equal(config.telegram.apiRoot, 'http://127.0.0.1:8081');
    assert.equal(config.openai.apiKey, undefined);
    assert.equal(config.openai.model, 'gpt-4o');
    assert.equal(config.openai.visionModel, 'gpt-4o');
    assert.equal(config.port, 3000);
    assert.ok(config.logDir.endsWith('/logs'));
    assert.ok(config.dataDir.endsWith('/data'));
    assert.equal(config.logLevel, 'info');
    assert.equal(config.health.staleMs, 60_000);
    assert.equal(config.vision.maxPendingPerUser, 3);
    assert.equal(config.reminders.rate, 30);
  });

  it('production needs only the three variables', () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      OPENAI_API_KEY: 'sk-test-abcdefghijklmnop',
      DATABASE_URL: 'postgres://bot:dbpass-99-long@db.internal:5432/coach',
    });
    assert.equal(config.telegram.local, false);
    assert.equal(config.telegram.token, TOKEN);
    assert.equal(config.telegram.apiRoot, 'https://api.telegram.org');
    assert.deepEqual(
      [...config.secrets].sort(),
      [TOKEN, 'dbpass-99-long', 'sk-test-abcdefghijklmnop'].sort(),
    );
  });

  it('a short database password is not a redaction word (URLs are redacted by pattern)', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:25432/runcoach' });
    assert.deepEqual(config.secrets, []);
  });

  it('empty strings count as unset', () => {
    const config = loadConfig({ DATABASE_URL: '', TELEGRAM_BOT_TOKEN: ' ', OPENAI_API_KEY: '' });
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.telegram.local, true);
    assert.equal(config.openai.apiKey, undefined);
  });

  const invalid: Array<[string, string]> = [
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['TELEGRAM_BOT_TOKEN', 'not-a-token'],
    ['TELEGRAM_API_ROOT', 'api.telegram.org'],
    ['TELEGRAM_MODE', 'carrier-pigeon'],
    ['OPENAI_BASE_URL', 'localhost:1234'],
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['SANDBOX_PORT', '-1'],
    ['LOG_LEVEL', 'loud'],
    ['OPENAI_TIMEOUT_MS', '5'],
    ['SANDBOX_BOT_TOKEN', 'nope'],
    ['POLL_TIMEOUT_SEC', '90'],
    ['HEALTH_STALE_MS', 'soon'],
    ['WATCHDOG_STALE_MS', '10'],
    ['VISION_CONCURRENCY', '0'],
    ['VISION_MAX_PENDING_PER_USER', '1000'],
    ['REMINDER_RATE', '-5'],
    ['REMINDER_TICK_CRON', '* *'],
    ['SANDBOX_BOT_TOKEN', `123:${'a'.repeat(34)}`],
    ['SANDBOX_GLOBAL_RATE', '-1'],
    ['SANDBOX_CHAT_BURST', 'many'],
  ];
  for (const [name, value] of invalid) {
    it(`rejects ${name}=${value}`, () => {
      assert.deepEqual(problemsOf({ [name]: value }), [name]);
    });
  }

  it('the sandbox settings: defaults, empty values as unset, the global burst following the rate', () => {
    const defaults = loadConfig({}).sandbox;
    assert.deepEqual(defaults, {
      port: 8081,
      host: '127.0.0.1',
      token: undefined,
      botUsername: undefined,
      botName: undefined,
      flood: { globalRate: 30, globalBurst: 30, chatRate: 1, chatBurst: 3 },
    });
    const token = `4242:${'b'.repeat(35)}`;
    const set = loadConfig({
      SANDBOX_PORT: '9090',
      SANDBOX_HOST: '0.0.0.0',
      SANDBOX_BOT_TOKEN: token,
      SANDBOX_BOT_USERNAME: 'coach_bot',
      SANDBOX_BOT_NAME: '',
      SANDBOX_GLOBAL_RATE: '0.5',
      SANDBOX_CHAT_RATE: '',
      SANDBOX_CHAT_BURST: '0',
    }).sandbox;
    assert.deepEqual(set, {
      port: 9090,
      host: '0.0.0.0',
      token,
      botUsername: 'coach_bot',
      botName: undefined,
      flood: { globalRate: 0.5, globalBurst: 1, chatRate: 1, chatBurst: 0 },
    });
  });

  it('webhook mode needs WEBHOOK_URL', () => {
    assert.deepEqual(problemsOf({ TELEGRAM_MODE: 'webhook' }), ['WEBHOOK_URL']);
  });

  it('lists every problem in one message with a way to fix it', () => {
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
      assert.fail('expected rejection');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      assert.equal(err.problems.length, 3);
      assert.match(err.message, /3 problems/);
      assert.match(err.message, /PORT must be a number/);
      assert.match(err.message, /LOG_LEVEL must be one of/);
      assert.match(
        err.message,
        /DATABASE_URL must start with postgres:\/\/.*unset it to use the embedded database/,
      );
      assert.match(err.message, /README\.md/);
    }
  });
});
