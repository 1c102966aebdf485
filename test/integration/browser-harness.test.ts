import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { launchChromium, resolveChromium, testFonts } from '../harness/browser.js';

/** Dark pixels in an RGBA buffer: text drawn in black on white leaves many, a missing font none. */
function darkPixels(rgba: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) if ((rgba[i] ?? 255) < 100) n++;
  return n;
}

describe('browser and font harness (no apt packages needed)', () => {
  it('launches the Chromium @sparticuz/chromium ships in node_modules', async () => {
    const binary = await resolveChromium('sparticuz');
    assert.equal(binary.source, 'sparticuz');
    assert.doesNotMatch(binary.executablePath, /^\/usr\/bin\//);
    const browser = await launchChromium('sparticuz');
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="x">rendered by <b>sparticuz</b></p>');
      assert.equal(await page.textContent('#x'), 'rendered by sparticuz');
    } finally {
      await browser.close();
    }
  });

  it("auto picks Debian's Chromium when installed, the npm one otherwise", async () => {
    const binary = await resolveChromium(undefined);
    assert.equal(binary.source, existsSync('/usr/bin/chromium') ? 'system' : 'sparticuz');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="x">auto</p>');
      assert.equal(await page.textContent('#x'), 'auto');
    } finally {
      await browser.close();
    }
  });

  it('draws text with the npm font when the system has none', async () => {
    const saved = process.env.RUNCOACH_FONTS;
    process.env.RUNCOACH_FONTS = 'npm';
    try {
      const fonts = await testFonts();
      assert.equal(fonts.family, 'Open Sans');
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60">
<rect width="100%" height="100%" fill="#fff"/><text x="10" y="40" font-size="30" fill="#000">5.02 km</text></svg>`;
      const withFont = new Resvg(svg, {
        font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.family },
      }).render();
      const noFont = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
      assert.equal(darkPixels(noFont.pixels), 0, 'without a font resvg draws no text at all');
      assert.ok(darkPixels(withFont.pixels) > 200, 'the npm font draws the text');
    } finally {
      if (saved === undefined) delete process.env.RUNCOACH_FONTS;
      else process.env.RUNCOACH_FONTS = saved;
    }
  });
});
