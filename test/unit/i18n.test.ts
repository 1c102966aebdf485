import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatLocalDistance,
  formatLongDate,
  formatNumber,
  formatShortDay,
  localWeekdayName,
  MessageError,
  resolveLocale,
  t,
  translator,
} from '../../shared/i18n/index.js';

describe('resolveLocale', () => {
  it('takes the primary subtag of a language the bot speaks, English otherwise', () => {
    assert.equal(resolveLocale('ru'), 'ru');
    assert.equal(resolveLocale('es-419'), 'es');
    assert.equal(resolveLocale('DE_at'), 'de');
    assert.equal(resolveLocale('en-GB'), 'en');
    assert.equal(resolveLocale('fr'), 'en');
    assert.equal(resolveLocale('pt-br'), 'en');
    assert.equal(resolveLocale(''), 'en');
    assert.equal(resolveLocale(null), 'en');
    assert.equal(resolveLocale(undefined), 'en');
  });
});

describe('plurals', () => {
  it('Russian kilometres through the plural selector', () => {
    const table: [number, string][] = [
      [1, '1 километр'],
      [2, '2 километра'],
      [5, '5 километров'],
      [11, '11 километров'],
      [21, '21 километр'],
      [22, '22 километра'],
      [25, '25 километров'],
      [101, '101 километр'],
    ];
    for (const [count, text] of table) assert.equal(t('ru', 'km-count', { count }), text);
  });

  it('English, Spanish and German singular and plural', () => {
    assert.equal(t('en', 'km-count', { count: 1 }), '1 kilometre');
    assert.equal(t('en', 'km-count', { count: 5 }), '5 kilometres');
    assert.equal(t('es', 'week-count', { count: 1 }), '1 semana');
    assert.equal(t('es', 'week-count', { count: 16 }), '16 semanas');
    assert.equal(t('de', 'week-count', { count: 1 }), '1 Woche');
    assert.equal(t('de', 'week-count', { count: 16 }), '16 Wochen');
    assert.equal(t('ru', 'week-count', { count: 3 }), '3 недели');
  });
});

describe('translator', () => {
  it('binds a locale', () => {
    const tr = translator('ru');
    assert.equal(tr.locale, 'ru');
    assert.equal(tr('workout-count', { count: 5 }), '5 тренировок');
  });

  it('a missing placeholder or an unknown message is a bug that throws', () => {
    assert.throws(() => t('en', 'km-count'), MessageError);
    assert.throws(() => t('de', 'no-such-message'), MessageError);
  });
});

describe('formatting per locale', () => {
  it('numbers with the decimal comma, no grouping', () => {
    assert.equal(formatNumber('en', 21.0975), '21.1');
    assert.equal(formatNumber('ru', 21.0975), '21,1');
    assert.equal(formatNumber('es', 12.5), '12,5');
    assert.equal(formatNumber('de', 12), '12');
    assert.equal(formatNumber('de', 12345.67, 2), '12345,67');
  });

  it('distances with the unit word', () => {
    assert.equal(formatLocalDistance('en', 12.5, 'km'), '12.5 km');
    assert.equal(formatLocalDistance('ru', 12.5, 'km'), '12,5 км');
    assert.equal(formatLocalDistance('de', 3.756, 'mi', 2), '3,76 mi');
  });

  it('dates and weekday names', () => {
    assert.equal(formatShortDay('en', '2027-04-12'), 'Mon 12 Apr');
    assert.equal(formatShortDay('ru', '2027-04-12'), 'пн, 12 апр.');
    assert.equal(formatShortDay('es', '2027-04-12'), 'lun, 12 abr');
    assert.equal(formatLongDate('en', '2027-04-12'), '12 April 2027');
    assert.equal(formatLongDate('ru', '2027-04-12'), '12 апреля 2027 г.');
    assert.equal(formatLongDate('es', '2027-04-12'), '12 de abril de 2027');
    assert.equal(formatLongDate('de', '2027-04-12'), '12. April 2027');
    assert.equal(localWeekdayName('de', 1), 'Montag');
    assert.equal(localWeekdayName('es', 7), 'domingo');
    assert.equal(localWeekdayName('ru', 3, 'short'), 'ср');
    assert.throws(() => localWeekdayName('en', 8), RangeError);
  });
});
