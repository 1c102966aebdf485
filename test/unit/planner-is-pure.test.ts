import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

// The planner is pure (issue 16): no network, files, processes, database or model. The GPT layer lives in
// shared/personalise and uses the planner, never the other way round.

/** Modules no file under shared/planner may import, with the reason. */
const FORBIDDEN: [RegExp, string][] = [
  [/^openai(\/|$)/, 'the OpenAI SDK'],
  [/^(node:)?(fs|net|http|https|child_process|dgram|tls|worker_threads)(\/|$)/, 'I/O'],
  [/^(node:)?fs\/promises$/, 'I/O'],
  [/^postgres$/, 'the database driver'],
  [/(^|\/)(db|llm|personalise)(\/|$)/, 'another domain with I/O'],
];

/** Every module specifier a file imports or re-exports (static and dynamic). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of text.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of text.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

function offences(file: string, text: string): string[] {
  return specifiers(text).flatMap((s) =>
    FORBIDDEN.filter(([re]) => re.test(s)).map(([, why]) => `${file} imports ${s} (${why})`),
  );
}

describe('shared/planner is pure', () => {
  it('the scan recognises forbidden imports', () => {
    const samples = [
      "import OpenAI from 'openai';",
      "import { readFileSync } from 'node:fs';",
      "import { request } from 'http';",
      "import postgres from 'postgres';",
      "export { x } from '../db/index.js';",
      "const m = await import('../llm/index.js');",
      "import { personalisePlan } from '../personalise/index.js';",
      "import 'node:child_process';",
    ];
    for (const s of samples) assert.ok(offences('x.ts', s).length > 0, s);
    assert.deepEqual(offences('x.ts', "import { z } from 'zod';\nimport { a } from './dates.js';"), []);
  });

  it('no file under shared/planner imports openai, node I/O, postgres or shared/db|llm|personalise', () => {
    const dir = join('shared', 'planner');
    const files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 10);
    const found = files.flatMap((f) => offences(join(dir, f), readFileSync(join(dir, f), 'utf8')));
    assert.deepEqual(found, []);
  });
});
