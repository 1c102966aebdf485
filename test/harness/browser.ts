import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { type Browser, chromium } from 'playwright-core';
import { z } from 'zod';

/**
 * Which Chromium the browser tests launch: `auto` (default) takes Debian's when installed, otherwise the
 * one @sparticuz/chromium ships in node_modules; `system` and `sparticuz` force one (CI and the harness
 * test use them to prove both work). Never a downloaded browser.
 */
const browserChoice = z.enum(['auto', 'system', 'sparticuz']).default('auto');

/** Debian's Chromium (CHROMIUM_PATH overrides where it lives). */
const systemChromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium as root in a container. */
const SYSTEM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium a browser test will launch: where it is, its flags, and where it came from. */
export interface ChromiumBinary {
  readonly source: 'system' | 'sparticuz';
  readonly executablePath: string;
  readonly args: readonly string[];
}

/**
 * Resolves the Chromium binary (`RUNCOACH_BROWSER`=auto|system|sparticuz). The @sparticuz binary is
 * unpacked from its brotli archive into the temp folder on first use (about 2 s, then reused).
 *
 * @example
 * const { source, executablePath } = await resolveChromium(); // { source: 'system', … }
 */
export async function resolveChromium(
  choice: string | undefined = process.env.RUNCOACH_BROWSER,
): Promise<ChromiumBinary> {
  const wanted = browserChoice.parse(choice === '' ? undefined : choice);
  if (wanted === 'system' || (wanted === 'auto' && existsSync(systemChromiumPath()))) {
    if (!existsSync(systemChromiumPath()))
      throw new Error(`RUNCOACH_BROWSER=system but there is no Chromium at ${systemChromiumPath()}`);
    return { source: 'system', executablePath: systemChromiumPath(), args: SYSTEM_ARGS };
  }
  return {
    source: 'sparticuz',
    executablePath: await sparticuz.executablePath(),
    // Not its own flags: they are tuned for AWS Lambda (`--single-process` hangs once a test opens and
    // closes several pages; `--font-render-hinting=none` and SwiftShader change how the screenshot set
    // renders, and its offline OCR read 92 % instead of 100 %). The same flags as Debian's binary.
    args: SYSTEM_ARGS,
  };
}

/**
 * Launches Chromium headless for a browser test (see `resolveChromium`): every browser test goes through
 * here, so a machine without Debian's package still runs them all.
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage(); … await browser.close();
 */
export async function launchChromium(choice?: string): Promise<Browser> {
  const binary = await resolveChromium(choice);
  return chromium.launch({ executablePath: binary.executablePath, args: [...binary.args], headless: true });
}

/** Font files the Open Sans family @sparticuz/chromium ships (fonts.tar.br), unpacked on first use. */
async function npmFontFiles(): Promise<string[]> {
  const dir = join(tmpdir(), 'fonts', 'fonts', 'Open_Sans');
  if (!existsSync(dir)) {
    const archive = join(
      import.meta.dirname,
      '..',
      '..',
      'node_modules',
      '@sparticuz',
      'chromium',
      'bin',
      'fonts.tar.br',
    );
    const { inflate } = await import('@sparticuz/chromium');
    await inflate(archive);
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ttf'))
    .map((f) => join(dir, f));
}

const SYSTEM_FONTS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
];

/**
 * Fonts for text the tests draw themselves (screenshots for OCR): the system's DejaVu/Liberation sans
 * when installed, otherwise Open Sans from @sparticuz/chromium, so no apt package is needed.
 * `RUNCOACH_FONTS=npm` forces the npm fonts. Pass the result to resvg as `fontFiles` with
 * `defaultFontFamily`.
 *
 * @example
 * const { files, family } = await testFonts();
 * new Resvg(svg, { font: { fontFiles: files, defaultFontFamily: family, loadSystemFonts: false } });
 */
export async function testFonts(): Promise<{ files: string[]; family: string }> {
  const system = SYSTEM_FONTS.filter((f) => existsSync(f));
  if (process.env.RUNCOACH_FONTS !== 'npm' && system.length > 0)
    return { files: system, family: system[0]?.includes('DejaVu') ? 'DejaVu Sans' : 'Liberation Sans' };
  return { files: await npmFontFiles(), family: 'Open Sans' };
}
