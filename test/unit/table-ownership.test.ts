import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, it } from 'node:test';

// One owner per table (DEVELOPERS.md): every table named in tagged SQL under shared/ must belong to the
// folder the file is in, so a module that needs another domain's rows calls that domain's function. The
// scan reads each tagged template's text (comments, strings and regexes skipped, `${…}` holes blanked,
// templates nested in holes scanned too) and looks for known tables after from / join / update / into
// (which covers `delete from` and `insert into`) and for the plans' SQL function.

/** Each table's owning folder under shared/. A table missing here fails the "every table" test. */
const OWNERS: Readonly<Record<string, string>> = {
  users: 'users',
  runner_profiles: 'profile',
  conversation_state: 'conversation',
  training_plans: 'plans',
  planned_workouts: 'plans',
  workout_completions: 'tracking',
  workout_cancellations: 'tracking',
  replan_offers: 'tracking',
  reminder_deliveries: 'reminders',
  vision_extractions: 'vision',
  vision_progress_notes: 'vision',
  coach_turns: 'coach',
  coach_proposals: 'coach',
  coach_model_calls: 'coach',
  app_secrets: 'telegram',
  calendar_feeds: 'calendar',
  jobs: 'queue',
  telegram_updates: 'inbox',
  outgoing_messages: 'outbox',
};

/** SQL functions that write a table, with the folder that owns it (they may only be called there). */
const FUNCTIONS: Readonly<Record<string, string>> = { mark_missed_workouts: 'plans' };

/**
 * The documented exceptions (DEVELOPERS.md, "One owner per table"), read-only, each with its reason:
 * - `shared/status/`: the observability read model. It counts rows of every table for the status page,
 *   /healthz and /metrics in one round trip per scrape (aggregates only, no personal data, no writes).
 * - `shared/reminders/fan-out-read-model.ts`: the reminder fan-out picks the due reminders of every
 *   runner (10,000+) in one statement each, joining users, profiles and plans in the database.
 */
const EXCEPTIONS: ReadonlyArray<{ path: string; tables: readonly string[] | 'all' }> = [
  { path: 'shared/status/', tables: 'all' },
  {
    path: 'shared/reminders/fan-out-read-model.ts',
    tables: ['users', 'runner_profiles', 'training_plans', 'planned_workouts'],
  },
];

const KEYWORDS = new Set([
  'return',
  'typeof',
  'case',
  'yield',
  'await',
  'in',
  'of',
  'else',
  'throw',
  'new',
  'void',
]);

/** One template literal: its static text (holes blanked) and the line it starts on. */
interface Template {
  text: string;
  line: number;
  tagged: boolean;
}

/**
 * Every template literal in a TypeScript source, nested ones included. A small lexer: it skips line and
 * block comments, quoted strings and regex literals (a `/` where an expression may start), so SQL in a
 * JSDoc `@example` or a quote inside a regex does not confuse it.
 */
