import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { rotatePm2Logs } from '../../shared/health/index.js';

describe("rotating PM2's own log copies", () => {
  const dir = mkdtempSync(join(tmpdir(), 'runcoach-pm2-logs-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('copies and truncates in place, so the writer PM2 keeps open appends to the fresh file', () => {
    const file = join(dir, 'bot-poller.out.log');
    const fd = openSync(file, 'a'); // PM2 holds its log files open in append mode
    try {
      const generations: string[] = [];
      for (let g = 1; g <= 3; g++) {
        const text = `generation ${g}\n`.repeat(200);
        generations.push(text);
        writeSync(fd, text);
        assert.deepEqual(rotatePm2Logs({ dir, maxBytes: 1_000, keep: 2 }), ['bot-poller.out.log']);
        assert.equal(statSync(file).size, 0);
      }
      writeSync(fd, 'after the rotations\n');
      assert.equal(readFileSync(file, 'utf8'), 'after the rotations\n', 'no hole of zeros, no old lines');
      assert.equal(readFileSync(`${file}.1`, 'utf8'), generations[2]);
      assert.equal(readFileSync(`${file}.2`, 'utf8'), generations[1]);
      assert.throws(() => statSync(`${file}.3`), 'only `keep` copies are kept');
      assert.deepEqual(rotatePm2Logs({ dir, maxBytes: 1_000, keep: 2 }), [], 'small files stay');
    } finally {
      closeSync(fd);
    }
  });

  it('a missing folder is not an error', () => {
    assert.deepEqual(rotatePm2Logs({ dir: join(dir, 'absent') }), []);
  });
});
