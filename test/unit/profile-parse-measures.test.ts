import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDistance } from '../../shared/profile/parse-distance.js';
import {
  parseAge,
  parseHeight,
  parseWeeklyVolume,
  parseWeight,
  parseYearsRunning,
} from '../../shared/profile/parse-measures.js';
import type { ParseResult } from '../../shared/profile/parse-result.js';

const HOSTILE = [
  'x'.repeat(5000),
  '🏃‍♀️💨',
  '1; DROP TABLE runners; --',
  '\u0000\u0008',
  '<b>72</b>',
  '',
  '   ',
];

function table<T>(
  name: string,
  parse: (s: string) => ParseResult<T>,
  good: [string, T][],
  bad: [string, RegExp][],
) {
  describe(name, () => {
    for (const [input, expected] of good) {
      it(`accepts ${JSON.stringify(input)} → ${expected}`, () => {
        assert.deepEqual(parse(input), { ok: true, value: expected });
      });
    }
    for (const [input, expected] of bad) {
      it(`rejects ${JSON.stringify(input.slice(0, 30))} with ${expected}`, () => {
        const result = parse(input);
        assert.equal(result.ok, false);
        if (!result.ok) assert.match(result.error, expected);
      });
    }
    it('rejects hostile input without throwing, never echoing raw HTML', () => {
      for (const input of HOSTILE) {
        const result = parse(input);
        assert.equal(result.ok, false, input.slice(0, 20));
        if (!result.ok) assert.doesNotMatch(result.error, /<b>/);
      }
    });
  });
}

table(
  'parseAge',
  parseAge,
  [
    ['34', 34],
    ['34 years', 34],
    ["I'm 34 years old", 34],
    ['10', 10],
    ['100', 100],
  ],
  [
    ['9', /aged 10 to 100/],
    ['101', /aged 10 to 100/],
    ['34.5', /whole years/],
    ['thirty', /couldn't read that age/],
    ['34 kg', /couldn't read that age/],
  ],
);

table(
  'parseHeight (km user)',
  (s) => parseHeight(s, 'km'),
  [
    ['178', 178],
    ['178 cm', 178],
    ['178cm', 178],
    ['1.78 m', 178],
    ['1,78', 178],
    ['1.78', 178],
    [`5'10"`, 177.8],
    ['5 ft 10', 177.8],
    [`5'10`, 177.8],
    ['5′10″', 177.8],
    ['5 feet 10 inches', 177.8],
    ['6 ft', 182.9],
    ['70 in', 177.8],
  ],
  [
    ['70', /cm, metres or inches/],
    ['300', /looks off/],
    ['99 cm', /looks off/],
    [`5'13"`, /below 12/],
    ['178 parsecs', /don't know the unit/],
    ['tall', /couldn't read that height/],
  ],
);

table(
  'parseHeight (miles user)',
  (s) => parseHeight(s, 'mi'),
  [
    ['70', 177.8],
    ['178', 178],
  ],
  [['30', /cm, metres or inches/]],
);

table(
  'parseWeight (km user)',
  (s) => parseWeight(s, 'km'),
  [
    ['72', 72],
    ['72.5 kg', 72.5],
    ['72,5', 72.5],
    ['160 lb', 72.6],
    ['160lbs', 72.6],
    ['about 70 kilos', 70],
  ],
  [
    ['20', /looks off/],
    ['600 lb', /looks off/],
    ['72 stones', /don't know the unit/],
    ['heavy', /couldn't read that weight/],
    ['72 kg 5', /couldn't read that weight/],
  ],
);

table(
  'parseWeight (miles user: bare numbers are pounds)',
  (s) => parseWeight(s, 'mi'),
  [
    ['160', 72.6],
    ['72 kg', 72],
  ],
  [['40', /looks off/]],
);

table(
  'parseYearsRunning',
  (s) => parseYearsRunning(s, { age: 30 }),
  [
    ['0', 0],
    ['3', 3],
    ['3 years', 3],
    ['1,5', 1.5],
    ['6 months', 0.5],
  ],
  [
    ['81', /more than 80 years/],
    ['29', /longer than seems possible at 30/],
    ['a while', /couldn't read that/],
  ],
);

table(
  'parseWeeklyVolume (km user)',
  (s) => parseWeeklyVolume(s, 'km'),
  [
    ['0', 0],
    ['25', 25],
    ['25 km', 25],
    ['25km/week', 25],
    ['15 mi a week', 24.1],
    ['about 30 km per week', 30],
  ],
  [
    ['300', /more than 250 km/],
    ['25 furlongs', /don't know the unit/],
    ['lots', /couldn't read that/],
  ],
);

table('parseWeeklyVolume (miles user)', (s) => parseWeeklyVolume(s, 'mi'), [['20', 32.2]], []);

table(
  'parseDistance (km user)',
  (s) => parseDistance(s, 'km'),
  [
    ['5k', 5],
    ['5K', 5],
    ['10 km', 10],
    ['13.1 mi', 21.0975],
    ['26.2 miles', 42.195],
    ['21.1', 21.0975],
    ['half', 21.0975],
    ['Half marathon', 21.0975],
    ['marathon', 42.195],
    ['15', 15],
    ['50k', 50],
    ['5000m', 5],
    ['3.1 mi', 5],
  ],
  [
    ['0.5 km', /between 1 and 250 km/],
    ['300 km', /between 1 and 250 km/],
    ['10 parsecs', /don't know the unit/],
    ['far', /couldn't read that distance/],
  ],
);

table(
  'parseDistance (miles user)',
  (s) => parseDistance(s, 'mi'),
  [
    ['10', 16.093],
    ['10 km', 10],
  ],
  [],
);

describe('prototype keys typed as answers', () => {
  it('are plain unknown words, not Object.prototype members', () => {
    for (const word of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      assert.equal(parseDistance(word, 'km').ok, false, word);
      assert.equal(parseDistance(`10 ${word.toLowerCase()}`, 'km').ok, false, word);
    }
  });
});
