import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * Launches headless Chromium for rendering test screenshots: Debian's `/usr/bin/chromium` when present,
 * else the binary `@sparticuz/chromium` unpacks (never a download). Kept to this one function so a shared
 * launcher can replace it.
 *
 * @example
 * const browser = await launchScreenshotBrowser();
 * const page = await browser.newPage(); … await browser.close();
 */
export async function launchScreenshotBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  let executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    executablePath = await sparticuz.executablePath();
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}
