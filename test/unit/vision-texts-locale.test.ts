import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { t, translator } from '../../shared/i18n/index.js';
import {
  applyEdit,
  checkPlausibility,
  completionNote,
  type WorkoutReading,
} from '../../shared/vision/index.js';

// The screenshot texts built outside the catalog call sites (Edit's errors, plausibility problems, the
// recorded run's note, the dead-job notice) come out in the runner's language.

const TODAY = '2025-03-05';
const ru = translator('ru');
const base: WorkoutReading = {
  activity: 'run',
  date: '2025-03-04',
  distanceKm: 5,
  durationSec: 1500,
  confidence: 1,
};
const errorOf = (r: ReturnType<typeof applyEdit>) => (r.ok ? undefined : r.error);

describe('screenshot texts in the runner’s language', () => {
  it('Edit explains a wrong number in Russian, in the runner’s units', () => {
    assert.equal(
      errorOf(applyEdit(base, 'distance', 'далеко', TODAY, 'km', ru)),
      'Пришлите число километров, например 5,02.',
    );
    assert.equal(
      errorOf(applyEdit(base, 'distance', 'far', TODAY, 'mi', ru)),
      'Пришлите число миль, например 3,12.',
    );
    assert.equal(
      errorOf(applyEdit(base, 'distance', '0', TODAY, 'km', ru)),
      'Дистанция должна быть больше 0.',
    );
    assert.equal(
      errorOf(applyEdit(base, 'date', '2025-03-09', TODAY, 'km', ru)),
      'Эта дата ещё не наступила.',
    );
    assert.equal(
      errorOf(applyEdit(base, 'hr', '20', TODAY, 'km', ru)),
      'Пришлите пульс от 30 до 250 уд/мин.',
    );
    // English stays the default for callers without a translator.
    assert.equal(
      errorOf(applyEdit(base, 'time', 'soon', TODAY)),
      'Please send the time as h:mm:ss or mm:ss, e.g. 25:13.',
    );
  });

  it('plausibility problems are sentences in Russian with Russian numbers', () => {
    const messages = checkPlausibility(
      { ...base, distanceKm: 0.05, durationSec: undefined, date: '2025-03-09' },
      TODAY,
      ru,
    ).map((p) => p.message);
    assert.deepEqual(messages, [
      '0,05 км — это меньше 0,1 км.',
      'Не удалось прочитать время.',
      'дата 2025-03-09 ещё не наступила.',
    ]);
  });

  it('the recorded run’s note names the source in Russian and keeps the app’s name', () => {
    assert.equal(completionNote('ocr', 'Garmin', ru), 'со скриншота (Garmin)');
    assert.equal(completionNote('gpx', undefined, ru), 'из файла GPX');
    assert.equal(completionNote('llm', undefined), 'from a screenshot');
  });

  it('the dead-job notice counts attempts with Russian plurals', () => {
    assert.match(t('ru', 'vision-dead', { count: 1 }), /\(1 попытка\)/);
    assert.match(t('ru', 'vision-dead', { count: 3 }), /\(3 попытки\)/);
    assert.match(t('ru', 'vision-dead', { count: 5 }), /\(5 попыток\)/);
    assert.match(t('en', 'vision-dead', { count: 3 }), /\(I tried 3 times\)/);
    assert.match(t('en', 'vision-dead', { count: 1 }), /\(I tried once\)/);
  });
});
