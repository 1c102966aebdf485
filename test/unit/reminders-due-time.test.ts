import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  localDate,
  reminderState,
  reminderWindow,
  resolveZone,
  WindowCache,
} from '../../shared/reminders/index.js';

const iso = (d: Date) => d.toISOString();
const HOUR = 3_600_000;

describe('reminder windows: Europe/Berlin across DST', () => {
  it('spring forward (last Sunday of March 2026): 19:00 local is 18:00Z before, 17:00Z after', () => {
    const sunday = reminderWindow('2026-03-29', 'Europe/Berlin', 19); // reminder on Sat 28 (CET)
    assert.equal(iso(sunday.dueAt), '2026-03-28T18:00:00.000Z');
    assert.equal(iso(sunday.expiresAt), '2026-03-28T23:00:00.000Z');
    const monday = reminderWindow('2026-03-30', 'Europe/Berlin', 19); // reminder on Sun 29 (CEST)
    assert.equal(iso(monday.dueAt), '2026-03-29T17:00:00.000Z');
    assert.equal(iso(monday.expiresAt), '2026-03-29T22:00:00.000Z');
    // The local day of the change is 23 hours long: no fixed offset anywhere.
    assert.equal(monday.dueAt.getTime() - sunday.dueAt.getTime(), 23 * HOUR);
  });

  it('a reminder hour inside the spring gap (02:00 does not exist) moves to 03:00 CEST', () => {
    const w = reminderWindow('2026-03-30', 'Europe/Berlin', 2);
    assert.equal(iso(w.dueAt), '2026-03-29T01:00:00.000Z');
  });

  it('fall back (last Sunday of October 2026): 19:00 local is 17:00Z before, 18:00Z after', () => {
    const sunday = reminderWindow('2026-10-25', 'Europe/Berlin', 19); // reminder on Sat 24 (CEST)
    assert.equal(iso(sunday.dueAt), '2026-10-24T17:00:00.000Z');
    assert.equal(iso(sunday.expiresAt), '2026-10-24T22:00:00.000Z');
    const monday = reminderWindow('2026-10-26', 'Europe/Berlin', 19); // reminder on Sun 25 (CET)
    assert.equal(iso(monday.dueAt), '2026-10-25T18:00:00.000Z');
    assert.equal(iso(monday.expiresAt), '2026-10-25T23:00:00.000Z');
    assert.equal(monday.dueAt.getTime() - sunday.dueAt.getTime(), 25 * HOUR);
  });

  it('an ambiguous reminder hour (02:00 happens twice) is one instant: the standard-time one', () => {
    const w = reminderWindow('2026-10-26', 'Europe/Berlin', 2);
    assert.equal(iso(w.dueAt), '2026-10-25T01:00:00.000Z');
  });
});

describe('reminder windows: a +13 / −10 pair', () => {
  // Pacific/Tongatapu is UTC+13, Pacific/Honolulu UTC−10 (neither observes DST): 23 hours apart.
  const tonga = reminderWindow('2026-06-15', 'Pacific/Tongatapu', 19);
  const honolulu = reminderWindow('2026-06-15', 'Pacific/Honolulu', 19);

  it('the same local evening is 23 hours apart in UTC', () => {
    assert.equal(iso(tonga.dueAt), '2026-06-14T06:00:00.000Z');
    assert.equal(iso(honolulu.dueAt), '2026-06-15T05:00:00.000Z');
    assert.equal(iso(tonga.expiresAt), '2026-06-14T11:00:00.000Z');
    assert.equal(iso(honolulu.expiresAt), '2026-06-15T10:00:00.000Z');
  });

  it('at one instant the +13 user is past the workout day start while the −10 user is not yet due', () => {
    const now = new Date('2026-06-14T12:00:00Z');
    assert.equal(localDate(now, 'Pacific/Tongatapu', 1), '2026-06-16');
    assert.equal(localDate(now, 'Pacific/Honolulu', 1), '2026-06-15');
    assert.equal(reminderState(tonga, now), 'stale');
    assert.equal(reminderState(honolulu, now), 'not_due');
  });
});

describe('reminder state', () => {
  const w = reminderWindow('2026-05-12', 'Europe/Berlin', 19);

  it('is not due before the hour, due (late too) until local midnight, stale from then on', () => {
    assert.equal(reminderState(w, new Date(w.dueAt.getTime() - 1)), 'not_due');
    assert.equal(reminderState(w, w.dueAt), 'due');
    assert.equal(reminderState(w, new Date(w.expiresAt.getTime() - 1)), 'due'); // catch-up after downtime
    assert.equal(reminderState(w, w.expiresAt), 'stale');
  });

  it('hour 0 means midnight at the start of the day before', () => {
    const early = reminderWindow('2026-05-12', 'Europe/Berlin', 0);
    assert.equal(iso(early.dueAt), '2026-05-10T22:00:00.000Z');
  });

  it('rejects impossible hours and dates', () => {
    assert.throws(() => reminderWindow('2026-05-12', 'UTC', 24), RangeError);
    assert.throws(() => reminderWindow('2026-02-30', 'UTC', 19), RangeError);
  });

  it('an unknown zone falls back to UTC instead of stopping reminders', () => {
    assert.equal(resolveZone('Mars/Olympus'), 'UTC');
    assert.equal(resolveZone(null), 'UTC');
    assert.equal(resolveZone('America/Sao_Paulo'), 'America/Sao_Paulo');
    assert.equal(iso(reminderWindow('2026-05-12', 'Mars/Olympus', 19).dueAt), '2026-05-11T19:00:00.000Z');
  });

  it('the window cache returns the same instants as a fresh computation', () => {
    const cache = new WindowCache();
    for (const zone of ['Europe/Berlin', 'Pacific/Tongatapu', 'Pacific/Honolulu', 'Asia/Kolkata']) {
      for (const date of ['2026-03-29', '2026-03-30', '2026-10-25', '2026-10-26']) {
        const a = cache.get(date, zone, 19);
        const b = cache.get(date, zone, 19);
        assert.equal(a, b);
        assert.deepEqual(a, reminderWindow(date, zone, 19));
      }
    }
  });
});
