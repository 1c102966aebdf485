import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deleteUserData, exportUserData, USER_DATA_OWNERS } from '../../shared/account/index.js';
import type { Sql } from '../../shared/db/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';
import { halfMarathonProfile, insertRunner } from '../harness/profile-fixture.js';

// /export and /deleteme are composed from each table owner's part (shared/account). These tests run them
// on a real, migrated database: the catalog check makes a new per-user table without an owner fail here.

const ANN = 5001;
const BOB = 5002;

/**
 * Every table that holds per-user rows: a `user_id` column, a foreign-key path to `users`, or `users`
 * itself (`personal`), and the transport tables keyed by a `chat_id` only (`byChat`).
 */
async function perUserTables(sql: Sql): Promise<{ personal: string[]; byChat: string[] }> {
  const personal = await sql<{ table_name: string }[]>`
    with recursive fk as (
      select tc.table_name::text as child, ccu.table_name::text as parent
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'
    ), below_users as (
      select 'users'::text collate "C" as table_name
      union
      select fk.child from fk join below_users b on fk.parent = b.table_name
    )
    select table_name from below_users
    union
    select c.table_name::text from information_schema.columns c
    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
    where c.table_schema = 'public' and c.column_name = 'user_id' and t.table_type = 'BASE TABLE'
    order by 1`;
  const byChat = await sql<{ table_name: string }[]>`
    select c.table_name from information_schema.columns c
    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
    where c.table_schema = 'public' and c.column_name = 'chat_id' and t.table_type = 'BASE TABLE'
    order by 1`;
  const names = new Set(personal.map((r) => r.table_name));
  return {
    personal: [...names].sort(),
    byChat: byChat.map((r) => r.table_name).filter((t) => !names.has(t)),
  };
}

/** One runner with a row in every per-user table; returns the ids the assertions need. */
async function seedRunner(sql: Sql, userId: number) {
  await insertRunner(sql, userId, halfMarathonProfile(), `Runner ${userId}`);
  await sql`update runner_profiles set rest_day_reminders = true where user_id = ${userId}`;
  const [plan] = await sql<{ id: number }[]>`
    insert into training_plans (user_id, version, source, input, plan)
    values (${userId}, 1, 'deterministic', '{}', '{"weeks": []}') returning id`;
  const workouts = await sql<{ id: number }[]>`
    insert into planned_workouts (plan_id, user_id, workout_date, week_index, type, title, distance_km)
    values (${plan!.id}, ${userId}, current_date + 1, 0, 'easy', 'Easy run', 6),
           (${plan!.id}, ${userId}, current_date + 3, 0, 'long', 'Long run', 14)
    returning id`;
  const [completion] = await sql<{ id: number }[]>`
    insert into workout_completions (user_id, planned_workout_id, completed_on, distance_km, source)
    values (${userId}, ${workouts[0]!.id}, current_date, 6, 'vision') returning id`;
  await sql`
    insert into workout_cancellations (user_id, planned_workout_id, reason)
    values (${userId}, ${workouts[1]!.id}, 'weather')`;
  await sql`
    insert into replan_offers (user_id, trigger, status)
    values (${userId}, ${sql.json({ kind: 'setbacks', count: 3 })}, 'declined')`;
  await sql`
    insert into reminder_deliveries (user_id, chat_id, kind, for_date, planned_workout_id, due_at, expires_at, status)
    values (${userId}, ${userId}, 'workout', current_date + 1, ${workouts[0]!.id}, now(), now() + interval '1 day', 'sent')`;
  await sql`
    insert into conversation_state (user_id, kind, state) values (${userId}, 'tracking', '{"step": "note"}')`;
  // A finished screenshot job with its reading, a queued one, and one a vision worker is running.
  const [done] = await sql<{ id: number }[]>`
    insert into jobs (queue, payload, status)
    values ('vision', ${sql.json({ userId, chatId: userId, fileId: 'a' })}, 'completed') returning id`;
  await sql`
    insert into vision_extractions (job_id, user_id, chat_id, outcome, method, reading, status, completion_id)
    values (${done!.id}, ${userId}, ${userId}, 'workout', 'ocr', '{"distanceKm": 6}', 'confirmed', ${completion!.id})`;
  await sql`
    insert into jobs (queue, payload) values ('vision', ${sql.json({ userId, chatId: userId, fileId: 'b' })})`;
  const [running] = await sql<{ id: number }[]>`
    insert into jobs (queue, payload, status, locked_by, locked_until)
    values ('vision', ${sql.json({ userId, chatId: userId, fileId: 'c' })}, 'running', 'w1', now() + interval '1 minute')
    returning id`;
  await sql`insert into vision_progress_notes (job_id) values (${running!.id})`;
  // The inbox: an earlier handled update, the update asking for deletion, and a later one still pending.
  const base = userId * 10;
  for (const [offset, status] of [
    [1, 'processed'],
    [2, 'pending'],
    [3, 'pending'],
  ] as const) {
    await sql`
      insert into telegram_updates (update_id, payload, source, chat_id, status)
      values (${base + offset}, ${sql.json({ update_id: base + offset, message: { text: 'hi' } })}, 'polling', ${userId}, ${status})`;
  }
  await sql`
    insert into outgoing_messages (update_id, chat_id, method, payload)
    values (${base + 1}, ${userId}, 'sendMessage', '{"text": "hello"}')`;
  return { currentUpdateId: base + 2, laterUpdateId: base + 3, runningJobId: running!.id };
}

