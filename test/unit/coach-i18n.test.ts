import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FluentResource } from '@fluent/bundle';
import {
  type CoachContext,
  coachSystemPrompt,
  computeReply,
  detectRedFlag,
  notUnderstood,
  parseToolCall,
  RED_FLAG_REPLY,
} from '../../shared/coach/index.js';
import { LOCALES, readCatalogFiles, t } from '../../shared/i18n/index.js';
import { buildPlan, fromDayNumber, plannerInputSchema, toDayNumber } from '../../shared/planner/index.js';
import { toPlannerInput } from '../../shared/profile/index.js';
import { halfMarathonProfile } from '../harness/profile-fixture.js';

const today = '2027-03-03';
const profile = halfMarathonProfile({ timeZone: 'UTC', raceDate: '2027-06-06' });
const input = plannerInputSchema.parse(toPlannerInput(profile, today));
const plan = buildPlan(input);
const runs = plan.weeks.flatMap((w) => w.workouts).filter((w) => w.type !== 'rest');
const ctx = (locale: CoachContext['locale']): CoachContext => ({
  today,
  profile,
  locale,
  active: { planId: 1, plan, input },
  workouts: runs.map((w, i) => ({
    id: i + 1,
    date: w.date,
    type: w.type,
    title: w.title,
    status: 'planned',
  })),
});
const plus = (iso: string, n: number) => fromDayNumber(toDayNumber(iso) + n);
// Latin letters of English words the Russian texts must not contain (HTML tags, units and the
// planner's own workout titles aside, which the plan area translates).
const ENGLISH_COACH_WORDS =
  /\b(Please|stop running|seek|emergency|Sorry|lighter|easy runs only|Checked against|Apply|Cancel|chest pain)\b/;

type Node = FluentResource['body'][number]['value'] | unknown;
function variablesOf(node: Node, into = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return into;
  if (Array.isArray(node)) {
    for (const element of node) variablesOf(element, into);
    return into;
  }
  const expr = node as { type?: string; name?: string } & Record<string, unknown>;
  if (expr.type === 'var' && expr.name) into.add(expr.name);
  for (const [key, value] of Object.entries(expr))
    if (key !== 'type' && key !== 'name') variablesOf(value, into);
  return into;
}

