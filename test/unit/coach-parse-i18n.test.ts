import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EXAMPLES,
  type ParsedMessage,
  parseLocalRunLog,
  parseMessage,
  parseToolCall,
  prepareRunLog,
} from '../../shared/coach/index.js';
import { type Locale, translator } from '../../shared/i18n/index.js';

// Wednesday 3 March 2027, the same week as the English table in coach-parse.test.ts.
const base = {
  today: '2027-03-03',
  units: 'km' as const,
  upcoming: [
    { date: '2027-03-04', type: 'tempo' },
    { date: '2027-03-06', type: 'easy' },
    { date: '2027-03-07', type: 'long' },
    { date: '2027-03-09', type: 'easy' },
    { date: '2027-03-11', type: 'intervals' },
  ],
};
const I = (tool: string, args: Record<string, unknown>): ParsedMessage =>
  ({ kind: 'intent', intent: { tool, args } }) as ParsedMessage;
const SAT = '2027-03-06';
const SUN = '2027-03-07';

const TABLES: Record<Exclude<Locale, 'en'>, Array<[string, ParsedMessage]>> = {
  ru: [
    ['болит колено со вчера', I('report_pain', { area: 'колено' })],
    ['немного тянет икру', I('report_pain', { area: 'икра', severity: 'mild' })],
    ['сильная боль в ахилле', I('report_pain', { area: 'ахилл', severity: 'severe' })],
    ['перенеси субботнюю пробежку на воскресенье', I('move_workout', { from: SAT, to: SUN })],
    ['перенеси пробежку с субботы на воскресенье', I('move_workout', { from: SAT, to: SUN })],
    ['перенеси длительную на субботу', I('move_workout', { from: SUN, to: SAT })],
    ['перенеси сегодняшнюю пробежку на завтра', I('move_workout', { from: '2027-03-03', to: '2027-03-04' })],
    ['пропущу завтра, идёт дождь', I('skip_workout', { date: '2027-03-04', reason: 'weather' })],
    ['заболел, пропущу субботу', I('skip_workout', { date: SAT, reason: 'sick' })],
    ['не смогу бежать в четверг, много работы', I('skip_workout', { date: '2027-03-04', reason: 'no_time' })],
    [
      'пробежал 10 км за 52 минуты сегодня',
      I('log_run', { date: '2027-03-03', distanceKm: 10, durationMin: 52 }),
    ],
    [
      'вчера пробежал 10,5 км за 1:00:00',
      I('log_run', { date: '2027-03-02', distanceKm: 10.5, durationMin: 60 }),
    ],
    ['пробежал 8 км в понедельник', I('log_run', { date: '2027-03-01', distanceKm: 8 })],
    ['уменьши следующую неделю на 40%', I('reduce_week', { week: 'next', percent: 40 })],
    ['я очень устал', I('reduce_week', {})],
    ['пауза на две недели', I('pause_plan', { from: '2027-03-03', days: 14 })],
    ['уезжаю в отпуск на 5 дней', I('pause_plan', { from: '2027-03-03', days: 5 })],
    ['как быстро бежать темповую?', I('explain_workout', { type: 'tempo' })],
    ['что у меня на этой неделе', I('show_week', { week: 'this' })],
    ['покажи следующую неделю', I('show_week', { week: 'next' })],
    ['хочу бежать полумарафон вместо марафона', I('change_goal', { distanceKm: 21.0975 })],
    ['меняю цель: марафон 10 октября', I('change_goal', { distanceKm: 42.195, raceDate: '2027-10-10' })],
    ['да', { kind: 'confirm' }],
    ['нет', { kind: 'decline' }],
    ['нет, лучше в воскресенье', { kind: 'decline', day: SUN }],
    ['нет времени на пробежку в субботу', I('skip_workout', { date: SAT, reason: 'no_time' })],
    ['привет', { kind: 'unknown' }],
  ],
  es: [
    ['me duele la rodilla', I('report_pain', { area: 'rodilla' })],
    ['un poco de molestia en el gemelo', I('report_pain', { area: 'gemelo', severity: 'mild' })],
    ['mueve la tirada del sábado al domingo', I('move_workout', { from: SAT, to: SUN })],
    ['mueve la tirada larga al sabado', I('move_workout', { from: SUN, to: SAT })],
    ['salto mañana, llueve', I('skip_workout', { date: '2027-03-04', reason: 'weather' })],
    ['estoy enfermo, cancela el sábado', I('skip_workout', { date: SAT, reason: 'sick' })],
    [
      'no puedo correr el jueves, mucho trabajo',
      I('skip_workout', { date: '2027-03-04', reason: 'no_time' }),
    ],
    ['corrí 10 km en 52 minutos', I('log_run', { date: '2027-03-03', distanceKm: 10, durationMin: 52 })],
    [
      'ayer corrí 10,5 km en 1:00:00',
      I('log_run', { date: '2027-03-02', distanceKm: 10.5, durationMin: 60 }),
    ],
    ['reduce la próxima semana un 40%', I('reduce_week', { week: 'next', percent: 40 })],
    ['estoy agotado', I('reduce_week', {})],
    ['pausa de dos semanas', I('pause_plan', { from: '2027-03-03', days: 14 })],
    ['me voy de vacaciones 5 días', I('pause_plan', { from: '2027-03-03', days: 5 })],
    ['¿a qué ritmo hago el tempo?', I('explain_workout', { type: 'tempo' })],
    ['qué tengo esta semana', I('show_week', { week: 'this' })],
    ['muéstrame la próxima semana', I('show_week', { week: 'next' })],
    ['cambio mi objetivo a media maratón', I('change_goal', { distanceKm: 21.0975 })],
    [
      'me apunté a un maratón el 10 de octubre',
      I('change_goal', { distanceKm: 42.195, raceDate: '2027-10-10' }),
    ],
    ['sí', { kind: 'confirm' }],
    ['no', { kind: 'decline' }],
    ['no, mejor el domingo', { kind: 'decline', day: SUN }],
    ['hola', { kind: 'unknown' }],
  ],
  de: [
    ['mein Knie tut weh', I('report_pain', { area: 'Knie' })],
    ['leichte Schmerzen in der Wade', I('report_pain', { area: 'Wade', severity: 'mild' })],
    ['verschiebe den Lauf vom Samstag auf Sonntag', I('move_workout', { from: SAT, to: SUN })],
    ['verschiebe den langen Lauf auf Samstag', I('move_workout', { from: SUN, to: SAT })],
    ['morgen lasse ich aus, es regnet', I('skip_workout', { date: '2027-03-04', reason: 'weather' })],
    ['ich bin krank, Samstag fällt aus', I('skip_workout', { date: SAT, reason: 'sick' })],
    [
      'heute 10 km in 52 Minuten gelaufen',
      I('log_run', { date: '2027-03-03', distanceKm: 10, durationMin: 52 }),
    ],
    [
      'gestern 10,5 km in 1 Std gelaufen',
      I('log_run', { date: '2027-03-02', distanceKm: 10.5, durationMin: 60 }),
    ],
    ['reduziere die nächste Woche um 40%', I('reduce_week', { week: 'next', percent: 40 })],
    ['ich bin total erschöpft', I('reduce_week', {})],
    ['Pause für zwei Wochen', I('pause_plan', { from: '2027-03-03', days: 14 })],
    ['ich bin 5 Tage im Urlaub', I('pause_plan', { from: '2027-03-03', days: 5 })],
    ['wie schnell soll mein Tempolauf sein?', I('explain_workout', { type: 'tempo' })],
    ['was habe ich diese Woche', I('show_week', { week: 'this' })],
    ['zeig mir die nächste Woche', I('show_week', { week: 'next' })],
    ['ich will jetzt einen Halbmarathon laufen', I('change_goal', { distanceKm: 21.0975 })],
    ['neues Ziel: Marathon am 10. Oktober', I('change_goal', { distanceKm: 42.195, raceDate: '2027-10-10' })],
    ['ja', { kind: 'confirm' }],
    ['nein', { kind: 'decline' }],
    ['nein, lieber Sonntag', { kind: 'decline', day: SUN }],
    ['hallo', { kind: 'unknown' }],
  ],
};

