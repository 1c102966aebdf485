import { LOCAL_RED_FLAGS } from './red-flags-local.js';

/**
 * Symptoms that must never be coached around: each is answered at once with "stop and seek care",
 * without a model call or a plan change. Patterns are deliberately broad — a false alarm costs one
 * message, a miss could cost far more.
 */
const RED_FLAGS: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp }> = [
  {
    name: 'chest pain',
    pattern:
      /\bchest\b.{0,30}\b(pain|hurts?|hurting|tight(ness)?|pressure|ache|aching)\b|\b(pain|tightness|pressure)\b.{0,20}\bchest\b/,
  },
  {
    name: 'fainting',
    pattern:
      /\b(faint(ed|ing)?|passed out|pass(ing)? out|blacked out|black(ing)? out|collapsed?|lost consciousness)\b/,
  },
  {
    name: 'severe shortness of breath',
    pattern:
      /\b(can'?t|cannot|couldn'?t|could not|unable to|struggl\w* to|hard to)\s+breathe?\b|\b(severe|extreme|very)\s+(short(ness)? of breath|breathless)|\bgasping\b/,
  },
  {
    name: 'heart rhythm',
    pattern:
      /\b(heart|pulse)\b.{0,25}\b(racing|irregular|skipp\w*|pounding|flutter\w*)\b|\bpalpitations?\b|\barrhythmia\b/,
  },
  { name: 'dizziness', pattern: /\b(dizzy|dizziness|lightheaded|light-headed|vertigo)\b/ },
  {
    name: 'stroke signs',
    pattern:
      /\b(numb(ness)?|tingling|weak(ness)?)\b.{0,25}\b(arm|face|one side)\b|\bslurred speech\b|\bface (is )?droop\w*/,
  },
  {
    name: 'coughing blood',
    pattern: /\b(cough\w*|spit\w*|vomit\w*)\b.{0,15}\bblood\b|\bblood in (my )?(urine|pee)\b/,
  },
  { name: 'heat illness', pattern: /\bheat ?stroke\b|\b(confused|confusion)\b/ },
  {
    name: 'fracture',
    pattern:
      /\b(can'?t|cannot|unable to) (put (any )?weight|walk|stand)\b|\b(broken|fractured?)\b.{0,20}\b(bone|leg|foot|ankle|shin|hip)\b|\bbone\b.{0,10}\b(sticking|poking) out\b/,
  },
  {
    name: 'severe swelling',
    pattern: /\b(calf|leg)\b.{0,30}\b(swollen|swelling|hot|red)\b.{0,30}\b(pain|hurts?)\b/,
  },
];

/**
 * The red flag a message names, or undefined — in English, Russian, Spanish or German (whatever the
 * runner's chosen language). Pure and offline: it runs before anything else.
 *
 * @example
 * detectRedFlag('I had chest pain on my run'); // 'chest pain'
 * detectRedFlag('Вчера была боль в груди');    // 'chest pain'
 * detectRedFlag('my knee hurts');              // undefined
 */
export function detectRedFlag(text: string): string | undefined {
  const t = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  // "no chest pain" / "not dizzy" are reassurances, not alarms.
  const cleaned = t.replace(
    /\b(no|not|never|without)\s+(\w+\s+){0,1}(chest pain|dizzy|dizziness|faint\w*)/g,
    ' ',
  );
  return (RED_FLAGS.find((f) => f.pattern.test(cleaned)) ?? LOCAL_RED_FLAGS.find((f) => f.pattern.test(t)))
    ?.name;
}
