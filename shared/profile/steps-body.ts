// The runner's body: gender, age, height, weight.
import { ENGLISH, localHeight, localWeight, wordMap } from './local-format.js';
import { ownValue } from './normalize-input.js';
import { parseAge, parseHeight, parseWeight } from './parse-measures.js';
import type { Gender } from './profile.js';
import { accept, choose, defineStep, forged, trOf } from './step-definition.js';

const GENDERS: Readonly<Record<string, Gender>> = { male: 'male', female: 'female', other: 'other' };

/** Gender, for pace and heart-rate estimates. @example genderStep.code; // 'gender' */
export const genderStep = defineStep<Gender>({
  id: 'gender',
  code: 'gender',
  kind: 'question',
  menu: { label: 'step-gender-menu', section: 'profile' },
  ask: (_a, tr = ENGLISH) => ({
    text: tr('step-gender-ask'),
    rows: [
      [
        { value: 'female', text: tr('step-gender-female') },
        { value: 'male', text: tr('step-gender-male') },
      ],
      [{ value: 'other', text: tr('step-gender-other') }],
    ],
  }),
  current: (a, tr = ENGLISH) => a.gender && tr('step-gender-current', { gender: a.gender }),
  parse: (input, _a, ctx) => {
    const tr = trOf(ctx);
    if (input.kind === 'text') {
      return choose(
        input.text,
        wordMap(tr, 'words-gender') as Record<string, Gender>,
        tr('step-gender-hint'),
        tr,
      );
    }
    const g = ownValue(GENDERS, input.value);
    return g && g === input.value ? { ok: true, value: g } : forged(tr);
  },
  apply: (gender) => accept({ gender }),
});

/** Age in whole years. @example ageStep.code; // 'age' */
export const ageStep = defineStep<number>({
  id: 'age',
  code: 'age',
  kind: 'question',
  menu: { label: 'step-age-menu', section: 'profile' },
  ask: (_a, tr = ENGLISH) => ({ text: tr('step-age-ask'), rows: [] }),
  current: (a) => (a.age === undefined ? undefined : `${a.age}`),
  parse: (input, _a, ctx) => (input.kind === 'text' ? parseAge(input.text, trOf(ctx)) : forged(trOf(ctx))),
  apply: (age) => accept({ age }),
});

/** Height (cm, or feet and inches). @example heightStep.code; // 'height' */
export const heightStep = defineStep<number>({
  id: 'height',
  code: 'height',
  kind: 'question',
  menu: { label: 'step-height-menu', section: 'profile' },
  ask: (a, tr = ENGLISH) => ({ text: tr('step-height-ask', { units: a.units ?? 'km' }), rows: [] }),
  current: (a, tr = ENGLISH) =>
    a.heightCm === undefined ? undefined : localHeight(tr, a.heightCm, a.units ?? 'km'),
  parse: (input, a, ctx) =>
    input.kind === 'text' ? parseHeight(input.text, a.units ?? 'km', trOf(ctx)) : forged(trOf(ctx)),
  apply: (heightCm) => accept({ heightCm }),
});

/** Body weight (kg or lb). @example weightStep.code; // 'weight' */
export const weightStep = defineStep<number>({
  id: 'weight',
  code: 'weight',
  kind: 'question',
  menu: { label: 'step-weight-menu', section: 'profile' },
  ask: (a, tr = ENGLISH) => ({ text: tr('step-weight-ask', { units: a.units ?? 'km' }), rows: [] }),
  current: (a, tr = ENGLISH) =>
    a.weightKg === undefined ? undefined : localWeight(tr, a.weightKg, a.units ?? 'km'),
  parse: (input, a, ctx) =>
    input.kind === 'text' ? parseWeight(input.text, a.units ?? 'km', trOf(ctx)) : forged(trOf(ctx)),
  apply: (weightKg) => accept({ weightKg }),
});
