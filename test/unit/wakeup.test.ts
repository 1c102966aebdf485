import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Wakeup } from '../../shared/sync/index.js';

it('a wake-up that arrives while the loop is busy is not lost', async () => {
  const wakeup = new Wakeup();
  wakeup.consume();
  wakeup.wake(); // e.g. NOTIFY during the claim query
  let woke = false;
  await Promise.race([
    wakeup.sleep(60_000).then(() => {
      woke = true;
    }),
    new Promise((r) => setTimeout(r, 1_000).unref()),
  ]);
  assert.ok(woke, 'sleep returned at once');
});

it('consume() forgets wake-ups its caller is about to look at anyway; sleepers wake on wake()', async () => {
  const wakeup = new Wakeup();
  wakeup.wake();
  wakeup.consume();
  const order: string[] = [];
  const sleeping = wakeup.sleep(60_000).then(() => order.push('woke'));
  await new Promise((r) => setImmediate(r));
  order.push('still asleep');
  wakeup.wake();
  await sleeping;
  assert.deepEqual(order, ['still asleep', 'woke']);
});
