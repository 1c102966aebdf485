import { mkdirSync } from 'node:fs';

export { launchChromium } from './browser.js';
export { freePort } from './net.js';

/**
 * The folder for screenshots and other test artifacts (`test-artifacts/`, git-ignored), created on demand.
 *
 * @example
 * await page.screenshot({ path: `${artifactsDir()}/status-page.png` });
 */
export function artifactsDir(): string {
  mkdirSync('test-artifacts', { recursive: true });
  return 'test-artifacts';
}

/** Lines of a Prometheus text exposition that are neither comments nor valid samples. */
const SAMPLE =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*")(,[a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*")*,?\})? (-?[0-9.]+([eE][-+]?[0-9]+)?|NaN|[+-]Inf)( -?\d+)?$/;
const COMMENT =
  /^# (HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|histogram|summary|untyped))$/;

/**
 * Checks a Prometheus text exposition line by line; returns the offending lines (empty when valid).
 *
 * @example
 * assert.deepEqual(invalidPrometheusLines(await res.text()), []);
 */
export function invalidPrometheusLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .filter((line) => (line.startsWith('#') ? !COMMENT.test(line) : !SAMPLE.test(line)));
}
