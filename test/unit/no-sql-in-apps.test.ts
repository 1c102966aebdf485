import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

// SQL lives in the table owners under shared/<domain>/; apps/ is wiring and Telegram glue. This scan
// fails on a tagged SQL template (`sql`…``, `tx`…``, `ctx.tx<Row[]>`…``, `db.unsafe(`) or an SQL
// statement in any template literal under apps/.

/** A porsager-style tag: sql`, tx`, db`, ctx.tx`, this.sql<Row[]>`, with optional type arguments. */
const TAGGED = /\b(?:sql|tx|db|trx)\s*(?:<(?:[^<>`]|<[^<>`]*>)*>)?\s*`/g;
const UNSAFE = /\.unsafe\s*\(/g;
/** SQL statements inside any template literal (a helper passed around untagged is still SQL). */
const STATEMENT =
  /`[^`]*\b(?:select\s[^`]*?\bfrom\s+\w+(?:\s+\w+)?\s+(?:where|join|left|group|order|limit|for)\b|insert\s+into\s+\w+\s*[(\s]|update\s+\w+\s+set\s+\w+\s*=|delete\s+from\s+\w+(?=\s*(?:where\b|`|;|\$\{)))[^`]*`/gi;

/** Every *.ts file under `dir`. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** `file:line: excerpt` for each match of each pattern in `text`. */
function findSql(file: string, text: string): string[] {
  const found: string[] = [];
  for (const pattern of [TAGGED, UNSAFE, STATEMENT]) {
    for (const match of text.matchAll(pattern)) {
      const line = text.slice(0, match.index).split('\n').length;
      found.push(`${file}:${line}: ${match[0].replace(/\s+/g, ' ').slice(0, 80)}`);
    }
  }
  return found;
}

describe('no SQL under apps/', () => {
  it('the scan recognises the forms SQL took in features before', () => {
    const samples = [
      'await ctx.tx`select 1 from training_plans where user_id = 1`;',
      'const [r] = await ctx.tx<{ n: number }[]>`\n  select count(*)::int as n from jobs`;',
      'await tx`delete from users where id = 7`;',
      'const rows = await sql<Array<{ a: number }>>`update jobs set status = 1`;',
      'await this.db.unsafe("select 1");',
      'const q = `insert into users (id) values (1)`;',
      'const q = `select id from users u where u.id = 1`;',
      'const q = `delete from jobs`;',
    ];
    for (const sample of samples) assert.notDeepEqual(findSql('sample.ts', sample), [], sample);
    // Ordinary replies mentioning the words are not SQL.
    assert.deepEqual(
      findSql(
        'sample.ts',
        'ctx.out.html(`Select a day from the list, then update your plan. Delete from memory.`);',
      ),
      [],
    );
  });

  it('finds none in apps/**/*.ts', () => {
    const files = tsFiles('apps');
    assert.ok(files.length > 10, `scanned ${files.length} files`);
    const found = files.flatMap((file) => findSql(file, readFileSync(file, 'utf8')));
    assert.deepEqual(found, [], 'move these statements into their table owner under shared/<domain>/');
  });
});
