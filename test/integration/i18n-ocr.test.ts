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

  it('reads Spanish and German labels with their accents', async () => {
    const spanish = await ocr.recognize(renderScreenshot(['Duración 52:30', 'Carrera 10,5 km']), 'es');
    assert.match(spanish, /Duración/);
    const german = await ocr.recognize(renderScreenshot(['Laufzeit 52:30', 'Länge 10,5 km', 'Größe']), 'de');
    assert.match(german, /Länge/);
    assert.match(german, /Größe/);
  });
});