function templates(src: string): Template[] {
  const out: Template[] = [];
  const lineAt = (pos: number) => src.slice(0, pos).split('\n').length;

  const isTagged = (pos: number): boolean => {
    let j = pos - 1;
    while (j >= 0 && /\s/.test(src[j] ?? '')) j--;
    if (src[j] === '>') {
      // Type arguments: sql<{ n: number }[]>`…`.
      let depth = 0;
      for (; j >= 0; j--) {
        if (src[j] === '>') depth++;
        else if (src[j] === '<' && --depth === 0) break;
      }
      j--;
      while (j >= 0 && /\s/.test(src[j] ?? '')) j--;
    }
    let k = j;
    while (k >= 0 && /[\w$]/.test(src[k] ?? '')) k--;
    const word = src.slice(k + 1, j + 1);
    return word !== '' && !KEYWORDS.has(word);
  };

  /** Reads the template starting at the backtick at `start`; returns the index after it. */
  const readTemplate = (start: number): number => {
    const tagged = isTagged(start);
    let text = '';
    let p = start + 1;
    while (p < src.length && src[p] !== '`') {
      if (src[p] === '\\') {
        text += src.slice(p, p + 2);
        p += 2;
      } else if (src[p] === '$' && src[p + 1] === '{') {
        p = readCode(p + 2, '}');
        text += ' $hole ';
      } else {
        text += src[p];
        p++;
      }
    }
    out.push({ text, line: lineAt(start), tagged });
    return p + 1;
  };

  /** Reads code until the unmatched `close` (or the end); returns the index after it. */
  const readCode = (start: number, close: string | undefined): number => {
    let p = start;
    let depth = 0;
    let prev = '('; // last significant character: decides whether `/` starts a regex
    while (p < src.length) {
      const c = src[p] as string;
      if (c === '/' && src[p + 1] === '/') {
        p = src.indexOf('\n', p);
        if (p < 0) return src.length;
        continue;
      }
      if (c === '/' && src[p + 1] === '*') {
        p = src.indexOf('*/', p + 2) + 2;
        if (p < 2) return src.length;
        continue;
      }
      if (c === "'" || c === '"') {
        p++;
        while (p < src.length && src[p] !== c) p += src[p] === '\\' ? 2 : 1;
        p++;
        prev = 'x';
        continue;
      }
      if (c === '`') {
        p = readTemplate(p);
        prev = 'x';
        continue;
      }
      if (c === '/' && /[(,=:[!&|?{};+\-*%<>~^]/.test(prev)) {
        p++;
        let inClass = false;
        while (p < src.length && (inClass || src[p] !== '/')) {
          if (src[p] === '\\') p++;
          else if (src[p] === '[') inClass = true;
          else if (src[p] === ']') inClass = false;
          p++;
        }
        p++;
        while (/[a-z]/.test(src[p] ?? '')) p++;
        prev = 'x';
        continue;
      }
      if (c === '{' || c === '(' || c === '[') depth++;
      if (c === '}' || c === ')' || c === ']') {
        if (depth === 0 && c === close) return p + 1;
        depth--;
      }
      if (!/\s/.test(c)) {
        // `return /re/` and `(x) => /re/`: a keyword or arrow before a slash starts a regex too.
        prev = /[\w$]/.test(c) ? (/\b(return|typeof|case)$/.test(src.slice(0, p + 1)) ? '(' : 'x') : c;
      }
      p++;
    }
    return p;
  };

  readCode(0, undefined);
  return out;
}

/** A table (or table-writing function) used in a file, with where. */
interface Use {
  name: string;
  owner: string;
  line: number;
}

const REFERENCE = /\b(?:from|join|update|into)\s+([a-z_][a-z0-9_]*)/gi;
const CALL = /\b([a-z_][a-z0-9_]*)\s*\(/gi;

/** The owned tables and functions named in the tagged SQL of `src`. */
function uses(src: string): Use[] {
  const found: Use[] = [];
  for (const t of templates(src)) {
    if (!t.tagged) continue;
    for (const m of t.text.matchAll(REFERENCE)) {
      const name = (m[1] as string).toLowerCase();
      const owner = OWNERS[name];
      if (owner) found.push({ name, owner, line: t.line + t.text.slice(0, m.index).split('\n').length - 1 });
    }
    for (const m of t.text.matchAll(CALL)) {
      const name = (m[1] as string).toLowerCase();
      const owner = FUNCTIONS[name];
      if (owner) found.push({ name, owner, line: t.line + t.text.slice(0, m.index).split('\n').length - 1 });
    }
  }
  return found;
}

/** `file:line: table (owner)` for each use outside its owner's folder that no exception allows. */
function violations(file: string, src: string): string[] {
  const path = file.split(sep).join('/');
  const folder = path.split('/')[1] ?? '';
  const allowed = (name: string) =>
    EXCEPTIONS.some((e) => path.startsWith(e.path) && (e.tables === 'all' || e.tables.includes(name)));
  return uses(src)
    .filter((u) => u.owner !== folder && !allowed(u.name))
    .map((u) => `${file}:${u.line}: ${u.name} belongs to shared/${u.owner}`);
}

/** Every *.ts file under `dir`. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

describe('one owner per table', () => {
  it('the scan finds tables in the forms SQL takes in the stores', () => {
    // `$<` stands for a template hole's `${` (a plain string holding `${…}` reads like a forgotten template).
    const sample = [
      '/** @example await tx`delete from jobs`; */',
      "const re = /it's `not` a template/;",
      'const s = "from users";',
      'await sql<{ n: number }[]>`select count(*)::int as n from training_plans tp',
      '  join users u on u.id = tp.user_id`;',
      'await tx`insert into reminder_deliveries $<tx(rows, "user_id")} on conflict do nothing`;',
      'const q = sql`with x as ($<sql`select * from planned_workouts`}) update jobs set a = 1`;',
      'await db`delete from coach_turns where id = $<1}`;',
      'await sql`select mark_missed_workouts($<id}) as n`;',
      'ctx.out.html(`Pick a day from users list`);',
    ]
      .join('\n')
      .replaceAll('$<', '${');
    assert.deepEqual(
      uses(sample).map((u) => `${u.line}:${u.name}`),
      [
        '4:training_plans',
        '5:users',
        '6:reminder_deliveries',
        '7:planned_workouts',
        '7:jobs',
        '8:coach_turns',
        '9:mark_missed_workouts',
      ],
    );
    assert.deepEqual(violations('shared/reminders/x.ts', 'await sql`select 1 from users`;'), [
      'shared/reminders/x.ts:1: users belongs to shared/users',
    ]);
    assert.deepEqual(violations('shared/users/x.ts', 'await sql`select 1 from users`;'), []);
    // An exception covers only its file and its tables.
    const readModel = 'shared/reminders/fan-out-read-model.ts';
    assert.deepEqual(violations(readModel, 'sql`select 1 from users u join jobs j on true`'), [
      `${readModel}:1: jobs belongs to shared/queue`,
    ]);
    assert.deepEqual(violations('shared/status/x.ts', 'sql`select count(*) from jobs`'), []);
  });

  it('every table created by a migration has an owner', () => {
    const created = readdirSync('sql')
      .filter((f) => f.endsWith('.sql'))
      .flatMap((f) => [
        ...readFileSync(join('sql', f), 'utf8').matchAll(/create table (?:if not exists )?(\w+)/gi),
      ])
      .map((m) => (m[1] as string).toLowerCase());
    assert.ok(created.length > 10, `found ${created.length} tables`);
    assert.deepEqual(
      created.filter((t) => !OWNERS[t]),
      [],
      'add the new table to OWNERS (and to DEVELOPERS.md)',
    );
  });

  it('shared/**/*.ts uses each table only in its owner (or a documented exception)', () => {
    const files = tsFiles('shared');
    assert.ok(files.length > 50, `scanned ${files.length} files`);
    const all = files.flatMap((file) => uses(readFileSync(file, 'utf8')));
    assert.ok(all.length > 100, `found ${all.length} table uses: the scanner still reads the stores`);
    const found = files.flatMap((file) => violations(file, readFileSync(file, 'utf8')));
    assert.deepEqual(found, [], "call the owner's function instead (or document an exception)");
  });
});
