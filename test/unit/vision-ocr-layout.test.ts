import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type OcrPage, type OcrWord, parseScreenshotDate, readOcrLayout } from '../../shared/vision/index.js';

/**
 * A page from rows of cells: each cell is [x, text] on the row's y; cells become words 12 px per
 * character, `h` pixels tall; each row is one tesseract line.
 */
function pageOf(rows: Array<{ y: number; h?: number; cells: Array<[number, string]> }>): OcrPage {
  const words: OcrWord[] = [];
  rows.forEach((row, line) => {
    const h = row.h ?? 20;
    for (const [x, text] of row.cells) {
      let at = x;
      for (const word of text.split(' ')) {
        const w = (word.length * h * 3) / 5;
        words.push({ text: word, conf: 95, line, x0: at, y0: row.y, x1: at + w, y1: row.y + h });
        at += w + h / 3;
      }
    }
  });
  const text = rows.map((r) => r.cells.map(([, t]) => t).join(' ')).join('\n');
  return { text, words };
}

describe('layout-aware OCR parsing (word boxes)', () => {
  it('labels in a row with values under them: the pace is not taken for the time', () => {
    const page = pageOf([
      { y: 20, cells: [[20, 'Morning Run']] },
      {
        y: 100,
        h: 14,
        cells: [
          [20, 'Distance'],
          [150, 'Pace'],
          [280, 'Time'],
        ],
      },
      {
        y: 120,
        h: 24,
        cells: [
          [20, '5.02 km'],
          [150, '5:14 /km'],
          [280, '26:17'],
        ],
      },
    ]);
    const r = readOcrLayout(page, '2025-03-05');
    assert.deepEqual([r?.distanceKm, r?.durationSec, r?.paceSecPerKm], [5.02, 1577, 314]);
    assert.equal(r?.confidence, 0.9);
  });

  it('a big number with "Miles" under it is miles; values over their labels', () => {
    const page = pageOf([
      { y: 20, h: 14, cells: [[20, 'Sunday']] },
      { y: 60, h: 80, cells: [[20, '6.21']] },
      { y: 150, h: 20, cells: [[20, 'Miles']] },
      {
        y: 200,
        h: 26,
        cells: [
          [20, '8\'12"'],
          [200, '50:56'],
          [380, '702'],
        ],
      },
      {
        y: 230,
        h: 16,
        cells: [
          [20, 'Avg. Pace'],
          [200, 'Time'],
          [380, 'Calories'],
        ],
      },
    ]);
    const r = readOcrLayout(page, '2025-03-05');
    assert.deepEqual([r?.distanceKm, r?.durationSec, r?.date], [9.99, 3056, '2025-03-02']);
  });

  it('label left, value right rows; moving time wins over total time; decimal commas', () => {
    const page = pageOf([
      {
        y: 20,
        cells: [
          [20, 'Distance'],
          [300, '18,30 km'],
        ],
      },
      {
        y: 60,
        cells: [
          [20, 'Total Time'],
          [300, '1:41:05'],
        ],
      },
      {
        y: 100,
        cells: [
          [20, 'Moving Time'],
          [300, '1:38:22'],
        ],
      },
      {
        y: 140,
        cells: [
          [20, 'Avg HR'],
          [300, '143 bpm'],
        ],
      },
    ]);
    const r = readOcrLayout(page, '2025-03-05');
    assert.deepEqual([r?.distanceKm, r?.durationSec, r?.avgHr], [18.3, 5902, 143]);
  });

  it('units in the label ("Distance (mi)") apply to a bare number; a clock time of day is no duration', () => {
    const page = pageOf([
      { y: 20, cells: [[20, 'Today at 7:02 AM']] },
      {
        y: 100,
        h: 26,
        cells: [
          [20, '3.11'],
          [200, '29:00'],
        ],
      },
      {
        y: 130,
        h: 16,
        cells: [
          [20, 'Distance (mi)'],
          [200, 'Duration'],
        ],
      },
    ]);
    const r = readOcrLayout(page, '2025-03-05');
    assert.deepEqual([r?.distanceKm, r?.durationSec, r?.date], [5.01, 1740, '2025-03-05']);
  });

  it("a distance shown without any unit is in the runner's units", () => {
    const page = pageOf([
      {
        y: 100,
        h: 14,
        cells: [
          [20, 'Distance'],
          [200, 'Time'],
        ],
      },
      {
        y: 120,
        h: 24,
        cells: [
          [20, '3.10'],
          [200, '27:30'],
        ],
      },
    ]);
    assert.equal(readOcrLayout(page, '2025-03-05', 'mi')?.distanceKm, 4.99);
    assert.equal(readOcrLayout(page, '2025-03-05')?.distanceKm, 3.1);
  });

  it('no distance and no time: not a workout', () => {
    assert.equal(
      readOcrLayout(pageOf([{ y: 20, cells: [[20, 'Happy birthday!']] }]), '2025-03-05'),
      undefined,
    );
  });

  it('dates: a bare weekday is the latest such day up to the message date', () => {
    assert.equal(parseScreenshotDate('Monday', '2025-03-05'), '2025-03-03');
    assert.equal(parseScreenshotDate('Wed · 6:10 PM', '2025-03-05'), '2025-03-05');
    assert.equal(parseScreenshotDate('Thursday', '2025-03-05'), '2025-02-27');
    assert.equal(parseScreenshotDate('Sunday Run · Mar 2, 2025', '2025-03-05'), '2025-03-02');
  });
});
