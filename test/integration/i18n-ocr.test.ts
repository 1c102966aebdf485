import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { OcrEngine, ocrLanguages } from '../../shared/vision/index.js';
import { renderScreenshot } from '../harness/vision-helpers.js';

// OCR reads the runner's language alongside English from the bundled traineddata packages
// (@tesseract.js-data/spa, deu); Russian has no package on npm, so a Russian runner's screenshots are
// read in English only. Accented words are the tell: English data alone does not produce them.

describe('OCR in the runner language', () => {
  const ocr = new OcrEngine();
  after(() => ocr.close());

  it('picks English plus the runner language where data exists', () => {
    assert.deepEqual(ocrLanguages('en'), ['eng']);
    assert.deepEqual(ocrLanguages('es'), ['eng', 'spa']);
    assert.deepEqual(ocrLanguages('de'), ['eng', 'deu']);
    assert.deepEqual(ocrLanguages('ru'), ['eng']);
  });

  it('reads Spanish and German letters that English data alone misreads', async () => {
    // Letters English traineddata lacks are the tell: ñ, í, ß (é/ó are in both, so "Duración" proves nothing).
    const spanish = renderScreenshot(['Mañana 10,5 km', 'Montaña', 'Calorías 640']);
    const es = await ocr.recognize(spanish, 'es');
    assert.match(es, /Mañana/);
    assert.match(es, /Montaña/);
    assert.match(es, /Calorías/);
    assert.doesNotMatch(await ocr.recognize(spanish, 'en'), /ñ/, 'English alone reads ñ as fi');
    const german = renderScreenshot(['Laufzeit 52:30', 'Größe']);
    assert.match(await ocr.recognize(german, 'de'), /Größe/);
    assert.doesNotMatch(await ocr.recognize(german, 'en'), /ß/, 'English alone reads ß as ll');
  });
});
