// The runner's body: gender, age, height, weight.
import { formatHeight, formatWeight } from './format.js';
import { ownValue } from './normalize-input.js';
import { parseAge, parseHeight, parseWeight } from './parse-measures.js';
import type { Gender } from './profile.js';
import { accept, choose, defineStep, forged } from './step-definition.js';

const GENDERS: Record<string, Gender> = {
  male: 'male',
  m: 'male',
  man: 'male',
  female: 'female',
  f: 'female',
  woman: 'female',
  other: 'other',
  'non-binary': 'other',
  nonbinary: 'other',
  'prefer not to say': 'other',
};
const GENDER_HINT = 'Tap one of the buttons, or type male, female or other.';

/** Gender, for pace and heart-rate estimates. @example genderStep.code; // 'gender' */
export const genderStep = defineStep<Gender>({
  id: 'gender',
  code: 'gender',
  kind: 'question',
  menu: { label: 'Gender', section: 'profile' },
  ask: () => ({
    text: 'What is your gender? It helps me estimate paces and heart-rate zones.',
    rows: [
      [
        { value: 'female', text: 'Female' },
        { value: 'male', text: 'Male' },
      ],
      [{ value: 'other', text: 'Other / prefer not to say' }],
    ],
  }),
  current: (a) => a.gender && { male: 'male', female: 'female', other: 'not specified' }[a.gender],
  parse: (input) => {
    if (input.kind === 'text') return choose(input.text, GENDERS, GENDER_HINT);
    const g = ownValue(GENDERS, input.value);
    return g && g === input.value ? { ok: true, value: g } : forged();
  },
  apply: (gender) => accept({ gender }),
});

/** Age in whole years. @example ageStep.code; // 'age' */
export const ageStep = defineStep<number>({
  id: 'age',
  code: 'age',
  kind: 'question',
  menu: { label: 'Age', section: 'profile' },
  ask: () => ({ text: 'How old are you? Age shapes how much recovery you need.', rows: [] }),
  current: (a) => (a.age === undefined ? undefined : `${a.age}`),
  parse: (input) => (input.kind === 'text' ? parseAge(input.text) : forged()),
  apply: (age) => accept({ age }),
});

/** Height (cm, or feet and inches). @example heightStep.code; // 'height' */
export const heightStep = defineStep<number>({
  id: 'height',
  code: 'height',
  kind: 'question',
  menu: { label: 'Height', section: 'profile' },
  ask: (a) => ({
    text: `How tall are you? For example ${a.units === 'mi' ? `5'10" or 178 cm` : `178 cm or 5'10"`}.`,
    rows: [],
  }),
  current: (a) => (a.heightCm === undefined ? undefined : formatHeight(a.heightCm, a.units ?? 'km')),
  parse: (input, a) => (input.kind === 'text' ? parseHeight(input.text, a.units ?? 'km') : forged()),
  apply: (heightCm) => accept({ heightCm }),
});

/** Body weight (kg or lb). @example weightStep.code; // 'weight' */
export const weightStep = defineStep<number>({
  id: 'weight',
  code: 'weight',
  kind: 'question',
  menu: { label: 'Weight', section: 'profile' },
  ask: (a) => ({
    text: `And your weight? For example ${a.units === 'mi' ? '160 lb or 72 kg' : '72 kg or 160 lb'}. It helps me keep the load kind to your joints.`,
    rows: [],
  }),
  current: (a) => (a.weightKg === undefined ? undefined : formatWeight(a.weightKg, a.units ?? 'km')),
  parse: (input, a) => (input.kind === 'text' ? parseWeight(input.text, a.units ?? 'km') : forged()),
  apply: (weightKg) => accept({ weightKg }),
});
