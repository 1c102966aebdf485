#!/usr/bin/env node
// Runs every *.test.ts under test/ with Node's own test runner (through tsx).
// Node 20's --test has no glob support, so the files are listed here.
// Usage: node scripts/run-tests.mjs [unit|integration|<path filter>]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const files = readdirSync('test', { recursive: true })
  .map((f) => join('test', String(f)))
  .filter((f) => f.endsWith('.test.ts') && f.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`no test files match "${filter}"`);
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '1';
// A hung test fails after this long instead of hanging the run (tests with their own `timeout` keep it).
const timeoutMs = process.env.TEST_TIMEOUT_MS ?? '600000';
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, `--test-timeout=${timeoutMs}`, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