for (const [locale, table] of Object.entries(TABLES) as Array<[Locale, Array<[string, ParsedMessage]>]>) {
  describe(`coach offline parser in ${locale}`, () => {
    it(`reads ${table.length} phrasings into the expected intents and arguments`, () => {
      assert.ok(table.length >= 15);
      const wrong: string[] = [];
      for (const [text, expected] of table) {
        const got = parseMessage(text, { ...base, locale });
        // Through the same schema, so defaults are filled in alike.
        const want =
          expected.kind === 'intent'
            ? { kind: 'intent', intent: parseToolCall(expected.intent.tool, expected.intent.args) }
            : expected;
        try {
          assert.deepEqual(got, want);
        } catch {
          wrong.push(`${JSON.stringify(text)} → ${JSON.stringify(got)} (wanted ${JSON.stringify(want)})`);
        }
      }
      assert.deepEqual(wrong, []);
    });

    it('still reads English, as runners mix languages', () => {
      assert.deepEqual(
        parseMessage('my knee hurts', { ...base, locale }),
        I('report_pain', { area: 'knee', severity: 'moderate' }),
      );
    });
  });
}

describe('the not-understood examples', () => {
  const wanted = ['report_pain', 'move_workout', 'log_run'];
  for (const locale of ['en', 'ru', 'es', 'de'] as const) {
    it(`${locale}: each example is a phrase the parser reads, as the tool it illustrates`, () => {
      const examples = EXAMPLES(locale).map((e) => e.replace(/^[“„«]|[”“»]$/g, ''));
      assert.equal(examples.length, 3);
      examples.forEach((text, i) => {
        const got = parseMessage(text, { ...base, locale });
        assert.equal(got.kind === 'intent' ? got.intent.tool : got.kind, wanted[i], text);
      });
    });
  }
});

