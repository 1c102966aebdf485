import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

// Every text the bot sends comes from the catalogs (shared/i18n/locales). This scans the features and
// the renderers for a string literal with words in it where a text goes out: the first argument of
// ctx.out.html / htmlNow / editHtml / answerCallback / photo captions, a button's `text:`, a parse
// error's `fail(…)` / `error:`. Template literals count by their literal parts (`${a}\n\n${b}` is
// glue, not text). Words are three letters or more, after HTML tags are removed.

const ROOT = join(import.meta.dirname, '../..');

/** Files whose texts are converted: every feature and the renderers. */
const SCANNED = [
  ...readdirSync(join(ROOT, 'apps/bot-poller/features'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `apps/bot-poller/features/${f}`),
  'shared/planner/render.ts',
  'shared/tracking/render-tracking.ts',
  'shared/tracking/stats-chart.ts',
  'shared/reminders/reminder-message.ts',
  'shared/vision/render-result.ts',
  'shared/profile/dialog.ts',
  'shared/profile/steps.ts',
  'shared/profile/step-table.ts',
  'shared/profile/step-definition.ts',
  'shared/profile/steps-setup.ts',
  'shared/profile/steps-body.ts',
  'shared/profile/steps-running.ts',
  'shared/profile/steps-extras.ts',
  'shared/profile/profile-summary.ts',
  'shared/profile/notes-command.ts',
  'shared/profile/texts.ts',
  'shared/profile/normalize-input.ts',
  'shared/profile/parse-date.ts',
  'shared/profile/parse-distance.ts',
  'shared/profile/parse-measures.ts',
  'shared/profile/parse-notes.ts',
  'shared/profile/parse-time.ts',
  'shared/profile/parse-timezone.ts',
  'shared/profile/parse-weekdays.ts',
];

/**
 * Files not converted yet, each with what is left: the check skips them. Shrink this list; never grow it.
 */
const PENDING: Record<string, string> = {};

// Where a literal is a text the bot sends.
const SINKS = [
  /\.(?:html|htmlNow|editHtml|answerCallback)\(\s*/g,
  /\.editHtml\(\s*[^,]+,\s*/g,
  /\.photo\(\s*[^,]+,\s*/g,
  /\bfail(?:<[^>]*>)?\(\s*/g,
  /\btext:\s*/g,
  /\berror:\s*/g,
];

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
      if (literal === undefined || /^\/\w+$/.test(literal)) continue;
      const words = literal.replace(/<[^>]+>/g, ' ').match(/\p{L}{3,}/gu);
      if (!words) continue;
      const line = source.slice(0, start).split('\n').length;
      found.push(`${file}:${line}: ${JSON.stringify(literal.slice(0, 60))}`);
    }
  }
  return found;
}

describe('no inline texts', () => {
  it('features and renderers send catalog texts only', () => {
    const found = SCANNED.filter((f) => !(f in PENDING)).flatMap((f) =>
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
      // Glue and catalog calls are fine.
      `ctx.out.html(\`${$}{a}\\n\\n${$}{b}\`);`,
      "ctx.out.html(ctx.t('help-text'));",
      "rows.push([{ text: '✅', callback_data: d }]);",
    ].join('\n');
    assert.equal(inlineTexts('sample.ts', sample).length, 6);
  });

  it('every pending file still exists (drop it from the list once converted)', () => {
    for (const file of Object.keys(PENDING)) assert.ok(SCANNED.includes(file), file);
  });
});
