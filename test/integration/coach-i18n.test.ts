import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildPlan, plannerInputSchema } from '../../shared/planner/index.js';
import { saveActivePlan } from '../../shared/plans/index.js';
import { toPlannerInput } from '../../shared/profile/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { halfMarathonProfile, insertRunner, isoDaysFromNow } from '../harness/profile-fixture.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';

const PROFILE = halfMarathonProfile({ timeZone: 'UTC' });

/** A runner with a profile and an engine plan built today (no OPENAI_API_KEY: the offline parser reads). */
async function seed(sys: TestSystem, userId: number): Promise<void> {
  await insertRunner(sys.db.sql, userId, PROFILE);
  const input = plannerInputSchema.parse(toPlannerInput(PROFILE, isoDaysFromNow(0)));
  await sys.db.sql.begin((tx) =>
    saveActivePlan(tx, {
      userId,
      input,
      plan: buildPlan(input),
      source: 'deterministic',
      jobId: 900_000 + userId,
    }),
  );
}

describe('the coach answers in the runner’s language (sandbox)', () => {
  let sys: TestSystem;
  before(async () => {
    sys = await startTestSystem();
    sys.start('bot-poller');
  });
  after(async () => {
    await sys.close();
    await stopEmbeddedAdminCluster();
  });

  it('Telegram language_code ru: red flag, "didn’t understand" and a proposal with its buttons in Russian', async () => {
    const user = sys.client.user({ first_name: 'Ира', language_code: 'ru' });
    const { id } = await user.info();
    await seed(sys, id);

    await user.send('I had chest pain on my run yesterday');
    const flag = await user.waitForMessage((m) => m.text.includes('обратитесь за медицинской помощью'), {
      timeoutMs: 20_000,
    });
    assert.match(flag.text, /боль в груди/);
    assert.doesNotMatch(flag.text, /seek medical care/);
    // Written in Russian, it is caught too (no model here).
    await user.send('сегодня на пробежке кружилась голова');
    const dizzy = await user.waitForMessage((m) => m.text.includes('(головокружение)'), {
      after: flag.message_id,
      timeoutMs: 20_000,
    });
    assert.match(dizzy.text, /обратитесь за медицинской помощью/);

    await user.send('hello there');
    const unknown = await user.waitForMessage((m) => m.text.includes('Я не понял «hello there»'), {
      timeoutMs: 30_000,
    });
    assert.equal(unknown.text.split('\n').filter((l) => l.startsWith('• ')).length, 3);

    // The offline parser reads English only; the answer is Russian.
    await user.send('my knee hurts');
    const proposal = await user.waitForMessage((m) => m.text.includes('Сочувствую (knee)'), {
      timeoutMs: 30_000,
    });
    assert.match(proposal.text, /облегчённые ближайшие 7 дней/);
    assert.match(proposal.text, / км → \d/);
    assert.match(proposal.text, /Ничего не изменится, пока вы не нажмёте/);
    const labels =
      proposal.reply_markup?.kind === 'inline'
        ? proposal.reply_markup.markup.inline_keyboard.flat().map((b) => b.text)
        : [];
    assert.deepEqual(labels, ['✅ Применить', '✖️ Отмена']);
    await user.press(proposal, '✅ Применить');
    await user.waitForMessage((m) => m.text.includes('Готово — план обновлён'), {
      after: proposal.message_id,
      timeoutMs: 20_000,
    });
  });

  it('users.locale wins over the Telegram language: a German choice with an English Telegram', async () => {
    const user = sys.client.user({ first_name: 'Jonas', language_code: 'en' });
    const { id } = await user.info();
    await seed(sys, id);
    await sys.db.sql`update users set locale = 'de' where id = ${id}`;
    await user.send('I feel dizzy after my runs');
    const flag = await user.waitForMessage((m) => m.text.includes('such ärztliche Hilfe'), {
      timeoutMs: 20_000,
    });
    assert.match(flag.text, /\(Schwindel\)/);
    await user.send('ran 8k in 45 min today');
    const log = await user.waitForMessage((m) => m.text.includes('Einen Lauf über 8 km in 45:00'), {
      timeoutMs: 30_000,
    });
    await user.press(log, '✖️ Abbrechen');
    await user.waitForMessage((m) => m.text.includes('Abgebrochen — nichts hat sich geändert'), {
      after: log.message_id,
      timeoutMs: 20_000,
    });
  });
});
