import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { describe, it } from 'node:test';
import { LeaseLoop } from '../../shared/sync/index.js';

/** A promise with its resolve, for passes the test releases one by one. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Resolves once `check` holds, checking after each turn of the event loop (10 s at most). */
async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`never happened: ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('LeaseLoop', () => {
  it('takes over, listens, then passes as the owner until a pass finds nothing', async () => {
    const events: string[] = [];
    let work = 3;
    const loop = new LeaseLoop({
      ownerPrefix: 'test',
      pollMs: 600_000,
      takeOver: async () => {
        events.push('takeOver');
      },
      listen: async () => {
        events.push('listen');
        return async () => {
          events.push('unlisten');
        };
      },
      pass: async (owner) => {
        assert.equal(owner, loop.owner);
        events.push('pass');
        return work-- > 0;
      },
      onError: (err) => assert.fail(String(err)),
    });
    assert.match(loop.owner, new RegExp(`^test:${hostname()}:${process.pid}:[0-9a-f]{8}$`));
    await loop.start();
    await until(() => events.length === 6, 'four passes');
    assert.deepEqual(events, ['takeOver', 'listen', 'pass', 'pass', 'pass', 'pass']);
    await loop.stop();
    assert.deepEqual(events.slice(6), ['unlisten']);
  });

  it('a wake-up from the subscription, or one that came during a pass, runs the next pass at once', async () => {
    let notify = () => {};
    const gates = [gate(), gate(), gate()];
    let passes = 0;
    const loop = new LeaseLoop({
      pollMs: 600_000,
      listen: async (wake) => {
        notify = wake;
        return async () => {};
      },
      pass: async () => {
        await gates[passes++]?.promise;
        return false; // nothing found: only a wake-up may bring the next pass before the poll
      },
      onError: (err) => assert.fail(String(err)),
    });
    await loop.start();
    await until(() => passes === 1, 'the first pass');
    notify(); // arrives while the first pass is still looking
    gates[0]?.open();
    await until(() => passes === 2, 'a second pass, for the wake-up of the first');
    gates[1]?.open();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(passes, 2, 'then it waits');
    notify();
    await until(() => passes === 3, 'a third pass on NOTIFY');
    gates[2]?.open();
    await loop.stop();
    assert.equal(passes, 3, 'stop ran no further pass');
  });

  it('reports a failed pass and goes on; stop waits for the passes in progress of every loop', async () => {
    const errors: unknown[] = [];
    const held = gate();
    let running = 0;
    let passes = 0;
    const loop = new LeaseLoop({
      loops: 2,
      pollMs: 600_000,
      pass: async () => {
        passes++;
        if (passes === 1) throw new Error('database went away');
        running++;
        await held.promise;
        running--;
        return false;
      },
      onError: (err) => errors.push(err),
    });
    await loop.start();
    await until(() => errors.length === 1 && running === 1, 'one failed pass and one held pass');
    loop.wake();
    await until(() => running === 2, 'the failed loop passes again on a wake-up');
    let stopped = false;
    const stopping = loop.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(stopped, false, 'stop waits for the held passes');
    held.open();
    await stopping;
    assert.equal(running, 0);
    assert.equal(String((errors[0] as Error).message), 'database went away');
  });

  it('a pass may ask for its next pass after a delay, which the poll interval caps', async () => {
    const asked: Array<boolean | number> = [Number.POSITIVE_INFINITY, 1, false];
    let passes = 0;
    const loop = new LeaseLoop({
      pollMs: 5, // caps the infinite wait of the first pass
      pass: async () => asked[passes++] ?? new Promise<false>(() => {}), // the fourth pass never ends
      onError: (err) => assert.fail(String(err)),
    });
    await loop.start();
    await until(() => passes === 4, 'passes after the capped wait, the short delay and the poll');
    void loop.stop(); // the endless fourth pass is never waited for
  });
});
