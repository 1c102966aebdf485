import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { durationCandidates, parseRaceTime, parseReminderHour } from '../../shared/profile/parse-time.js';

describe('durationCandidates', () => {
  const cases: [string, number[]][] = [
    ['45:30', [2730, 163800]],
    ['1:45:30', [6330]],
    ['45 min', [2700]],
    ['1h 45m', [6300]],
    ['1 hour 45 minutes 30 seconds', [6330]],
    ['1,5 h', [5400]],
    ['45:75', []],
    ['1:45:75', []],
    ['45 min 10 min', []],
    ['45 parsecs', []],
    ['soon', []],
    ['', []],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(durationCandidates(input), expected);
    });
  }
});

describe('parseRaceTime', () => {
  const good: [string, number, number][] = [
    ['45:30', 10, 2730],
    ['1:45:30', 21.0975, 6330],
    ['1:45', 21.0975, 6300], // h:mm is the only plausible reading for a half
    ['22:10', 5, 1330], // m:ss for a 5K
    ['45 min', 10, 2700],
    ['3h 30m', 42.195, 12600],
  ];
  for (const [input, km, expected] of good) {
    it(`${input} over ${km} km → ${expected} s`, () => {
      assert.deepEqual(parseRaceTime(input, km), { ok: true, value: expected });
    });
  }
  const bad: [string, number, RegExp][] = [
    ['5:00', 10, /doesn't look right/], // 30 s/km
    ['10 h', 5, /doesn't look right/],
    ['fast', 10, /couldn't read that time.*45:30/],
    ['x'.repeat(5000), 10, /a lot of text/],
    ['⏱️', 10, /couldn't read that time/],
    ["1:00'; DROP TABLE x;", 10, /couldn't read that time/],
  ];
  for (const [input, km, expected] of bad) {
    it(`rejects ${JSON.stringify(input.slice(0, 20))} over ${km} km`, () => {
      const result = parseRaceTime(input, km);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.error, expected);
    });
  }
});

describe('parseReminderHour', () => {
  const good: [string, number][] = [
    ['19', 19],
    ['19:00', 19],
    ['19h', 19],
    ['7pm', 19],
    ['7 PM', 19],
    ['7 p.m.', 19],
    ['7:00 am', 7],
    ['12 am', 0],
    ['12pm', 12],
    ['noon', 12],
    ['midnight', 0],
    ['0', 0],
    ['at 6', 6],
  ];
  for (const [input, expected] of good) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      assert.deepEqual(parseReminderHour(input), { ok: true, value: expected });
    });
  }
  const bad: [string, RegExp][] = [
    ['19:30', /on the hour/],
    ['24', /0–23/],
    ['13pm', /1–12/],
    ['19:75', /couldn't read that time/],
    ['evening', /couldn't read that time/],
    ['x'.repeat(5000), /a lot of text/],
  ];
  for (const [input, expected] of bad) {
    it(`rejects ${JSON.stringify(input.slice(0, 20))}`, () => {
      const result = parseReminderHour(input);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.error, expected);
    });
  }
});
