import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type DialogInput,
  type DialogState,
  dialogStateSchema,
  handleInput,
  startDialog,
} from '../../shared/profile/index.js';
import { currentAnswerText } from '../../shared/profile/steps.js';

const ctx = { now: new Date('2026-05-10T12:00:00Z') };

// A valid path through every question; prefixes of it give a state at each question.
const PATH: DialogInput[] = [
  { kind: 'button', data: 'p1:units:km' },
  { kind: 'text', text: 'Berlin' },
  { kind: 'button', data: 'p1:goal:half' },
  { kind: 'text', text: 'in 20 weeks' },
  { kind: 'button', data: 'p1:gender:male' },
  { kind: 'text', text: '41' },
  { kind: 'text', text: '182' },
  { kind: 'text', text: '80' },
  { kind: 'button', data: 'p1:exp:beginner' },
  { kind: 'button', data: 'p1:years:1' },
  { kind: 'button', data: 'p1:vol:20km' },
  { kind: 'button', data: 'p1:lrun:10km' },
  { kind: 'text', text: 'tue thu sat' },
  { kind: 'button', data: 'p1:long:6' },
  { kind: 'button', data: 'p1:race:5' },
  { kind: 'text', text: '24:10' },
  { kind: 'text', text: 'No hills on Mondays' },
  { kind: 'button', data: 'p1:hour:20' },
];

const STATES: DialogState[] = [startDialog()];
const SEEN_DATA = new Set<string>();
for (const input of PATH) {
  const result = handleInput(STATES.at(-1)!, input, ctx);
  assert.equal(result.outcome, 'accepted', result.reply.text);
  for (const b of result.reply.keyboard?.rows.flat() ?? []) SEEN_DATA.add(b.data);
  STATES.push(result.state);
}

const FOLLOW_UPS = new Set(['goalCustom', 'recentRaceTime', 'longRunDay', 'editMenu']);

const inputArb: fc.Arbitrary<DialogInput> = fc.oneof(
  fc.string({ maxLength: 200 }).map((text) => ({ kind: 'text' as const, text })),
  fc.string({ unit: 'grapheme', maxLength: 60 }).map((text) => ({ kind: 'text' as const, text })),
  fc.string({ maxLength: 80 }).map((data) => ({ kind: 'button' as const, data })),
  fc.constantFrom(...SEEN_DATA).map((data) => ({ kind: 'button' as const, data })),
  // Real prefixes with arbitrary values: the forged-button case.
  fc
    .tuple(
      fc.constantFrom(...[...SEEN_DATA].map((d) => d.slice(0, d.lastIndexOf(':') + 1))),
      fc.string({ maxLength: 30 }),
    )
    .map(([prefix, value]) => ({ kind: 'button' as const, data: prefix + value })),
);

describe('profile dialog property', () => {
  it('never throws, keeps invalid input from changing the state, and never advances without a valid answer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: STATES.length - 1 }), inputArb, (index, input) => {
        const state = STATES[index]!;
        const before = structuredClone(state);
        const result = handleInput(state, input, ctx);
        assert.deepEqual(state, before, 'input state must not be mutated');
        assert.equal(typeof result.reply.text, 'string');
        assert.equal(result.reply.parseMode, 'HTML');
        // Whatever happened, the state is storable and valid.
        assert.deepEqual(dialogStateSchema.parse(JSON.parse(JSON.stringify(result.state))), result.state);
        if (result.outcome === 'invalid') {
          assert.deepEqual(result.state, before);
          return;
        }
        const movedForward = result.state.history.length > state.history.length;
        if (movedForward && !FOLLOW_UPS.has(result.state.step)) {
          // The question we left has a (schema-valid) answer now.
          assert.notEqual(
            currentAnswerText(state.step, result.state.answers),
            undefined,
            `${state.step} left unanswered`,
          );
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('random walks of valid and invalid inputs always end in a valid state', () => {
    fc.assert(
      fc.property(fc.array(inputArb, { maxLength: 30 }), (inputs) => {
        let state = startDialog();
        for (const input of inputs) {
          state = handleInput(state, input, ctx).state;
          dialogStateSchema.parse(state);
        }
      }),
      { numRuns: 300 },
    );
  });
});
