import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runnerProfileSchema } from '../../shared/profile/index.js';
import type { ChatMessage, SandboxUser } from '../../shared/telegram-sandbox/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { halfMarathonProfile, insertRunner } from '../harness/profile-fixture.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';

// /notes end to end: sandbox user → bot-poller (compiled) → runner_profiles in a real PostgreSQL.

const T = { timeoutMs: 20_000 };

describe('/notes through the Telegram sandbox', () => {
  let sys: TestSystem;

  before(async () => {
    sys = await startTestSystem();
    sys.start('bot-poller');
    await sys.waitForHeartbeat('bot-poller');
  });
  after(async () => {
    await sys?.close();
    await stopEmbeddedAdminCluster();
  });

  /** Sends text and waits for a NEW bot message matching `expect`. */
  async function say(user: SandboxUser, text: string, expect: RegExp): Promise<ChatMessage> {
    const after = (await user.chat()).messages.reduce((max, m) => Math.max(max, m.message_id), 0);
    await user.send(text);
    return user.waitForMessage((m) => expect.test(m.text), { after, ...T });
  }

  async function storedProfile(userId: number) {
    const [row] = await sys.db.sql<{ profile: unknown }[]>`
      select profile from runner_profiles where user_id = ${userId}`;
    return runnerProfileSchema.parse(row?.profile);
  }

  it('without a profile, points to /start', async () => {
    const noa = sys.client.user({ first_name: 'Noa' });
    await say(noa, '/notes', /don't have a profile yet/);
  });

  it('shows, replaces and clears the notes (stored in the profile, no plan rebuild)', async () => {
    const nia = sys.client.user({ first_name: 'Nia' });
    const { id } = await nia.info();
    const saved = halfMarathonProfile({ timeZone: 'UTC' });
    await insertRunner(sys.db.sql, id, saved, 'Nia');

    await say(nia, '/notes', /no notes for your coach yet/);
    // A control character is removed (NUL cannot travel through Telegram's JSON into PostgreSQL).
    const reply = await say(nia, '/notes  Sore <left> knee\u0007 & no hills  ', /Notes saved/);
    assert.match(reply.text, /Sore <left> knee & no hills/);
    assert.deepEqual(await storedProfile(id), { ...saved, notes: 'Sore <left> knee & no hills' });
    const shown = await say(nia, '/notes', /Your notes for the coach/);
    assert.match(shown.text, /Sore <left> knee & no hills/);

    await say(nia, `/notes ${'a'.repeat(501)}`, /501 characters — please keep it to 500/);
    assert.equal(
      (await storedProfile(id)).notes,
      'Sore <left> knee & no hills',
      'a refused note changes nothing',
    );

    // While a profile edit is open, /notes refuses: the edit's Save would write its older copy back.
    const summary = await say(nia, '/profile', /Your runner profile/);
    const query = await nia.press(summary, '✏️ Edit');
    await nia.waitForAnswer(query, T);
    await nia.waitForMessage((m) => /What would you like to change\?/.test(m.text), {
      after: summary.message_id,
      ...T,
    });
    await say(nia, '/notes Hips', /changing your profile right now/);
    await say(nia, '/cancel', /Okay, stopped/);

    await say(nia, '/notes clear', /notes are removed/);
    assert.deepEqual(await storedProfile(id), saved, 'cleared: the field is gone, the rest unchanged');
    const [{ n }] = await sys.db.sql<{ n: number }[]>`
      select count(*)::int as n from jobs where payload->>'chatId' = ${String(id)}`;
    assert.equal(n, 0, 'no plan rebuild was queued');
  });
});
