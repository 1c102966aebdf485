import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localToday, parseRaceDate } from '../../shared/profile/parse-date.js';

// Sunday 10 May 2026, 12:00 UTC.
const now = new Date('2026-05-10T12:00:00Z');
const ctx = { now, timeZone: 'Europe/Berlin' };

describe('parseRaceDate: accepted forms', () => {
  const good: [string, string][] = [
    ['2027-04-12', '2027-04-12'],
    ['12.04.2027', '2027-04-12'],
    ['12/04/2027', '2027-04-12'],
    ['12-04-2027', '2027-04-12'],
    ['12.04.27', '2027-04-12'],
    ['04/13/2027', '2027-04-13'], // only month-first makes sense
    ['13/04/2027', '2027-04-13'],
    ['April 12', '2027-04-12'], // no year: next occurrence
    ['12 April 2027', '2027-04-12'],
    ['12 april', '2027-04-12'],
    ['on the 12th of April', '2027-04-12'],
    ['June 7', '2026-06-07'],
    ['in 16 weeks', '2026-08-30'],
    ['16 weeks from now', '2026-08-30'],
    ['  12.04.2027.  ', '2027-04-12'],
    ['２０２７-０４-１２', '2027-04-12'], // full-width digits (NFKC)
  ];
  for (const [input, expected] of good) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      assert.deepEqual(parseRaceDate(input, ctx), { ok: true, value: expected });
    });
  }

  it('ambiguous 05/06/2027 is read day-first (5 June)', () => {
    assert.deepEqual(parseRaceDate('05/06/2027', ctx), { ok: true, value: '2027-06-05' });
  });

  it('"in 16 weeks" counts from the runner\'s local today, not UTC', () => {
    // 23:30 UTC on 10 May is already 11 May in Moscow.
    const late = new Date('2026-05-10T23:30:00Z');
    assert.deepEqual(parseRaceDate('in 1 week', { now: late, timeZone: 'Europe/Moscow' }), {
      ok: true,
      value: '2026-05-18',
    });
    assert.deepEqual(parseRaceDate('in 1 week', { now: late, timeZone: 'UTC' }), {
      ok: true,
      value: '2026-05-17',
    });
  });
});

describe('parseRaceDate: rejected input gets a specific re-ask', () => {
  const bad: [string, RegExp][] = [
    ['31.02.2027', /doesn't exist on the calendar/],
    ['2027-02-31', /doesn't exist on the calendar/],
    ['13.13.2027', /doesn't exist on the calendar/],
    ['2026-05-01', /already behind us/],
    ['10.05.2026', /today/],
    ['2029-01-01', /more than 2 years away/],
    ['in 3 years', /more than 2 years away/],
    ['April', /Which day exactly/],
    ['soon', /couldn't read that date.*2027-04-12, 12\.04\.2027 or 'in 16 weeks'/],
    ["'; DROP TABLE users; -- 12 April", /couldn't read that date/],
    ['🏃‍♂️🏃‍♀️', /couldn't read that date/],
    ['x'.repeat(5000), /a lot of text/],
    ['', /didn't get an answer/],
    ['\u0000\u0007\u001b', /didn't get an answer/],
    ['12 April or 20 May', /couldn't read that date/],
  ];
  for (const [input, expected] of bad) {
    it(`${JSON.stringify(input.slice(0, 40))} → ${expected}`, () => {
      const result = parseRaceDate(input, ctx);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.error, expected);
    });
  }
});

describe('localToday', () => {
  it('uses the given zone', () => {
    assert.equal(localToday(new Date('2026-05-10T23:30:00Z'), 'Europe/Moscow'), '2026-05-11');
    assert.equal(localToday(new Date('2026-05-10T23:30:00Z'), 'America/New_York'), '2026-05-10');
  });
});
