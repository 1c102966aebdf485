import { Resvg } from '@resvg/resvg-js';

/**
 * Renders a small PNG (for photo uploads in tests) with resvg.
 *
 * @example
 * const png = makePng(64, 48, '#2a9de8'); // Buffer with a 64×48 PNG
 */
export function makePng(width = 64, height = 48, color = '#2a9de8', label = ''): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="${color}"/>
<circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="#ffffff"/>
${label ? `<text x="8" y="${height - 10}" font-size="${Math.round(height / 6)}" fill="#ffffff">${label}</text>` : ''}
</svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}