describe('the coach in the runner’s language', () => {
  it('a Russian runner gets the red-flag reply in Russian, the flag named in Russian', () => {
    const flag = detectRedFlag('I had chest pain on my run');
    assert.equal(flag, 'chest pain');
    const reply = RED_FLAG_REPLY('ru', flag!);
    assert.match(reply, /прекратите бег и обратитесь за медицинской помощью/);
    assert.match(reply, /\(боль в груди\)/);
    assert.match(reply, /112/);
    assert.doesNotMatch(reply, ENGLISH_COACH_WORDS);
    // English stays word for word what it was.
    assert.match(
      RED_FLAG_REPLY('en', flag!),
      /^🛑 <b>Please stop running now and seek medical care\.<\/b>\n\n/,
    );
    assert.match(RED_FLAG_REPLY('de', 'fainting'), /\(Ohnmacht\)/);
    assert.match(RED_FLAG_REPLY('es', 'fracture'), /\(fractura\)/);
  });

  it('a Russian runner gets a pain proposal in Russian with Russian dates and units', () => {
    const out = computeReply(
      parseToolCall('report_pain', { area: 'колено', severity: 'moderate' }),
      ctx('ru'),
    );
    assert.equal(out.kind, 'proposal');
    assert.match(out.text, /^🩹 Сочувствую \(колено\)\. Вот облегчённые ближайшие 7 дней/);
    assert.match(out.text, /на 50 % короче/);
    assert.match(out.text, /\d+(,\d)? км → <b>\d+(,\d)? км<\/b>/);
    assert.match(out.text, /ср, 3 мар\./, 'today (a Wednesday) as Russian writes it');
    assert.match(out.text, /обратитесь к физиотерапевту или врачу/);
    assert.match(out.text, /нажмёте <b>Применить<\/b>/);
    assert.doesNotMatch(out.text, ENGLISH_COACH_WORDS);
    // The note written into the lightened workouts is Russian too (the plan shows it later).
    if (out.kind === 'proposal' && out.payload.kind === 'revision') {
      const notes = out.payload.plan.weeks.flatMap((w) => w.workouts).map((w) => w.notes);
      assert.ok(notes.includes('Облегчено из-за боли (колено).'));
    }
  });

  it('refusals, skips and log proposals are in the runner’s language', () => {
    const race = runs.find((w) => w.type === 'race')!;
    const refusal = computeReply(
      parseToolCall('move_workout', { from: race.date, to: plus(race.date, -1) }),
      ctx('ru'),
    );
    assert.equal(
      refusal.text,
      'Не могу перенести эту пробежку: день забега остаётся на месте — лучше измените цель. Ваш план остаётся прежним.',
    );
    const de = computeReply(
      parseToolCall('move_workout', { from: race.date, to: plus(race.date, -1) }),
      ctx('de'),
    );
    assert.match(de.text, /^Ich kann diesen Lauf nicht verschieben: der Wettkampftag bleibt/);
    const next = runs.find((w) => w.date >= today)!;
    const skip = computeReply(
      parseToolCall('skip_workout', { date: next.date, reason: 'no_time' }),
      ctx('es'),
    );
    assert.match(skip.text, /^⏭️ ¿Salto <b>.+<\/b> el .+\? El resto del plan se queda como está\.$/);
    const log = computeReply(
      parseToolCall('log_run', { date: today, distanceKm: 8.5, durationMin: 45 }),
      ctx('ru'),
    );
    assert.equal(log.text, '📝 Записать пробежку <b>8,5 км за 45:00</b> на ср, 3 мар.?');
  });

  it('Russian counts take their plural forms (1 тренировку, 2 тренировки, 5 тренировок, 21 тренировку)', () => {
    const pause = (count: number) => t('ru', 'coach-pause-proposal', { count, from: 'a', to: 'b' });
    assert.equal(pause(1), '⏸️ Пауза с a по b: пропустить эту 1 тренировку?');
    assert.equal(pause(2), '⏸️ Пауза с a по b: пропустить эти 2 тренировки?');
    assert.equal(pause(5), '⏸️ Пауза с a по b: пропустить эти 5 тренировок?');
    assert.equal(pause(21), '⏸️ Пауза с a по b: пропустить эту 21 тренировку?');
    const skipped = (count: number) => t('ru', 'coach-skipped', { count }).split('.')[0];
    assert.equal(skipped(1), '✅ Тренировка пропущена');
    assert.equal(skipped(3), '✅ Пропущены 3 тренировки');
    assert.equal(skipped(11), '✅ Пропущено 11 тренировок');
    assert.equal(skipped(21), '✅ Пропущена 21 тренировка');
    assert.equal(
      t('en', 'coach-skipped', { count: 1 }),
      '✅ Skipped it. The rest of your plan stays as it is.',
    );
    assert.equal(
      t('en', 'coach-skipped', { count: 4 }),
      '✅ Skipped 4 workouts. The rest of your plan stays as it is.',
    );
  });

  it('"didn’t understand" is localised with three examples; the English one is unchanged', () => {
    const ru = notUnderstood('ru', 'привет');
    assert.match(ru, /^Я не понял «привет»\./);
    assert.equal(ru.split('\n').filter((l) => l.startsWith('• ')).length, 3);
    assert.match(ru, /\/help/);
    assert.equal(
      notUnderstood('en', 'hello'),
      [
        "I didn't understand “hello”. You can write to me in plain words, for example:",
        '• “my knee hurts since yesterday”',
        "• “move Saturday's run to Sunday”",
        '• “ran 10k in 52 min this morning”',
        'Or send /help to see my commands.',
      ].join('\n'),
    );
    assert.match(notUnderstood('de', '<b>'), /„&lt;b&gt;“/, 'the runner’s text is escaped');
  });

  it('the model is asked to answer in the runner’s language', () => {
    const prompt = (locale: 'en' | 'ru' | 'es' | 'de') =>
      coachSystemPrompt({ today, units: 'km', locale, context: '' });
    assert.match(prompt('ru'), /write every answer in Russian/);
    assert.match(prompt('es'), /write every answer in Spanish/);
    assert.match(prompt('de'), /write every answer in German/);
    assert.match(prompt('en'), /write every answer in English/);
  });

  it('every coach message formats in every language with the placeholders it declares', () => {
    const files = readCatalogFiles().filter((f) => f.area === 'coach');
    assert.equal(files.length, LOCALES.length);
    for (const file of files) {
      for (const entry of file.resource.body) {
        if (entry.id.startsWith('-')) continue;
        const args = Object.fromEntries([...variablesOf(entry.value)].map((v) => [v, v === 'count' ? 2 : v]));
        const text = t(file.locale, entry.id, args);
        assert.ok(text.trim().length > 0, `${file.locale}/${entry.id}`);
        assert.doesNotMatch(text, /\{|\}/, `${file.locale}/${entry.id} left a placeholder`);
      }
    }
  });
});

