import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Locale, translator } from '../../shared/i18n/index.js';
import {
  buildPlan,
  gateText,
  planOrGate,
  planSchema,
  renderPlanSummary,
  renderWeek,
  renderWorkout,
} from '../../shared/planner/index.js';
import { localPaces } from '../../shared/planner/render-texts.js';
import { workoutDetailParts } from '../../shared/plans/render-browse.js';
import { INFEASIBLE_CASES, renderCase, TEXT_CASES } from './fixtures/planner-texts-cases.js';

// Issue 19: the planner's texts reach the runner in their language through catalog descriptors, and the
// English they render is byte for byte what the planner writes in its own English fields (which plans
// stored before descriptors existed, the CLI and the model prompt use).

/** English words of the planner's titles, sessions and descriptions (as whole words). */
const ENGLISH =
  'easy|Easy|Long run|long run|Intervals|intervals|repeats|Repetitions|Recovery|Rest day|Race day|continuous|steady|jog|strides|pace|Conversational|endurance|Cruise|Shake-out|warm|walk|finish|weeks|instead|same date';
const ENGLISH_WORDS = new RegExp(`\\b(${ENGLISH}|Tempo|tempo|marathon|Marathon)\\b`);
// German writes "Tempo" and "Marathon" too.
const ENGLISH_IN_GERMAN = new RegExp(`\\b(${ENGLISH}|marathon)\\b`);
const englishIn = (locale: Locale) => (locale === 'de' ? ENGLISH_IN_GERMAN : ENGLISH_WORDS);

const FOREIGN: Locale[] = ['ru', 'es', 'de'];

function gateTexts(name: string, locale: Locale): string[] {
  const input = INFEASIBLE_CASES[name]!;
  const gate = planOrGate(input);
  assert.ok(gate.infeasible, `${name} must be refused`);
  const tr = translator(locale);
  return [
    gateText({ text: gate.reason, parts: gate.reasonText }, tr, input.units),
    ...gate.options.map((o) => gateText({ text: o.label, parts: o.labelText }, tr, input.units)),
  ];
}

