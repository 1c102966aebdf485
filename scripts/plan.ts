/**
 * The plan CLI (issue 16), for coaches reviewing plans and for tests:
 *   npm run plan -- <profile.json> [--today YYYY-MM-DD] [--personalise]
 * Prints the plan (or the feasibility gate's answer) as JSON on stdout and the rule checker's verdict on
 * stderr; a file holding an array gives an array in the same order. `--personalise` runs the GPT path with
 * OPENAI_API_KEY / OPENAI_BASE_URL / OPENAI_MODEL (any OpenAI-compatible server). A bad file or field prints
 * an error naming it and exits with 2.
 */
import { readFileSync } from 'node:fs';
import { loadOpenAI } from '../shared/llm/index.js';
import { personalisePlan } from '../shared/personalise/index.js';
import { CliInputError, formatGate, formatPlan, toPlannerInput } from '../shared/planner/cli-format.js';
import { planOrGate } from '../shared/planner/feasibility.js';
import { checkPlan, parseIsoDate } from '../shared/planner/index.js';

const USAGE = 'usage: npm run plan -- <profile.json> [--today YYYY-MM-DD] [--personalise]';

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let file: string | undefined;
  let today = new Date().toISOString().slice(0, 10);
  let personalise = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--today') {
      const v = argv[++i];
      if (!v || parseIsoDate(v) === undefined)
        fail(`--today: expected a date YYYY-MM-DD, got ${v ?? 'nothing'}`);
      today = v;
    } else if (a === '--personalise') personalise = true;
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else fail(`unexpected argument ${a}`);
  }
  if (!file) fail('missing <profile.json>');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    fail(
      `${file}: ${err instanceof SyntaxError ? `not valid JSON (${err.message})` : (err as Error).message}`,
    );
  }
  const many = Array.isArray(raw);
  const profiles: unknown[] = many ? (raw as unknown[]) : [raw];
  if (profiles.length === 0) fail(`${file}: the array holds no profile`);
  const inputs = profiles.map((p, i) => {
    try {
      return {
        input: toPlannerInput(p, today, many ? `[${i}]` : ''),
        notes: (p as { notes?: string }).notes,
      };
    } catch (err) {
      if (err instanceof CliInputError) fail(`${file}: ${err.message}`);
      throw err;
    }
  });

  const model = process.env.OPENAI_MODEL ?? 'gpt-4o';
  const client =
    personalise && process.env.OPENAI_API_KEY
      ? new (await loadOpenAI())({
          apiKey: process.env.OPENAI_API_KEY,
          ...(process.env.OPENAI_BASE_URL ? { baseURL: process.env.OPENAI_BASE_URL } : {}),
          timeout: 60_000,
          maxRetries: 1,
        })
      : undefined;
  const out: unknown[] = [];
  let bad = false;
  for (const [i, { input, notes }] of inputs.entries()) {
    const tag = many ? `[${i}] ` : '';
    const gate = planOrGate(input);
    if (gate.infeasible) {
      out.push(formatGate(gate));
      process.stderr.write(`${tag}verdict: infeasible — ${gate.reason}\n`);
      continue;
    }
    let plan = gate.plan;
    let source: 'llm' | 'deterministic' = 'deterministic';
    let reason: string | undefined;
    if (personalise && !client) reason = 'OPENAI_API_KEY is not set';
    if (client) {
      const r = await personalisePlan({
        client,
        model,
        input,
        basePlan: plan,
        ...(notes ? { runnerNotes: notes } : {}),
      });
      plan = r.plan;
      source = r.source;
      reason = r.reason;
    }
    const violations = checkPlan(plan, input);
    if (violations.length > 0) bad = true;
    out.push(formatPlan(plan, source, reason));
    process.stderr.write(
      violations.length === 0
        ? `${tag}verdict: ok — 0 violations (${source})\n`
        : `${tag}verdict: ${violations.length} violation(s)\n${violations.map((v) => `  ${v.code} week ${v.week ?? '-'} ${v.date ?? ''} ${v.message}`).join('\n')}\n`,
    );
  }
  process.stdout.write(`${JSON.stringify(many ? out : out[0], null, 2)}\n`);
  if (bad) process.exitCode = 1;
}

await main(process.argv.slice(2));
