import fc from 'fast-check';

/** Placeholder replaced at run time by the id of a workout belonging to ANOTHER user (the bystander). */
export const VICTIM_WORKOUT = '{victimWorkout}';
/** Placeholder replaced at run time by the bystander's user id. */
export const VICTIM_USER = '{victimUser}';

/** Update kinds the sandbox user API cannot produce; the fuzzer injects them into the update queue. */
export const RAW_KINDS = [
  'sticker',
  'voice',
  'video_note',
  'animation',
  'location',
  'contact',
  'dice',
  'poll',
  'edited_message',
] as const;

/**
 * One hostile input from a simulated user.
 *
 * @example
 * const a: FuzzAction = { kind: 'text', label: 'dates', text: '31.02.2025' };
 */
export type FuzzAction =
  | { kind: 'text'; label: string; text: string }
  | { kind: 'document'; label: string; fileName: string; bytes: Uint8Array; caption?: string }
  | { kind: 'photo'; label: string; bytes: Uint8Array }
  | { kind: 'raw'; label: string; rawKind: (typeof RAW_KINDS)[number] }
  | { kind: 'callback'; label: string; data: string }
  | { kind: 'rename'; label: string; firstName: string };

const COMMANDS = ['/start', '/plan', '/help', '/profile', '/back', '/cancel', '/export', '/deleteme'];
const MORE_COMMANDS = [
  '/log',
  '/stats',
  '/pending',
  '/today',
  '/remind',
  '/settings',
  '/x',
  '/start@other_bot',
];

const INJECTIONS = [
  '<b>bold',
  '</i></b>',
  '<a href="javascript:alert(1)">tap</a>',
  '<script>alert(1)</script>',
  '&lt;&amp;&gt; &#0; &unknown;',
  '*bold* _italic_ `code` ```pre``` [link](tg://user?id=1) ~strike~ ||spoiler||',
  '\\*escaped\\_ \\[x\\]',
  "'; drop table users; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection attempt, deliberately literal
  '${process.env.TELEGRAM_BOT_TOKEN}',
  '{{constructor.constructor("return process")()}}',
  '%s%n%x%d',
  '../../../../etc/passwd',
  '@sandbox_bot #hashtag https://example.com user@example.com',
];

/** Texts an attacker types: random Unicode, 4,096 characters, control characters, markup, dates, numbers. */
const textArb: fc.Arbitrary<{ label: string; text: string }> = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }).map((text) => ({ label: 'unicode', text })),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).map((text) => ({ label: 'graphemes', text })),
  fc
    .tuple(fc.constantFrom('a', 'é', 'ж', '😀', '\u200b', '<', '&', '*', 'ﷺ', '\u202e'), fc.boolean())
    .map(([ch, cmd]) => ({
      label: '4096 chars',
      text: `${cmd ? '/start ' : ''}${ch.repeat(4096)}`.slice(0, 4096 - (ch.length > 1 ? 1 : 0)),
    })),
  fc.array(fc.integer({ min: 0, max: 0x9f }), { minLength: 1, maxLength: 60 }).map((codes) => ({
    label: 'control chars',
    text: `x${codes.map((c) => String.fromCharCode(c)).join('')}`,
  })),
  fc
    .tuple(fc.constantFrom(...INJECTIONS), fc.constantFrom('', ' ', '\n'), fc.constantFrom(...INJECTIONS))
    .map(([a, sep, b]) => ({ label: 'markup injection', text: `${a}${sep}${b}` })),
  fc
    .tuple(
      fc.integer({ min: -1, max: 40 }),
      fc.integer({ min: -1, max: 14 }),
      fc.integer({ min: -1, max: 99999 }),
      fc.constantFrom('dmy', 'iso', 'us', 'words'),
    )
    .map(([d, m, y, style]) => ({
      label: 'dates',
      text:
        style === 'dmy'
          ? `${d}.${String(m).padStart(2, '0')}.${y}`
          : style === 'iso'
            ? `${y}-${m}-${d}`
            : style === 'us'
              ? `${m}/${d}/${y}`
              : `${d} Februar ${y}`,
    })),
  fc
    .oneof(
      fc.integer().map(String),
      fc.double().map(String),
      fc.constantFrom('-0', '1e309', '-1e309', 'NaN', 'Infinity', '0x7fffffff', '9'.repeat(400), '١٢٣', '½'),
      fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
    )
    .chain((n) =>
      fc.constantFrom(n, `${n} km`, `${n}:${n}`, `${n} kg`, `/log ${n} km ${n} min`, `${n}h${n}m`),
    )
    .map((text) => ({ label: 'numbers', text })),
  fc
    .tuple(fc.constantFrom(...COMMANDS, ...MORE_COMMANDS), fc.string({ unit: 'binary', maxLength: 80 }))
    .map(([c, arg]) => ({ label: 'commands', text: `${c} ${arg}`.trimEnd() })),
);