describe('planner texts in the runner language', () => {
  it('English renderings from the catalogs are byte-identical to the planner’s own English', () => {
    for (const [name, input] of Object.entries(TEXT_CASES)) {
      const own = renderCase(input, translator('en'), { withoutTexts: true });
      assert.equal(renderCase(input, translator('en')), own, `${name}: English changed`);
      assert.equal(renderCase(input), own, `${name}: English by default changed`);
    }
  });

  it('English gate reasons and option labels from the catalogs are byte-identical too', () => {
    for (const name of Object.keys(INFEASIBLE_CASES)) {
      const input = INFEASIBLE_CASES[name]!;
      const gate = planOrGate(input);
      assert.ok(gate.infeasible, name);
      const own = [gate.reason, ...gate.options.map((o) => o.label)].join('\n');
      assert.equal(gateTexts(name, 'en').join('\n'), own, name);
    }
  });

  it('Russian, Spanish and German weeks and workouts hold no English workout words', () => {
    for (const [name, input] of Object.entries(TEXT_CASES)) {
      const plan = buildPlan(input);
      for (const locale of FOREIGN) {
        const tr = translator(locale);
        const opts = { units: input.units, html: false, t: tr };
        const texts = [renderPlanSummary(plan, opts)];
        for (const week of plan.weeks) {
          texts.push(renderWeek(week, opts));
          for (const w of week.workouts) {
            texts.push(renderWorkout(w, opts));
            const p = workoutDetailParts(locale, w, input.units);
            texts.push(p.head, p.session, ...p.lines);
          }
        }
        for (const text of texts) {
          // VDOT, the pace zone letters and min/km are shared notation, not English words.
          const hit = englishIn(locale).exec(text);
          assert.equal(hit, null, `${name}/${locale}: "${hit?.[0]}" in\n${text}`);
        }
      }
    }
  });

  it('a Russian week and workout read in Russian', () => {
    const plan = buildPlan(TEXT_CASES.marathon!);
    const tr = translator('ru');
    const week = renderWeek(plan.weeks[2]!, { units: 'km', html: false, t: tr });
    assert.match(week, /Лёгкий бег, 13,5 км/);
    assert.match(week, /Длительная, 24 км/);
    const long = plan.weeks[2]!.workouts.find((w) => w.type === 'long')!;
    const text = renderWorkout(long, { units: 'km', html: false, t: tr });
    assert.match(text, /24 км ровно в лёгком темпе \(E\)/);
    assert.match(text, /Развивает выносливость/);
    const es = renderWeek(plan.weeks[2]!, { units: 'km', html: false, t: translator('es') });
    assert.match(es, /Rodaje suave/);
    assert.match(es, /Tirada larga/);
    const de = renderWeek(plan.weeks[2]!, { units: 'km', html: false, t: translator('de') });
    assert.match(de, /Lockerer Dauerlauf/);
    assert.match(de, /Langer Lauf/);
  });

  it('the browse view writes the pace range into a translated main set', () => {
    const plan = buildPlan(TEXT_CASES.marathon!);
    const easy = plan.weeks[2]!.workouts.find((w) => w.type === 'easy')!;
    const p = workoutDetailParts('ru', easy, 'km');
    assert.match(p.session, /^13,5 км в темпе \d:\d\d–\d:\d\d min\/km \+ 6 ускорений по 20 с$/);
    assert.ok(!p.lines.some((l) => l.startsWith('Темп:')), 'the pace is not repeated on its own line');
  });

  it('an infeasible goal gets a Russian reason and Russian option labels', () => {
    for (const name of Object.keys(INFEASIBLE_CASES)) {
      const [reason, ...labels] = gateTexts(name, 'ru');
      assert.ok(labels.length > 0, name);
      for (const text of [reason!, ...labels]) {
        assert.match(text, /[а-яё]/i, `${name}: not Russian: ${text}`);
        assert.equal(ENGLISH_WORDS.exec(text), null, `${name}: English in ${text}`);
      }
    }
    const [reason, ...labels] = gateTexts('marathonFromZero', 'ru');
    assert.equal(
      reason,
      'Подготовка к марафону занимает 16–20 недель при объёме 25–30 км в неделю и длительной около 10 км. ' +
        'С 5 км в неделю нужно около 38 недель, чтобы безопасно подготовиться к марафону; до старта 6 недель.',
    );
    assert.deepEqual(labels, ['Перенести старт на 11 января 2026 г.']);
    const [longRun, ...options] = gateTexts('marathonShortLongRun', 'ru');
    assert.match(
      longRun!,
      /^Перед марафоном длительная должна дойти примерно до 26 км за 3 недели до старта\./,
    );
    assert.deepEqual(options.slice(1), [
      'Пробежать полумарафон в тот же день',
      'Просто финишировать с комфортом, с переходами на шаг',
    ]);
  });

  it('a stored plan without descriptors still parses and renders its English in every language', () => {
    const plan = buildPlan(TEXT_CASES.race30kShort!);
    // A plan saved before issue 19: no `texts`, no `warningTexts`.
    const old = JSON.parse(JSON.stringify(plan, (key, value) => (key === 'texts' ? undefined : value)));
    delete old.warningTexts;
    const parsed = planSchema.parse(old);
    assert.equal(parsed.weeks[0]!.workouts[0]!.texts, undefined);
    const en = { units: parsed.units, html: false };
    assert.equal(renderWeek(parsed.weeks[0]!, en), renderWeek(plan.weeks[0]!, en));
    assert.equal(
      renderWorkout(parsed.weeks[0]!.workouts[0]!, en),
      renderWorkout(plan.weeks[0]!.workouts[0]!, en),
    );
    assert.equal(renderPlanSummary(parsed, en), renderPlanSummary(plan, en));
    // In Russian the frame is translated and the stored English texts are shown as they are.
    const ru = renderWorkout(parsed.weeks[0]!.workouts[0]!, { ...en, t: translator('ru') });
    assert.match(ru, /Tempo run/);
    assert.match(ru, /Разминка: 2\.8 km easy/);
    const summary = renderPlanSummary(parsed, { ...en, t: translator('ru') });
    assert.match(summary, /Only 12 week\(s\)/);
  });

  it('a descriptor the catalog does not know falls back to the English text', () => {
    const plan = buildPlan(TEXT_CASES.race15k!);
    const w = structuredClone(plan.weeks[0]!.workouts[0]!);
    w.texts = { ...w.texts, title: [{ id: 'planner-no-such-message' }] };
    const text = renderWorkout(w, { units: 'km', html: false, t: translator('de') });
    assert.ok(text.includes(w.title), text);
  });

  it('paces name their unit per language (min/Meile, мин/миля, min/milla)', () => {
    const range = { fast: 300, slow: 310 };
    assert.equal(localPaces(range, 'km', translator('en')), '5:00–5:10 min/km');
    assert.equal(localPaces(range, 'mi', translator('en')), '8:03–8:19 min/mi');
    assert.equal(localPaces(range, 'km', translator('ru')), '5:00–5:10 мин/км');
    assert.equal(localPaces(range, 'mi', translator('ru')), '8:03–8:19 мин/миля');
    assert.equal(localPaces(range, 'mi', translator('de')), '8:03–8:19 min/Meile');
    assert.equal(localPaces(range, 'mi', translator('es')), '8:03–8:19 min/milla');
  });
});