describe('coach red flags in Russian, Spanish and German', () => {
  const flags: Array<[string, string | undefined]> = [
    ['Вчера на пробежке была боль в груди', 'chest pain'],
    ['в груди давит, когда бегу в горку', 'chest pain'],
    ['После интервалов упал в обморок', 'fainting'],
    ['потеряла сознание на финише', 'fainting'],
    ['на подъёме не могу дышать', 'severe shortness of breath'],
    ['пульс скачет и сбивается', 'heart rhythm'],
    ['кружится голова после бега', 'dizziness'],
    ['онемела левая рука', 'stroke signs'],
    ['кашляю с кровью', 'coughing blood'],
    ['не могу наступить на ногу', 'fracture'],
    ['болит колено', undefined],
    ['перенеси субботнюю пробежку на воскресенье', undefined],
    ['это был переломный момент сезона', undefined],
    ['Tengo dolor en el pecho al correr', 'chest pain'],
    ['me desmayé después de las series', 'fainting'],
    ['no puedo respirar en las cuestas', 'severe shortness of breath'],
    ['estoy mareado', 'dizziness'],
    ['no puedo apoyar el pie', 'fracture'],
    ['me duele la rodilla', undefined],
    ['Ich habe Brustschmerzen beim Laufen', 'chest pain'],
    ['Druck auf der Brust am Berg', 'chest pain'],
    ['bin nach dem Lauf ohnmächtig geworden', 'fainting'],
    ['mir ist schwindlig', 'dizziness'],
    ['Herzrasen beim Intervall', 'heart rhythm'],
    ['ich kann nicht auftreten', 'fracture'],
    ['Ich habe meinen Rekord gebrochen', undefined],
    ['mein Knie tut weh', undefined],
  ];
  for (const [text, flag] of flags) {
    it(`${JSON.stringify(text)} → ${flag ?? 'no flag'}`, () => assert.equal(detectRedFlag(text), flag));
  }
});

describe('rule reasons', () => {
  it('every rule code a change can break has a reason in every language, never the checker’s English', async () => {
    const { ruleReason } = await import('../../shared/coach/texts.js');
    for (const code of ['RAMP', 'SPIKE', 'PACE_ZONE', 'NON_TRAINING_DAY', 'DISTANCE']) {
      assert.match(ruleReason('ru', code), /[а-я]{3}/, code);
      assert.notEqual(ruleReason('de', code), ruleReason('en', code), code);
    }
  });
});