describe('/log in the runner language', () => {
  const log = (text: string, locale: Locale, defaultDate?: string) =>
    parseLocalRunLog(text, {
      today: '2027-03-03',
      units: 'km',
      t: translator(locale),
      locale,
      ...(defaultDate ? { defaultDate } : {}),
    });

  it('reads units, decimal commas, heart rate and the day in Russian, Spanish and German', () => {
    const cases: Array<[Locale, string, Record<string, unknown>]> = [
      ['ru', '10,5 км 52:30 вчера', { date: '2027-03-02', distanceKm: 10.5, durationSec: 3150 }],
      // Report words are not notes.
      ['ru', 'пробежал 10 км за 52 минуты', { distanceKm: 10, durationSec: 3120, notes: undefined }],
      ['es', 'corrí 10 km en 52 minutos', { distanceKm: 10, durationSec: 3120, notes: undefined }],
      ['de', 'ich bin 10 km in 52 Minuten gelaufen', { distanceKm: 10, durationSec: 3120, notes: undefined }],
      ['ru', '8 км легко по парку', { distanceKm: 8, notes: 'легко по парку' }],
      [
        'ru',
        '8 км за 45 минут пульс 148',
        { date: '2027-03-03', distanceKm: 8, durationSec: 2700, avgHr: 148 },
      ],
      ['ru', '12 км в субботу', { date: '2027-02-27', distanceKm: 12 }],
      ['es', '10 km en 52 minutos ayer', { date: '2027-03-02', distanceKm: 10, durationSec: 3120 }],
      [
        'es',
        '7,5 km 40:00 pulso 150',
        { date: '2027-03-03', distanceKm: 7.5, durationSec: 2400, avgHr: 150 },
      ],
      ['de', 'gestern 10 km in 52 Minuten', { date: '2027-03-02', distanceKm: 10, durationSec: 3120 }],
      ['de', '6,2 km 1 Std puls 140', { date: '2027-03-03', distanceKm: 6.2, durationSec: 3600, avgHr: 140 }],
    ];
    for (const [locale, text, expected] of cases) {
      const r = log(text, locale);
      assert.ok(r.ok, `${locale} "${text}": ${r.ok ? '' : r.error}`);
      if (!r.ok) continue;
      for (const [key, value] of Object.entries(expected))
        assert.equal((r.run as unknown as Record<string, unknown>)[key], value, `${locale} "${text}" ${key}`);
    }
  });

  it('a named day wins over the default date; the future is refused in the runner language', () => {
    const r = log('10 км вчера', 'ru', '2027-02-28');
    assert.equal(r.ok && r.run.date, '2027-03-02');
    const future = log('завтра 10 км', 'ru');
    assert.equal(future.ok, false);
    assert.match(future.ok ? '' : future.error, /[а-я]{4}/);
  });

  it('English is read as typed', () => {
    assert.deepEqual(prepareRunLog('10k 52:30 yesterday', { today: '2027-03-03', locale: 'en' }), {
      text: '10k 52:30 yesterday',
    });
  });
});
