import { parseDistance } from '../../profile/index.js';
import { numberWord } from '../parse-day.js';
import type { ParseWords } from './types.js';

const BODY =
  /\b(knees?|ankles?|achilles|calf|calves|shins?|hamstrings?|quads?|hips?|feet|foot|heels?|back|it ?band|groin|glutes?|toes?|arch|thigh|legs?|hip flexors?)\b/;

/**
 * English, the parser's first language (its phrasings are the table of `test/unit/coach-parse.test.ts`).
 *
 * @example EN.pain.test('my knee hurts'); // true
 */
export const EN: ParseWords = {
  locale: 'en',
  confirm:
    /^(yes|yep|yeah|yup|sure|ok|okay|okey|alright|do it|do that|apply( it)?|sounds good|go ahead|please do|perfect|great|let'?s do (it|that)|deal)\b/,
  decline: /^(no\b(?! time)|nope|nah|cancel( it| that)?$|don'?t\b|never ?mind|not that|rather not)/,
  pain: /\b(hurts?|hurting|hurted|pain(ful)?|sore(ness)?|ache?s?|aching|injur(y|ed|ies)|twisted|sprain(ed)?|strain(ed)?|pulled|niggle|shin splints?|tendonitis|tendinitis|plantar|blisters?|cramps?)\b/,
  noPain: /\bno (pain|injur)|\bpain[- ]free\b/,
  // "my foot" names the place; a bare "back" is often "it is back", not the back.
  bodyArea: (text) =>
    new RegExp(`\\bmy ${BODY.source}`).exec(text)?.[1] ??
    BODY.exec(text.replace(/\b(is|it'?s|are|came|come|coming) back\b/g, ' '))?.[1],
  painFallback: 'pain',
  severe: /\b(really|very|a lot|severe|sharp|badly|terrible|can barely|limp(ing)?|swollen|stabbing)\b/,
  mild: /\b(a bit|a little|slight(ly)?|mild|minor|niggle|tight)\b/,
  goalTopic: /\b(goal|race|marathon|half|10k|5k|ultra)\b/,
  goalChange:
    /\b(change|switch|new|instead|sign(ed)? up|register(ed)?|entered|moved|postponed|rescheduled|want to (run|do)|train for|now)\b/,
  notGoal: /\b(run|workout|session)\b.*\bto\b.*day\b/,
  goalDistance: (text, units) => {
    const distance = /\b(half[- ]?marathon|half|marathon|ultra|\d+(?:\.\d+)? ?(?:k|km|mi|miles?))\b/.exec(
      text,
    )?.[1];
    const parsed = distance && distance !== 'ultra' ? parseDistance(distance, units) : undefined;
    return parsed?.ok ? parsed.value : undefined;
  },
  pause:
    /\b(pause|break from running|time off|holiday|vacation|off for|away for|no running for|stop (the plan|training) for|take a break)\b/,
  pauseDays: (text) => {
    const n = /\b(\d{1,2}|a|one|two|three|four) (day|week)s?\b/.exec(text);
    return n ? numberWord(n[1]!) * (n[2] === 'week' ? 7 : 1) : undefined;
  },
  reduce:
    /\b(reduce|halve|cut (back|down)|lighter|easier week|less (volume|running|mileage|km)|back off|down week|shorter week|only (\d|one|two|three) (days?|runs?)|busy week|travel(l)?ing|tired|exhausted|fatigued|worn out|overwhelmed)\b/,
  notReduce: /\b(skip|cancel|move)\b/,
  nextWeek: /\bnext week\b/,
  percent: /\b(\d{1,2}) ?(%|percent)/,
  half: /\b(half|halve)\b/,
  skip: /\b(skip(ping|ped)?|cancel|miss|drop|tak(e|ing) (today|tomorrow|\w+day) off|can'?t (make|do|run|go)|cannot (make|do|run)|won'?t (make|be able|run|have time)|no time|not running|day off|take (today|tomorrow|it) off|rest instead)\b/,
  sick: /\b(sick|ill|cold|flu|fever|unwell|covid)\b/,
  weather: /\b(rain|raining|snow|storm|weather|heat|too hot|ice|icy|wind)\b/,
  noTime: /\b(busy|work|no time|meeting|late|time|kids|family)\b/,
  move: /\b(move|shift|push|reschedule|swap|switch|postpone|bring forward|do (it|.{0,40}\brun|my|the) .{0,30}\b(on|to)\b|run .{0,40} on\b|instead)\b/,
  target: /\b(to|on|until|onto|for|instead)\b(?!.*\b(to|on|until|onto)\b)/,
  logged: /\b(ran|did|done|finished|completed|just (ran|did)|logged|log|went for|jogged|run was|my run)\b/,
  workoutTypes: [
    [/\blong run\b|\blong\b/, 'long'],
    [/\btempo|threshold\b/, 'tempo'],
    [/\bintervals?\b|\binterval session\b|\b\d+ ?x ?\d+/, 'intervals'],
    [/\breps\b|\brepetitions?\b|\bstrides\b/, 'repetitions'],
    [/\brace[- ]pace\b|\bgoal pace\b/, 'race-pace'],
    [/\brecovery\b/, 'recovery'],
    [/\beasy\b/, 'easy'],
  ],
  asks: /\b(how (fast|long|far|hard|should)|what pace|which pace|explain|what'?s (a|an|the point)|what is (a|an|the)|why (do|am|is|should)|what does .* mean|pace for|purpose)\b/,
  namesWorkout: (text) =>
    /\b(what|which|explain|show)\b/.test(text) &&
    /\b(workout|run|session)\b/.test(text) &&
    !/\bweek\b/.test(text),
  questionWord: /\b(what|how|why)\b/,
  showWeek:
    /\b(what do i have|schedule|plan for|planned|workouts? (for|this|next)|this week|next week|show( me)?( my)? (week|plan))\b/,
};
