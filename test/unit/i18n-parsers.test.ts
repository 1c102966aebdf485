import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from '../../shared/i18n/index.js';
import {
  parseAge,
  parseDistance,
  parseHeight,
  parseLongestRun,
  parseRaceDate,
  parseRaceTime,
  parseReminderHour,
  parseTimeZone,
  parseWeekdays,
  parseWeeklyVolume,
  parseWeight,
  parseYearsRunning,
} from '../../shared/profile/index.js';
import { parseRunLog } from '../../shared/tracking/index.js';

// Typed answers in each language the bot speaks: dates (chrono's locales), decimal commas, day names,
// unit and race names. Errors come back in the runner's language.

const ru = translator('ru');
const es = translator('es');
const de = translator('de');
const now = new Date('2026-12-02T10:00:00Z');

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.value;
};

describe('typed dates per language', () => {
  const cases: [ReturnType<typeof translator>, string, string][] = [
    [ru, '12 апреля', '2027-04-12'],
    [ru, '12 апреля 2027', '2027-04-12'],
    [ru, 'через 16 недель', '2027-03-24'],
    [ru, '12.04.2027', '2027-04-12'],
    [es, '12 de abril', '2027-04-12'],
    [es, 'en 16 semanas', '2027-03-24'],
    [es, '12/04/2027', '2027-04-12'],
    [de, '12. April', '2027-04-12'],
    [de, '12. April 2027', '2027-04-12'],
    [de, 'in 16 Wochen', '2027-03-24'],
    // English keeps working in every language.
    [de, 'April 12', '2027-04-12'],
  ];
  for (const [tr, text, iso] of cases) {
    it(`${tr.locale}: ${text}`, () => {
      assert.equal(value(parseRaceDate(text, { now, timeZone: 'UTC', t: tr })), iso);
    });
  }

  it('answers a bad date in the runner language', () => {
    const r = parseRaceDate('31.02.2027', { now, t: ru });
    assert.ok(!r.ok && /Такой даты нет/.test(r.error));
    const past = parseRaceDate('01.01.2026', { now, t: es });
    assert.ok(!past.ok && /ya ha pasado/.test(past.error));
    const far = parseRaceDate('01.01.2030', { now, t: de });
    assert.ok(!far.ok && /mehr als 2 Jahre/.test(far.error), far.ok ? '' : far.error);
  });
});

describe('typed numbers, units and distances per language', () => {
  it('decimal commas and local unit words', () => {
    assert.equal(value(parseWeight('72,5 кг', 'km', ru)), 72.5);
    assert.equal(value(parseWeight('72,5 kg', 'km', de)), 72.5);
    assert.equal(value(parseHeight('1,78 м', 'km', ru)), 178);
    assert.equal(value(parseHeight('178 см', 'km', ru)), 178);
    assert.equal(value(parseAge('34 года', ru)), 34);
    assert.equal(value(parseAge('tengo 34 años', es)), 34);
    assert.equal(value(parseAge('34 Jahre', de)), 34);
    assert.equal(value(parseYearsRunning('6 месяцев', {}, ru)), 0.5);
    assert.equal(value(parseYearsRunning('3 años', {}, es)), 3);
    assert.equal(value(parseWeeklyVolume('25,5 км в неделю', 'km', ru)), 25.5);
    assert.equal(value(parseWeeklyVolume('30 km por semana', 'km', es)), 30);
    assert.equal(value(parseWeeklyVolume('etwa 40 km pro Woche', 'km', de)), 40);
    assert.equal(value(parseLongestRun('около 12 км', 'km', ru)), 12);
  });

  it('race names and distances', () => {
    assert.equal(value(parseDistance('полумарафон', 'km', ru)), 21.0975);
    assert.equal(value(parseDistance('марафон', 'km', ru)), 42.195);
    assert.equal(value(parseDistance('media maratón', 'km', es)), 21.0975);
    assert.equal(value(parseDistance('maratón', 'km', es)), 42.195);
    assert.equal(value(parseDistance('Halbmarathon', 'km', de)), 21.0975);
    assert.equal(value(parseDistance('15 км', 'km', ru)), 15);
    assert.equal(value(parseDistance('21,1 km', 'km', de)), 21.0975);
    assert.equal(value(parseDistance('10 millas', 'km', es)), 16.093);
  });

  it('race times and reminder hours', () => {
    assert.equal(value(parseRaceTime('45 мин', 10, ru)), 2700);
    assert.equal(value(parseRaceTime('1 hora 45 minutos', 21.0975, es)), 6300);
    assert.equal(value(parseRaceTime('1 Std 45 Minuten', 21.0975, de)), 6300);
    assert.equal(value(parseReminderHour('в 19', ru)), 19);
    assert.equal(value(parseReminderHour('a las 19', es)), 19);
    assert.equal(value(parseReminderHour('19 Uhr', de)), 19);
    assert.equal(value(parseReminderHour('полдень', ru)), 12);
  });

  it('errors speak the runner language', () => {
    const age = parseAge('пять', ru);
    assert.ok(!age.ok && /Не смог прочитать возраст/.test(age.error));
    const weight = parseWeight('900 kg', 'km', de);
    assert.ok(!weight.ok && /Gewicht wirkt seltsam/.test(weight.error));
    const unit = parseDistance('5 leguas', 'km', es);
    assert.ok(!unit.ok && /No conozco la unidad “leguas”/.test(unit.error));
  });
});

describe('weekday names per language', () => {
  const cases: [ReturnType<typeof translator>, string, number[]][] = [
    [ru, 'пн, ср, пт', [1, 3, 5]],
    [ru, 'вторник и четверг', [2, 4]],
    [ru, 'выходные', [6, 7]],
    [ru, 'пн-пт', [1, 2, 3, 4, 5]],
    [es, 'lunes, miércoles y viernes', [1, 3, 5]],
    [es, 'mar, jue, sáb', [2, 4, 6]],
    [es, 'fin de semana', [6, 7]],
    [de, 'Mo, Mi, Fr', [1, 3, 5]],
    [de, 'Dienstag und Donnerstag', [2, 4]],
    [de, 'Mo-Fr', [1, 2, 3, 4, 5]],
    [de, 'Wochenende', [6, 7]],
  ];
  for (const [tr, text, days] of cases) {
    it(`${tr.locale}: ${text}`, () => assert.deepEqual(value(parseWeekdays(text, tr)), days));
  }
});

describe('places as runners write them', () => {
  it('Russian, Spanish and German city names', () => {
    assert.equal(value(parseTimeZone('Москва', now, ru)).zone, 'Europe/Moscow');
    assert.equal(value(parseTimeZone('München', now, de)).zone, 'Europe/Berlin');
    assert.equal(value(parseTimeZone('Sevilla', now, es)).zone, 'Europe/Madrid');
  });
});

describe('the run log answers in the runner language', () => {
  it('reads decimal commas and explains errors in Russian and German', () => {
    const ok = parseRunLog('10,5 km 52:30', { today: '2027-03-02', units: 'km', t: ru });
    assert.ok(ok.ok && ok.run.distanceKm === 10.5);
    const hr = parseRunLog('10k 52:30 hr 500', { today: '2027-03-02', units: 'km', t: ru });
    assert.ok(!hr.ok && /Средний пульс/.test(hr.error));
    const date = parseRunLog('31.02. 10k', { today: '2027-03-02', units: 'km', t: de });
    assert.ok(!date.ok && /kein echtes Datum/.test(date.error));
  });
});
