import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';
import { artifactsDir, freePort, invalidPrometheusLines, launchChromium } from '../harness/web-helpers.js';

/** Text of an element ('' when it has none). */
const text = async (l: Locator) => (await l.textContent()) ?? '';

const NAME = 'Quillonbrae';
const CHAT_ID = 7777700123;
const SENDER = 'Zanthorpe';

describe('web: status page, /healthz, /metrics', () => {
  let sys: TestSystem;
  let base: string;
  let token: string;
  let pm2Home: string;

  const healthz = async () => {
    const res = await fetch(`${base}/healthz`);
    return { status: res.status, text: await res.text() };
  };
  const assertNoPersonalData = (text: string, where: string) => {
    for (const secret of [NAME, SENDER, String(CHAT_ID), token]) {
      assert.ok(!text.includes(secret), `${where} contains ${secret === token ? 'the bot token' : secret}`);
    }
  };

  before(async () => {
    const port = await freePort();
    pm2Home = mkdtempSync(join(tmpdir(), 'runcoach-pm2-'));
    sys = await startTestSystem({
      env: {
        // Short long polls and a short staleness threshold keep the freeze test fast.
        POLL_TIMEOUT_SEC: '1',
        HEALTH_STALE_MS: '5000',
        // Counts checked right after the actions that change them (the cache: status-snapshot.test.ts).
        STATUS_TOTALS_MAX_AGE_MS: '0',
        // No PM2 daemon here: the page must say so (and the web app must not spawn one).
        PM2_HOME: pm2Home,
      },
    });
    token = sys.sandbox.token;
    base = `http://127.0.0.1:${port}`;
    await sys.db.sql`
      insert into users (id, chat_id, first_name, username) values (${CHAT_ID}, ${CHAT_ID}, ${NAME}, 'quill_b')`;
    mkdirSync(sys.logDir, { recursive: true });
    appendFileSync(
      join(sys.logDir, 'planted.log'),
      `${JSON.stringify({
        level: 'error',
        message: `sendMessage to chat ${CHAT_ID} failed: https://api.telegram.org/bot${token}/sendMessage`,
        app: 'planted',
        chatId: CHAT_ID,
        firstName: NAME,
        timestamp: new Date().toISOString(),
      })}\n`,
    );
    for (const app of ['bot-poller', 'reminder', 'vision'] as const) sys.start(app);
    sys.start('web', { PORT: String(port) });
    await Promise.all(['bot-poller', 'reminder', 'vision', 'web'].map((a) => sys.waitForHeartbeat(a)));
    const user = sys.client.user({ first_name: SENDER });
    await user.send('/help');
    await user.waitForMessage((m) => m.text.length > 0, { timeoutMs: 15_000 });
  });
  after(async () => {
    await sys?.close();
    await stopEmbeddedAdminCluster();
    if (pm2Home) {
      assert.ok(!existsSync(join(pm2Home, 'rpc.sock')), 'the web app spawned a PM2 daemon');
      rmSync(pm2Home, { recursive: true, force: true });
    }
  });

  it('/livez and /healthz answer 200 with the verdicts, without personal data or the token', async () => {
    const live = await fetch(`${base}/livez`);
    assert.equal(live.status, 200);
    const health = await healthz();
    assert.equal(health.status, 200, health.text);
    const body = JSON.parse(health.text) as {
      status: string;
      database: { reachable: boolean };
      poller: { verdict: string; leaderPid: number };
      pm2: { reachable: boolean };
    };
    assert.equal(body.status, 'ok');
    assert.equal(body.database.reachable, true);
    assert.equal(body.poller.verdict, 'ok');
    assert.equal(body.poller.leaderPid, sys.processes.find((p) => p.name === 'bot-poller')?.child.pid);
    assert.equal(body.pm2.reachable, false);
    assertNoPersonalData(health.text, '/healthz');
  });

  it('renders the status page in Chromium: apps green, PM2 unreachable in red, no personal data', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`${base}/`);
      for (const app of ['bot-poller', 'reminder', 'vision', 'web']) {
        const row = page.locator(`tr.app[data-app="${app}"]`);
        assert.equal(await row.getAttribute('data-verdict'), 'ok', `${app}: ${await text(row)}`);
      }
      const pm2 = page.locator('#pm2-unreachable');
      assert.match(await text(pm2), /PM2 unreachable/);
      assert.equal(
        await page.evaluate('getComputedStyle(document.querySelector("#pm2-unreachable")).color'),
        'rgb(207, 34, 46)',
      );
      const poller = await text(page.locator('#poller'));
      const pollerPid = sys.processes.find((p) => p.name === 'bot-poller')?.child.pid;
      assert.match(poller, new RegExp(`pid ${pollerPid}`));
      assert.match(await text(page.locator('#database')), /users\s*2(?!\d)/);
      assert.match(await text(page.locator('#reminders')), /sent\s*0.*failed\s*0/s);
      const errors = await text(page.locator('#errors'));
      assert.match(errors, /sendMessage to chat \[id\] failed: .*bot\[REDACTED\]\/sendMessage/);
      assert.equal(await page.locator('a[href="/chat"]').count(), 1);
      await page.screenshot({ path: join(artifactsDir(), 'status-page.png'), fullPage: true });
      assertNoPersonalData(await page.content(), 'the status page');
    } finally {
      await browser.close();
    }
    const chat = await fetch(`${base}/chat`);
    assert.equal(chat.status, 200);
    assert.match(await chat.text(), /<html/i);
  });

  it('/metrics is valid Prometheus text with the database gauges', async () => {
    const res = await fetch(`${base}/metrics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
    const exposition = await res.text();
    assert.deepEqual(invalidPrometheusLines(exposition), []);
    assert.match(exposition, /^runcoach_database_up\{app="web"\} 1$/m);
    assert.match(exposition, /^runcoach_users\{app="web"\} 2$/m);
    assert.match(exposition, /^runcoach_telegram_updates_processed\{app="web"\} [1-9]\d*$/m);
    assert.match(exposition, /^runcoach_outgoing_messages\{status="sent",app="web"\} [1-9]\d*$/m);
    assert.match(exposition, /^process_resident_memory_bytes\{app="web"\} \d+/m);
    assert.match(exposition, /^runcoach_reminders_today\{outcome="sent",app="web"\} 0$/m);
    assert.match(exposition, /^runcoach_reminder_queue_lag_seconds\{app="web"\} 0$/m);
    assertNoPersonalData(exposition, '/metrics');
  });

  it('a frozen bot-poller (SIGSTOP) makes /healthz 503 with the reason, and recovers after SIGCONT', async () => {
    const poller = sys.processes.find((p) => p.name === 'bot-poller');
    assert.ok(poller?.child.pid);
    poller.child.kill('SIGSTOP');
    try {
      let last = { status: 0, text: '' };
      await waitUntil(
        async () => {
          last = await healthz();
          return last.status === 503;
        },
        30_000,
        () => `/healthz to turn 503 (last: ${last.status} ${last.text.slice(0, 300)})`,
      );
      const body = JSON.parse(last.text) as { status: string; reasons: string[] };
      assert.equal(body.status, 'unhealthy');
      assert.ok(
        body.reasons.some((r) => /bot-poller heartbeat stale: last getUpdates \d+ s ago/.test(r)),
        body.reasons.join('; '),
      );
      const html = await (await fetch(`${base}/`)).text();
      assert.match(html, /data-app="bot-poller" data-verdict="bad"/);
      assert.match(html, /stale heartbeat: last progress \d+ s ago/);
    } finally {
      poller.child.kill('SIGCONT');
    }
    await waitUntil(async () => (await healthz()).status === 200, 30_000, '/healthz to recover');
  });
});