/** A PNG header claiming `width`×`height` (the body is tiny): an "oversized" photo as Telegram reports it. */
function pngHeader(width: number, height: number): Uint8Array {
  const b = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'ascii');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b.writeUInt8(8, 24);
  b.writeUInt8(6, 25);
  return b;
}

const fileArb: fc.Arbitrary<FuzzAction> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'run.exe',
        'plan.pdf',
        'x.zip',
        'a.json',
        'screenshot.png',
        '.htaccess',
        '../../x.sh',
        '😀.txt',
      ),
      fc.uint8Array({ minLength: 1, maxLength: 4096 }),
      fc.option(fc.string({ unit: 'binary', maxLength: 200 }), { nil: undefined }),
    )
    .map(([fileName, bytes, caption]) => ({
      kind: 'document' as const,
      label: 'documents',
      fileName,
      bytes,
      ...(caption ? { caption } : {}),
    })),
  fc
    .tuple(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }))
    .map(([w, h]) => ({ kind: 'photo' as const, label: 'oversized photos', bytes: pngHeader(w, h) })),
  fc.uint8Array({ minLength: 200_000, maxLength: 600_000 }).map((bytes) => ({
    kind: 'photo' as const,
    label: 'oversized photos',
    bytes: concat(pngHeader(8000, 6000), bytes),
  })),
);

const callbackArb: fc.Arbitrary<FuzzAction> = fc
  .oneof(
    fc.constantFrom(
      `w1:done:${VICTIM_WORKOUT}`,
      `w1:skip:${VICTIM_WORKOUT}`,
      `w1:cancel:${VICTIM_WORKOUT}`,
      `t1:as:${VICTIM_WORKOUT}`,
      `t1:form:${VICTIM_WORKOUT}`,
      `t1:why:sick:${VICTIM_WORKOUT}`,
      `t1:pick:${VICTIM_WORKOUT}`,
      `r1:yes:${VICTIM_USER}`,
      'plan1:rebuild',
      'acct:del:no',
      't1:pg:999999',
    ),
    fc.string({ unit: 'binary-ascii', maxLength: 60 }).map((s) => `p1:${s}`),
    fc.string({ unit: 'binary-ascii', maxLength: 60 }).map((s) => `w1:${s}`),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }),
  )
  .map((data) => ({ kind: 'callback' as const, label: 'forged callbacks', data }));

/**
 * The hostile-input generator: texts (weighted most), files, raw update kinds (stickers, voice, …),
 * forged callback data (including other users' workouts) and hostile first names the bot echoes.
 *
 * @example
 * const inputs = fc.sample(fuzzActionArb, { numRuns: 200, seed: 42 });
 */
export const fuzzActionArb: fc.Arbitrary<FuzzAction> = fc.oneof(
  { weight: 8, arbitrary: textArb.map((t) => ({ kind: 'text' as const, ...t })) },
  { weight: 2, arbitrary: fileArb },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...RAW_KINDS)
      .map((rawKind) => ({ kind: 'raw' as const, label: 'stickers/voice/…', rawKind })),
  },
  { weight: 3, arbitrary: callbackArb },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.constantFrom(...INJECTIONS), fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }))
      .map((firstName) => ({ kind: 'rename' as const, label: 'names', firstName })),
  },
);

/**
 * `count` reproducible hostile inputs.
 *
 * @example
 * sampleActions(200, 1).length; // 200
 */
export function sampleActions(count: number, seed: number): FuzzAction[] {
  return fc.sample(fuzzActionArb, { numRuns: count, seed });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
