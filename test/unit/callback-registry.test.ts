import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  CALLBACK_PREFIXES,
  type CallbackPrefixName,
  CallbackPrefixTakenError,
  MAX_CALLBACK_BYTES,
  prefixesOverlap,
  registerCallbackCodec,
  registeredCallbackCodecs,
} from '../../shared/callbacks/index.js';
// Every module that registers a codec (importing them is what registers them).
import '../../shared/coach/callback-data.js';
import '../../shared/plans/feasibility-buttons.js';
import '../../shared/plans/browse-callbacks.js';
import '../../shared/profile/callback-data.js';
import '../../shared/reminders/reminder-callbacks.js';
import '../../shared/tracking/callback-data.js';
import '../../shared/tracking/history-callbacks.js';
import '../../shared/tracking/workout-actions.js';
import '../../shared/vision/vision-callbacks.js';

const names = Object.keys(CALLBACK_PREFIXES) as CallbackPrefixName[];
const codecs = registeredCallbackCodecs();
const samples = codecs.flatMap((codec) => codec.examples.map((example) => ({ codec, example })));

function acceptedBy(data: string) {
  return codecs.filter((c) => c.parse(data) !== undefined);
}

describe('callback registry: prefixes', () => {
  it('are short lowercase words without a separator', () => {
    for (const prefix of Object.values(CALLBACK_PREFIXES)) assert.match(prefix, /^[a-z][a-z0-9]{0,7}$/);
  });

  it('are unique and none is a leading part of another', () => {
    const entries = Object.entries(CALLBACK_PREFIXES);
    for (const [i, [a, pa]] of entries.entries()) {
      for (const [b, pb] of entries.slice(i + 1)) {
        assert.ok(!prefixesOverlap(pa, pb), `${a} (${pa}) overlaps ${b} (${pb})`);
      }
    }
    assert.ok(prefixesOverlap('p1', 'p1') && prefixesOverlap('p1', 'p10') && !prefixesOverlap('p1', 'pe'));
  });

  it('each has exactly one registered codec', () => {
    const claimed = codecs.flatMap((c) => c.names);
    assert.deepEqual([...claimed].sort(), [...names].sort());
  });

  it('refuses a second codec for a taken prefix', () => {
    for (const name of names) {
      assert.throws(
        () => registerCallbackCodec({ names: [name], encode: String, parse: () => undefined, examples: [] }),
        (e: unknown) => e instanceof CallbackPrefixTakenError && e.prefix === CALLBACK_PREFIXES[name],
      );
    }
  });
});

describe('callback registry: codecs', () => {
  it('round-trip every example within 64 bytes, under their own prefix only', () => {
    for (const { codec, example } of samples) {
      const data = codec.encode(example);
      assert.ok(Buffer.byteLength(data) <= MAX_CALLBACK_BYTES, data);
      assert.match(data, codec.pattern);
      assert.ok(
        codec.prefixes.some((p) => data.startsWith(`${p}:`)),
        data,
      );
      assert.deepEqual(codec.parse(data), example, data);
      assert.deepEqual(acceptedBy(data), [codec], `${data} is accepted by another codec`);
    }
  });

  it('reject forged data: over 64 bytes, unknown codes, wrong version, extra or altered parts', () => {
    for (const { codec, example } of samples) {
      const data = codec.encode(example);
      const [prefix, , ...rest] = data.split(':');
      const forged = [
        `${data}${'0'.repeat(MAX_CALLBACK_BYTES)}`,
        `${data}:${'9'.repeat(MAX_CALLBACK_BYTES)}`,
        [prefix, 'zz', ...rest].join(':'),
        `${data}:1`,
        `${data}:`,
        `:${data}`,
        ` ${data}`,
        data.toUpperCase() === data ? `${data}x` : data.toUpperCase(),
        prefix!,
        `${prefix}:`,
      ];
      // Bump the version digit(s): an old or future format must never be read as this one.
      if (/\d/.test(prefix!)) {
        forged.push(data.replace(/^([a-z]+)(\d+)/, (_, w: string, v: string) => `${w}${Number(v) + 1}`));
        forged.push(data.replace(/^([a-z]+)(\d+)/, (_, w: string, v: string) => `${w}${Number(v) - 1}`));
      }
      for (const f of forged) assert.deepEqual(acceptedBy(f), [], `forged ${JSON.stringify(f)} was accepted`);
    }
  });

  it('accept only what their encoder writes (no second spelling of one button)', () => {
    const token = fc.oneof(
      fc.constantFrom(
        ...Object.values(CALLBACK_PREFIXES),
        ...samples.flatMap(({ codec, example }) => codec.encode(example).split(':')),
        '0',
        '00',
        '007',
        '24',
        '-1',
        '1e3',
        '',
      ),
      fc.string({ maxLength: 6 }),
      fc.nat().map(String),
    );
    // Real button data with one part replaced (or added), and free combinations of parts.
    const mutated = fc
      .tuple(fc.constantFrom(...samples.map(({ codec, example }) => codec.encode(example))), fc.nat(4), token)
      .map(([data, at, part]) => {
        const parts = data.split(':');
        parts[Math.min(at, parts.length)] = part;
        return parts.join(':');
      });
    const free = fc.array(token, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(':'));
    fc.assert(
      fc.property(fc.oneof(mutated, free), (data) => {
        for (const codec of codecs) {
          const value = codec.parse(data);
          if (value !== undefined) assert.equal(codec.encode(value), data);
        }
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('callback registry: no hand-written button data', () => {
  const root = join(import.meta.dirname, '../..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return path.endsWith('.ts') ? [path] : [];
    });

  it('apps and domains build callback data and action triggers through the registered codecs', () => {
    const prefixes = Object.values(CALLBACK_PREFIXES).join('|');
    // A quoted or regex literal starting with a registered prefix and ':' (outside comments).
    const literal = new RegExp(`(['"\`]|/\\^)(${prefixes}):`);
    const offenders: string[] = [];
    for (const file of [...files(join(root, 'apps')), ...files(join(root, 'shared'))]) {
      if (file.includes('telegram-sandbox')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '');
          if (/^\s*\*/.test(code) || /^\s*\/\*\*/.test(code)) return;
          if (literal.test(code)) offenders.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(offenders, []);
  });
});
