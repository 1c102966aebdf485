import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { operatorAuthorized } from '../../shared/status/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { freePort } from '../harness/net.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';

const TOKEN = 'operators-only-0123456789abcdef';
const bearer = { authorization: `Bearer ${TOKEN}` };
const basic = { authorization: `Basic ${Buffer.from(`ops:${TOKEN}`).toString('base64')}` };

/** A non-loopback IPv4 address of this machine (a container always has one). */
function outsideAddress(): string {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  if (!address) throw new Error('no non-loopback IPv4 interface to test the binding with');
  return address;
}

describe('operators pages need STATUS_TOKEN; the web app binds to 127.0.0.1', () => {
  let sys: TestSystem;
  let base: string;
  let port: number;
  before(async () => {
    sys = await startTestSystem();
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    sys.start('bot-poller');
    sys.start('web', { PORT: String(port), STATUS_TOKEN: TOKEN });
    await waitUntil(
      async () => (await fetch(`${base}/livez`).catch(() => undefined))?.ok === true,
      30_000,
      'web',
    );
    await sys.waitForHeartbeat('bot-poller');
  });
  after(async () => {
    await sys.close();
    await stopEmbeddedAdminCluster();
  });

  it('/, /metrics and /chat answer 401 without the token, even from 127.0.0.1, and serve it with it', async () => {
    for (const path of ['/', '/metrics', '/chat']) {
      const anonymous = await fetch(`${base}${path}`);
      assert.equal(anonymous.status, 401, path);
      assert.match(anonymous.headers.get('www-authenticate') ?? '', /^Basic realm=/);
      assert.doesNotMatch(await anonymous.text(), /bot-poller|runcoach_/, `${path} leaks nothing`);
      const wrong = await fetch(`${base}${path}`, {
        headers: { authorization: 'Bearer not-the-token-at-all' },
      });
      assert.equal(wrong.status, 401, `${path} with a wrong token`);
      for (const headers of [bearer, basic]) {
        const res = await fetch(`${base}${path}`, { headers });
        assert.equal(res.status, 200, `${path} with ${headers.authorization.split(' ')[0]}`);
      }
    }
    assert.match(await (await fetch(`${base}/`, { headers: bearer })).text(), /Running coach — status/);
  });

  it('/healthz and /livez stay open with their bare status code; details only with the token', async () => {
    await waitUntil(
      async () => (await fetch(`${base}/healthz`, { headers: bearer })).status === 200,
      30_000,
      'healthy',
    );
    const anonymous = await fetch(`${base}/healthz`);
    assert.equal(anonymous.status, 200);
    assert.deepEqual(await anonymous.json(), { status: 'ok' });
    const detailed = (await (await fetch(`${base}/healthz`, { headers: bearer })).json()) as Record<
      string,
      unknown
    >;
    assert.ok('apps' in detailed && 'poller' in detailed, 'details with the token');
    const live = await fetch(`${base}/livez`);
    assert.equal(live.status, 200);
    assert.deepEqual(await live.json(), { status: 'ok' }, 'no pid or uptime for strangers');
  });

  it("a runner's calendar feed needs no operator token (its secret is the key): a wrong secret is 404, not 401", async () => {
    const res = await fetch(`${base}/calendar/not-a-real-secret.ics`);
    assert.equal(res.status, 404);
    const other = await fetch(`${base}/calendar/not-a-real-secret.txt`);
    assert.equal(other.status, 401, 'only the .ics feed path is open');
  });

  it('listens on 127.0.0.1 only by default', async () => {
    const outside = await fetch(`http://${outsideAddress()}:${port}/livez`).catch((err: Error) => err);
    assert.ok(outside instanceof Error, 'not reachable on another interface');
  });

  it('constant-time token check: bearer, basic (any user), nothing else', () => {
    assert.equal(operatorAuthorized(`Bearer ${TOKEN}`, TOKEN), true);
    assert.equal(operatorAuthorized(basic.authorization, TOKEN), true);
    assert.equal(operatorAuthorized(`Bearer ${TOKEN}x`, TOKEN), false);
    assert.equal(operatorAuthorized(`Token ${TOKEN}`, TOKEN), false);
    assert.equal(operatorAuthorized(`Basic ${Buffer.from(TOKEN).toString('base64')}`, TOKEN), false);
    assert.equal(operatorAuthorized(undefined, TOKEN), false);
  });
});

describe('webhook mode without STATUS_TOKEN', () => {
  after(() => stopEmbeddedAdminCluster());

  it('the web app refuses to start with a clear message (exit 78, not restarted by PM2)', async () => {
    const sys = await startTestSystem({
      env: { TELEGRAM_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.com' },
    });
    try {
      const web = sys.start('web', { PORT: String(await freePort()) });
      const { code } = await web.exited;
      assert.equal(code, 78);
      assert.match(web.output(), /STATUS_TOKEN is required when TELEGRAM_MODE=webhook/);
    } finally {
      await sys.close();
    }
  });
});
