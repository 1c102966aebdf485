import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, it } from 'node:test';

// Every text the bot sends comes from the catalogs (shared/i18n/locales). This scans every source of the
// bot (apps/bot-poller and shared/) for a string literal with words in it where a text goes out: the
// first argument of ctx.out.html / htmlNow / editHtml / answerCallback / photo captions, a button's or an
// OutboxWriter payload's `text:` (`out.send(chat, 'sendMessage', { text })`), a parse error's `fail(…)` /
// `error:`, a dead-job notice's `notifyChatOnDead(…)`. Template literals count by their literal parts
// (`${a}\n\n${b}` is glue, not text); a kebab-case catalog id (`'job-dead-plan'`) is not text. Words are
// three letters or more, after HTML tags are removed.

const ROOT = join(import.meta.dirname, '../..');

/** Every TypeScript source of the bot: the bot-poller app and all of shared/. */
const SCANNED = ['apps/bot-poller', 'shared'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f.split(sep).join('/')}`)
    .sort(),
);

/**
 * Files (or folders, ending in `/`) whose literals never reach a runner, each with the reason. The
 * status page stays English by issue 19; operator-facing and developer-facing texts are not the bot's.
 */
const ALLOWED: Record<string, string> = {
  'shared/config/': 'environment validation errors for the operator, printed at start-up',
  'shared/status/': 'the status page, /healthz and /metrics: operator-facing, English by the issue',
  'shared/health/': 'heartbeats, watchdog and stray-process scans: logs and the status page only',
  'shared/telegram-sandbox/':
    "the local Bot API sandbox (dev/test tool) answers with Telegram's own English error descriptions",
};

/**
 * Single literals in otherwise converted files that are stored, never sent: file → literal → reason.
 */
const INTERNAL: Record<string, Record<string, string>> = {
  'shared/tracking/replan-job.ts': {
    'no profile': 'replan_offers.result error code; the runner gets replan-no-profile',
    rules: 'replan_offers.result error code; the runner gets replan-unsafe',
  },
  'shared/coach/apply-proposal.ts': {
    'unreadable payload':
      'coach proposal status detail in the database; the runner gets coach-thinking-failed',
    'future run': 'coach proposal status detail in the database; the runner gets coach-log-future',
    'no profile': 'coach proposal status detail in the database; the runner gets coach-no-profile',
  },
};

/**
 * Files not converted yet, each with what is left: the check skips them. Shrink this list; never grow it.
 */
const PENDING: Record<string, string> = {};

const isAllowed = (file: string) =>
  Object.keys(ALLOWED).some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));

// Where a literal is a text the bot sends.
const SINKS = [
  /\.(?:html|htmlNow|editHtml|answerCallback)\(\s*/g,
  /\.editHtml\(\s*[^,]+,\s*/g,
  /\.photo\(\s*[^,]+,\s*/g,
  /\bfail(?:<[^>]*>)?\(\s*/g,
  /\btext:\s*/g,
  /\berror:\s*/g,
  /\bnotifyChatOnDead\(\s*/g,
];

/** A catalog message id (`'vision-dead'`, `'job-dead-plan'`): passed to the translator, not text. */
const CATALOG_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/** The literal starting at `i` (quote or backtick), or undefined. */
function literalAt(source: string, i: number): string | undefined {
  const quote = source[i];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  let out = '';
  let depth = 0;
  for (let j = i + 1; j < source.length; j++) {
    const c = source[j]!;
    if (c === '\\') {
      out += source[j + 1] ?? '';
      j++;
      continue;
    }
    if (quote === '`' && c === '$' && source[j + 1] === '{' && depth === 0) {
      depth = 1;
      j++;
      out += ' ';
      continue;
    }
    if (depth > 0) {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      continue;
    }
    if (c === quote) return out;
    out += c;
  }
  return undefined;
}

/** Comments blanked out (JSDoc examples quote texts), line numbers kept. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Inline texts in one source: `file:line: "literal"` for each. */
function inlineTexts(file: string, raw: string): string[] {
  const source = withoutComments(raw);
  const found: string[] = [];
  for (const sink of SINKS) {
    for (const match of source.matchAll(sink)) {
      const start = match.index + match[0].length;
      const literal = literalAt(source, start);
      // A command typed on the runner's behalf (`/back`) is input, not a text.
      if (literal === undefined || /^\/\w+$/.test(literal) || CATALOG_ID.test(literal)) continue;
      if (INTERNAL[file]?.[literal] !== undefined) continue;
      const words = literal.replace(/<[^>]+>/g, ' ').match(/\p{L}{3,}/gu);
      if (!words) continue;
      const line = source.slice(0, start).split('\n').length;
      found.push(`${file}:${line}: ${JSON.stringify(literal.slice(0, 60))}`);
    }
  }
  return found;
}

describe('no inline texts', () => {
  it('the bot-poller app and shared/ send catalog texts only', () => {
    const found = SCANNED.filter((f) => !isAllowed(f) && !(f in PENDING)).flatMap((f) =>
      inlineTexts(f, readFileSync(join(ROOT, f), 'utf8')),
    );
    assert.deepEqual(found, []);
  });

  it('the scan finds an inline text in each kind of place', () => {
    const $ = '$'; // sample sources hold template placeholders
    const sample = [
      "ctx.out.html('Hello there');",
      `ctx.out.answerCallback(\`Nothing ${$}{x} changed\`);`,
      "rows.push([{ text: 'Keep it', callback_data: d }]);",
      "return fail('That is wrong');",
      "return { ok: false, error: 'Bad input' };",
      "ctx.out.photo(png, 'Planned vs done', 'stats.png');",
      "out.send(chatId, 'sendMessage', { chat_id: chatId, text: 'Still reading' });",
      "onDead: notifyChatOnDead('Sorry, no plan'),",
      // Glue, catalog calls and catalog ids are fine.
      `ctx.out.html(\`${$}{a}\\n\\n${$}{b}\`);`,
      "ctx.out.html(ctx.t('help-text'));",
      "rows.push([{ text: '✅', callback_data: d }]);",
      "out.send(chatId, 'sendMessage', { chat_id: chatId, text: tr('vision-still-reading') });",
      "onDead: notifyChatOnDead('job-dead-plan'),",
    ].join('\n');
    assert.equal(inlineTexts('sample.ts', sample).length, 8);
  });

  it('the scan covers every source, and each listed file still exists', () => {
    assert.ok(SCANNED.includes('apps/bot-poller/main.ts'));
    assert.ok(SCANNED.includes('shared/vision/vision-job.ts'));
    for (const entry of Object.keys(ALLOWED))
      assert.ok(
        SCANNED.some((f) => (entry.endsWith('/') ? f.startsWith(entry) : f === entry)),
        entry,
      );
    for (const file of [...Object.keys(PENDING), ...Object.keys(INTERNAL)])
      assert.ok(SCANNED.includes(file), file);
  });
});
