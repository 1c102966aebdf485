import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ChaosSystem } from '../../chaos/chaos-system.js';
import { findHarm, pollerWorkInFlight } from '../../chaos/harm.js';
import { makeUsers, NoteLedger, sleep } from '../../chaos/ledger.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { freePort } from '../harness/net.js';
import { RoundRobinProxy } from '../harness/round-robin-proxy.js';

const APPS = ['bot-poller', 'web', 'reminder', 'vision'];
const FAKE_HOSTNAME = join(import.meta.dirname, '..', 'harness', 'fake-hostname.mjs');

// Two whole stacks as two machines would run them — their own hostnames (lease owners) and DATA_DIRs —
// sharing one PostgreSQL, in webhook mode behind one load-balanced webhook URL. Host A dies (kill -9 of
// all its apps) while users write: its leases of other-host owners run out and host B finishes its work.
describe('two hosts, one database (webhook mode)', () => {
  let sys: ChaosSystem | undefined;
  let lb: RoundRobinProxy | undefined;
  after(async () => {
    await sys?.close();
    await lb?.close();
    await stopEmbeddedAdminCluster();
  });

  it('host A killed under load: nothing lost or doubled, each chat in order, host B healthy', async () => {
    const portA = await freePort();
    const portB = await freePort();
    lb = await RoundRobinProxy.start([portA, portB]);
    sys = await ChaosSystem.create({
      env: {
        TELEGRAM_MODE: 'webhook',
        WEBHOOK_URL: lb.url,
        STATUS_TOKEN: 'two-hosts-status-token-0123',
        PORT: String(portB),
        NODE_OPTIONS: `--import ${FAKE_HOSTNAME}`,
        RUNCOACH_FAKE_HOSTNAME: 'host-b',
      },
    });
    const hostA = {
      DATA_DIR: join(sys.root, 'host-a', 'data'),
      LOG_DIR: join(sys.root, 'host-a', 'logs'),
      PORT: String(portA),
      RUNCOACH_FAKE_HOSTNAME: 'host-a',
    };
    const a = APPS.map((name) => sys!.supervise(name, hostA));
    const b = APPS.map((name) => sys!.supervise(name));

    const ledger = new NoteLedger(sys, makeUsers(sys, 6, 'Two'));
    await ledger.send(0, 'warm-up');
    assert.notEqual(await ledger.waitAnswered(60_000), undefined, 'the warm-up answered');
    const [secrets] = await sys.sql<{ n: number }[]>`select count(*)::int as n from app_secrets`;
    assert.equal(secrets?.n, 1, 'both web apps use the one secret in the database');

    const rounds = 12;
    let midWork = false;
    for (let round = 0; round < rounds; round++) {
      await Promise.all(ledger.users.map((_, u) => ledger.send(u, `h${round}-${u}`)));
      if (round === 5) {
        midWork = await pollerWorkInFlight(sys);
        await Promise.all(a.map((app) => app.stop())); // the machine is gone: no restart
      }
      await sleep(50);
    }
    const waited = await ledger.waitAnswered(120_000);
    assert.notEqual(waited, undefined, `${await ledger.unanswered()} notes unanswered after host A died`);
    assert.ok(await ledger.waitOutboxSettled(60_000), 'the outbox settled (leases of host A ran out)');
    const { lost, appliedTwice } = await ledger.tally(sys.logCount('bot-poller', 'possible duplicate'));
    assert.equal(lost, 0);
    assert.equal(appliedTwice, 0);

    // Each chat's replies in the order its notes were sent (first showing of each; a detected re-send of
    // a message in flight at the kill may come again later).
    for (const [i, user] of ledger.users.entries()) {
      const shown = (await user.botMessages()).map((m) => /“([^”]+)”/.exec(m.text)?.[1]).filter(Boolean);
      const firsts = [...new Set(shown)];
      assert.deepEqual(firsts, ledger.notes[i], `chat ${i + 1} in order`);
    }
    const hosts = await sys.sql<{ source: string; n: number }[]>`
      select source, count(*)::int as n from telegram_updates group by source`;
    assert.deepEqual(
      hosts.map((h) => h.source),
      ['webhook'],
      'every update came through the webhook',
    );
    assert.ok(
      (lb.forwarded.get(portA) ?? 0) > 0 && (lb.forwarded.get(portB) ?? 0) > 0,
      'both hosts took updates',
    );
    assert.deepEqual(await findHarm(sys), [], 'host B healthy at the end');
    assert.ok(
      b.every((app) => app.crashes === 0),
      'no app of host B exited',
    );
    console.log(
      `two hosts: ${ledger.sent} notes, host A killed ${midWork ? 'mid-batch' : 'between batches'}`,
    );
  });
});
