import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTimeZone } from '../../shared/profile/parse-timezone.js';
import { isValidTimeZone } from '../../shared/profile/profile.js';

const now = new Date('2026-05-10T12:00:00Z');

describe('parseTimeZone: places', () => {
  const good: [string, string, string][] = [
    ['Berlin', 'Europe/Berlin', 'city'],
    ['new york', 'America/New_York', 'city'],
    ['NYC', 'America/New_York', 'city'],
    ['São Paulo', 'America/Sao_Paulo', 'city'],
    ['sao paulo', 'America/Sao_Paulo', 'city'],
    ['Munich', 'Europe/Berlin', 'city'],
    ['Zürich', 'Europe/Zurich', 'city'],
    ['Portland', 'America/Los_Angeles', 'city'], // the biggest Portland
    ['Portland, Maine', 'America/New_York', 'city'],
    ['Saint Petersburg', 'Europe/Moscow', 'city'],
    ['Kolkata', 'Asia/Kolkata', 'city'],
    ['Germany', 'Europe/Berlin', 'country'],
    ['Europe/Lisbon', 'Europe/Lisbon', 'iana'],
    ['europe/lisbon', 'Europe/Lisbon', 'iana'],
    ['EST', 'America/New_York', 'abbreviation'],
  ];
  for (const [input, zone, kind] of good) {
    it(`${input} → ${zone}`, () => {
      const result = parseTimeZone(input, now);
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(result.value.zone, zone);
      assert.equal(result.value.kind, kind);
    });
  }
});

describe('parseTimeZone: offsets map to real IANA zones', () => {
  const good: [string, string, string][] = [
    ['UTC+3', 'Etc/GMT-3', 'UTC+3'], // POSIX sign inversion
    ['utc+03:00', 'Etc/GMT-3', 'UTC+3'],
    ['-05:00', 'Etc/GMT+5', 'UTC−5'],
    ['GMT-3', 'Etc/GMT+3', 'UTC−3'],
    ['GMT+5:30', 'Asia/Kolkata', 'UTC+5:30'],
    ['+0545', 'Asia/Kathmandu', 'UTC+5:45'],
    ['UTC', 'Etc/UTC', 'UTC'],
    ['+14', 'Etc/GMT-14', 'UTC+14'],
  ];
  for (const [input, zone, label] of good) {
    it(`${input} → ${zone}`, () => {
      const result = parseTimeZone(input, now);
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(result.value.zone, zone);
      assert.equal(result.value.label, label);
      assert.equal(result.value.kind, 'offset');
      assert.ok(isValidTimeZone(result.value.zone));
    });
  }
});

describe('parseTimeZone: rejections', () => {
  const bad: [string, RegExp][] = [
    ['UTC+15', /UTC−12 to UTC\+14/],
    ['UTC+3:20', /UTC−12 to UTC\+14/],
    ['Russia', /several time zones — which city/],
    ['United States', /several time zones/],
    ['Atlantis', /couldn't find that place.*'Berlin'.*'UTC\+3'/],
    ["'; DROP TABLE users; --", /couldn't find that place/],
    ['🌍', /couldn't find that place/],
    ['x'.repeat(5000), /a lot of text/],
    ['Mars/Olympus', /couldn't find that place/],
  ];
  for (const [input, expected] of bad) {
    it(`rejects ${JSON.stringify(input.slice(0, 20))}`, () => {
      const result = parseTimeZone(input, now);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.error, expected);
    });
  }
});
