import assert from 'node:assert/strict';
import { it } from 'node:test';
import { storableUpdate } from '../../shared/inbox/index.js';

it('storableUpdate replaces U+0000 and lone surrogates, keeps real emoji, leaves clean updates alone', () => {
  const clean = { update_id: 1, message: { text: 'run 10k 🏃 “fast”', from: { first_name: 'Zoë' } } };
  assert.equal(storableUpdate(clean), clean);
  const dirty = {
    update_id: 2,
    message: { text: 'a\u0000b', caption: 'x\uD83Dy', from: { first_name: '\uDC00z🏃' } },
  };
  assert.deepEqual(storableUpdate(dirty), {
    update_id: 2,
    message: { text: 'a\uFFFDb', caption: 'x\uFFFDy', from: { first_name: '\uFFFDz🏃' } },
  });
});
