import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Telegram } from 'telegraf';
import { type Locale, type Translator, translator } from '../../shared/i18n/index.js';
import type { ChatMessage, SandboxUser } from '../../shared/telegram-sandbox/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';

// The bot in Russian, Spanish and German end to end: a sandbox user whose Telegram language is ru/es/de
// answers the whole profile dialog by typing in their language, then asks /plan, /pending and /stats;
// every reply is checked against that language's catalog. /language switches an English user to German,
// and the command menu exists in every language.

const T = { timeoutMs: 30_000 };
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The first 40 characters of a message's catalog text as the chat shows it (no HTML), as a pattern. */
const text = (tr: Translator, id: string, args: Record<string, string | number> = {}) =>
  new RegExp(
    escapeRegex(
      tr(id, { units: 'km', unit: tr('unit-name-km'), ...args })
        .replace(/<[^>]+>/g, '')
        .slice(0, 40),
    ),
  );

/** Typed answers in each language, in asking order (after the units button). */
const ANSWERS: Record<Exclude<Locale, 'en'>, { first: string; answers: string[]; yes: string }> = {
  ru: {
    first: 'Анна',
    answers: [
      'Москва',
      'полумарафон',
      'через 16 недель',
      'ж',
      '34 года',
      '170 см',
      '60,5 кг',
      'любитель',
      '3',
      '30 км',
      '15',
      'вт, чт, сб, вс',
      'воскресенье',
      '10 км за 45:30',
      'нет',
      'в 19',
    ],
    yes: 'да',
  },
  es: {
    first: 'Lucía',
    answers: [
      'Madrid',
      'media maratón',
      'en 16 semanas',
      'mujer',
      '34 años',
      '1,70 m',
      '60,5 kg',
      'intermedio',
      '3 años',
      '30 km',
      '15',
      'martes, jueves, sábado y domingo',
      'domingo',
      '10 km en 45:30',
      'no',
      'a las 19',
    ],
    yes: 'sí',
  },
  de: {
    first: 'Lena',
    answers: [
      'München',
      'Halbmarathon',
      'in 16 Wochen',
      'weiblich',
      '34 Jahre',
      '170',
      '60,5 kg',
      'fortgeschritten',
      '3 Jahre',
      '30 km',
      '15',
      'Di, Do, Sa, So',
      'Sonntag',
      '10 km in 45:30',
      'nein',
      '19 Uhr',
    ],
    yes: 'ja',
  },
};

/** The question each answer leads to (the next step's catalog text). */
/** "/log 5 km in 30 minutes yesterday", as a runner writes it in each language. */
const LOG_YESTERDAY: Record<Locale, string> = {
  en: '/log 5 km 30:00 yesterday',
  ru: '/log 5 км за 30 минут вчера',
  es: '/log 5 km en 30 minutos ayer',
  de: '/log gestern 5 km in 30 Minuten',
};

const NEXT = [
  'step-goal-ask',
  'step-date-ask',
  'step-gender-ask',
  'step-age-ask',
  'step-height-ask',
  'step-weight-ask',
  'step-exp-ask',
  'step-years-ask',
  'step-vol-ask',
  'step-lrun-ask',
  'step-days-ask',
  'step-long-ask',
  'step-race-ask',
  'step-notes-ask',
  'step-hour-ask',
  'summary-question',
];

async function lastId(user: SandboxUser): Promise<number> {
  return (await user.chat()).messages.reduce((max, m) => Math.max(max, m.message_id), 0);
}

async function say(user: SandboxUser, message: string, expect: RegExp): Promise<ChatMessage> {
  const after = await lastId(user);
  await user.send(message);
  return user.waitForMessage((m) => expect.test(m.text), { after, ...T });
}