/** Rows per table naming the user (by user_id or chat_id), for the tables of the catalog. */
async function rowsOf(sql: Sql, userId: number, tables: { personal: string[]; byChat: string[] }) {
  const counts: Record<string, number> = {};
  for (const table of [...tables.personal, ...tables.byChat]) {
    const cols = await sql<{ column_name: string }[]>`
      select column_name from information_schema.columns
      where table_schema = 'public' and table_name = ${table} and column_name in ('id', 'user_id', 'chat_id')`;
    const names = new Set(cols.map((c) => c.column_name));
    const column =
      table === 'users' ? 'id' : names.has('user_id') ? 'user_id' : names.has('chat_id') ? 'chat_id' : '';
    if (!column) continue; // reached only through a foreign key: counted through its parent
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from ${sql(table)} where ${sql(column)} = ${userId}`;
    counts[table] = row!.n;
  }
  return counts;
}

describe('account data: every table owner exports and deletes its own part', () => {
  let db: TestDatabase;
  let ann: Awaited<ReturnType<typeof seedRunner>>;
  before(async () => {
    db = await createTestDatabase({ migrate: true });
    ann = await seedRunner(db.sql, ANN);
    await seedRunner(db.sql, BOB);
  });
  after(async () => {
    await db.drop();
    await stopEmbeddedAdminCluster();
  });

  it('every per-user table of the catalog has an owner that exports (or, for transport, deletes) it', async () => {
    const tables = await perUserTables(db.sql);
    // The catalog query itself must see the tables we know about, or this test proves nothing.
    for (const known of [
      'users',
      'runner_profiles',
      'planned_workouts',
      'vision_extractions',
      'replan_offers',
    ])
      assert.ok(tables.personal.includes(known), `catalog found ${known}`);
    assert.deepEqual(tables.byChat, ['outgoing_messages', 'telegram_updates']);

    const exporters = new Set<string>();
    const deleters = new Set<string>();
    const owners = new Map<string, string>();
    for (const owner of USER_DATA_OWNERS) {
      for (const table of owner.tables) {
        assert.equal(
          owners.get(table),
          undefined,
          `${table} has two owners: ${owners.get(table)} and ${owner.domain}`,
        );
        owners.set(table, owner.domain);
        deleters.add(table);
        if (owner.exportForUser && !owner.transportOnly?.includes(table)) exporters.add(table);
      }
    }
    const missingExport = tables.personal.filter((t) => !exporters.has(t));
    assert.deepEqual(missingExport, [], 'per-user tables without an exporter (add them to their owner)');
    const missingDelete = [...tables.personal, ...tables.byChat].filter((t) => !deleters.has(t));
    assert.deepEqual(missingDelete, [], 'per-user tables without a deleter');
    const existing = await db.sql<{ table_name: string }[]>`
      select table_name from information_schema.tables where table_schema = 'public'`;
    const names = new Set(existing.map((t) => t.table_name));
    assert.deepEqual(
      [...owners.keys()].filter((t) => !names.has(t)),
      [],
      'owners name tables that do not exist',
    );
  });

  it('/export holds a row of every per-user table, including readings, offers, reminders and the rest-day note', async () => {
    const data = await db.sql.begin((tx) => exportUserData(tx, ANN));
    const json = JSON.parse(JSON.stringify(data)) as Record<string, unknown> & {
      user: { id: number | string };
      profile: { goalLabel: string };
      reminders: { hour: number; enabled: boolean; restDayNote: boolean };
    };
    assert.equal(Number(json.user.id), ANN);
    assert.equal(json.profile.goalLabel, 'Half marathon');
    assert.deepEqual(json.reminders, { hour: 19, enabled: true, restDayNote: true });
    for (const key of [
      'plans',
      'workouts',
      'completions',
      'cancellations',
      'replanOffers',
      'reminderDeliveries',
      'visionExtractions',
    ]) {
      assert.ok(Array.isArray(json[key]) && (json[key] as unknown[]).length > 0, `${key} exported`);
    }
    assert.deepEqual((json.conversation as { kind: string }).kind, 'tracking');
    assert.equal((json.workouts as unknown[]).length, 2);
    // Nothing of the other runner.
    assert.doesNotMatch(JSON.stringify(data), new RegExp(`Runner ${BOB}`));
  });

  it('/deleteme leaves no row of the runner, keeps exactly-once bookkeeping, and touches nobody else', async () => {
    const tables = await perUserTables(db.sql);
    const bobBefore = await rowsOf(db.sql, BOB, tables);
    await db.sql.begin((tx) =>
      deleteUserData(tx, { userId: ANN, chatIds: [ANN], currentUpdateId: ann.currentUpdateId }),
    );
    const left = await rowsOf(db.sql, ANN, tables);
    // Only the later, still-pending update keeps its chat id: it is a new action of the runner.
    assert.deepEqual(
      Object.entries(left).filter(([, n]) => n > 0),
      [['telegram_updates', 1]],
    );
    const updates = await db.sql<{ update_id: number; chat_id: number | null; payload: unknown }[]>`
      select update_id::int as update_id, chat_id, payload from telegram_updates
      where update_id between ${ANN * 10} and ${ANN * 10 + 9} order by update_id`;
    assert.deepEqual(
      updates.map((u) => [u.update_id, u.chat_id === null ? null : Number(u.chat_id)]),
      [
        [ANN * 10 + 1, null],
        [ann.currentUpdateId, null],
        [ann.laterUpdateId, ANN],
      ],
    );
    assert.deepEqual(updates[0]!.payload, { update_id: ANN * 10 + 1 }, 'a handled update is a tombstone');
    assert.deepEqual(updates[1]!.payload, { update_id: ann.currentUpdateId }, 'the current one too');
    // Queued work is gone; the running job stays with its worker (and its progress note with it).
    const jobs = await db.sql<{ id: number; status: string }[]>`
      select id::int as id, status from jobs where payload->>'userId' = ${String(ANN)}`;
    assert.deepEqual([...jobs], [{ id: ann.runningJobId, status: 'running' }]);
    const [{ notes }] = await db.sql<{ notes: number }[]>`
      select count(*)::int as notes from vision_progress_notes where job_id = ${ann.runningJobId}`;
    assert.equal(notes, 1);
    assert.deepEqual(await rowsOf(db.sql, BOB, tables), bobBefore, 'the other runner is untouched');
    const export_ = await db.sql.begin((tx) => exportUserData(tx, ANN));
    assert.equal(export_.user, null);
    assert.equal(export_.profile, null);
  });
});