describe('the bot speaks Russian, Spanish and German', () => {
  let sys: TestSystem;
  before(async () => {
    sys = await startTestSystem();
    sys.start('bot-poller');
  });
  after(async () => {
    await sys?.close();
    await stopEmbeddedAdminCluster();
  });

  for (const locale of ['ru', 'es', 'de'] as const) {
    it(`${locale}: the whole profile dialog, /plan, /pending and /stats`, async () => {
      const tr = translator(locale);
      const { first, answers, yes } = ANSWERS[locale];
      const user = sys.client.user({ first_name: first, language_code: locale });
      const { id } = await user.info();

      let m = await say(user, '/start', text(tr, 'step-units-ask'));
      assert.match(m.text, text(tr, 'profile-greeting'));
      const after = await lastId(user);
      const query = await user.press(m, tr('step-units-km'));
      await user.waitForAnswer(query, T);
      m = await user.waitForMessage((x) => text(tr, 'step-tz-ask').test(x.text), { after, ...T });
      for (const [i, answer] of answers.entries()) {
        m = await say(user, answer, text(tr, NEXT[i]!));
      }
      // The summary in the runner's words and notation.
      assert.match(m.text, text(tr, 'summary-title'));
      assert.match(m.text, new RegExp(escapeRegex(tr('distance-half'))));
      assert.match(m.text, /21,1 /, 'decimal comma');
      assert.match(m.text, /60,5 /);
      await say(user, yes, text(tr, 'profile-saved-create'));
      const [row] = await sys.db.sql<{ locale: string; profile: { raceDate: string; weightKg: number } }[]>`
        select u.locale, p.profile from users u join runner_profiles p on p.user_id = u.id where u.id = ${id}`;
      assert.equal(row?.locale, locale, 'first contact stores the Telegram language');
      assert.equal(row?.profile.weightKg, 60.5);

      await say(user, '/plan', text(tr, 'plan-building'));
      const week = new RegExp(
        escapeRegex(tr('plan-week', { index: 1, phase: 'base', volume: '' }).split(' · ')[0]!),
      );
      const plan = await user.waitForMessage((x) => week.test(x.text), T);
      assert.match(plan.text, text(tr, 'plan-ready-footer'));
      assert.match(plan.text, text(tr, 'plan-pace-easy', { pace: '' }));

      const either = (a: RegExp, b: RegExp) => new RegExp(`${a.source}|${b.source}`);
      await say(user, '/pending', either(text(tr, 'pending-none'), text(tr, 'pending-title')));
      await say(user, '/stats', either(text(tr, 'stats-empty'), text(tr, 'stats-title', { weeks: 8 })));

      // A run logged in the runner's words: units, the day and the time read in their language.
      await user.send(LOG_YESTERDAY[locale]);
      await waitUntil(
        async () =>
          (
            await sys.db.sql`
              select 1 from workout_completions
              where user_id = ${id} and distance_km = 5 and duration_sec = 1800
                and completed_on = (now() at time zone (
                  select profile->>'timeZone' from runner_profiles where user_id = ${id}))::date - 1`
          ).length === 1,
        20_000,
        `the run logged as "${LOG_YESTERDAY[locale]}"`,
      );

      // Nothing the bot said to this runner is the English catalog's text.
      const en = translator('en');
      const english = [
        ...['step-units-ask', 'summary-question', 'plan-building', 'profile-saved-create'].map((k) =>
          en(k).slice(0, 30),
        ),
        // The planner's workout titles too (the plan, /pending's lines).
        'Easy run',
        'Long run',
        'Rest day',
      ];
      for (const message of (await user.chat()).messages.filter((x) => x.from === 'bot')) {
        for (const phrase of english)
          assert.ok(!message.text.includes(phrase), `English text: ${message.text}`);
      }
    });
  }

  it('/language switches an English runner to German with a button, and an unknown language is English', async () => {
    const en = translator('en');
    const de = translator('de');
    const user = sys.client.user({ first_name: 'Max', language_code: 'fr' });
    const { id } = await user.info();
    await say(user, '/help', text(en, 'help-text'));
    const menu = await say(user, '/language', text(en, 'language-ask'));
    const after = await lastId(user);
    const query = await user.press(menu, 'Deutsch');
    await user.waitForAnswer(query, T);
    await user.waitForMessage((x) => text(de, 'language-set').test(x.text), { after, ...T });
    await say(user, '/help', text(de, 'help-text'));
    const [row] = await sys.db.sql<{ locale: string }[]>`select locale from users where id = ${id}`;
    assert.equal(row?.locale, 'de');
  });

  it('the command menu exists in every language', async () => {
    const telegram = new Telegram(sys.sandbox.token, { apiRoot: sys.sandbox.apiRoot });
    for (const locale of ['en', 'ru', 'es', 'de'] as const) {
      const options = locale === 'en' ? {} : { language_code: locale };
      let commands: { command: string; description: string }[] = [];
      await waitUntil(
        async () => {
          commands = await telegram.getMyCommands(options);
          return commands.length > 0;
        },
        20_000,
        `the ${locale} command menu`,
      );
      const help = commands.find((c) => c.command === 'help');
      assert.equal(help?.description, translator(locale)('command-help'));
    }
  });
});
