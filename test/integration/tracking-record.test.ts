import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordCompletion } from '../../shared/tracking/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';

describe('recordCompletion', () => {
  let db: TestDatabase;
  let planId = 0;
  const ids: Record<string, number> = {};
  before(async () => {
    db = await createTestDatabase({ migrate: true });
    await db.sql`insert into users (id, chat_id) values (1, 1), (2, 2)`;
    const [plan] = await db.sql<{ id: number }[]>`
      insert into training_plans (user_id, version, source, input, plan) values (1, 1, 'deterministic', '{}', '{}') returning id`;
    planId = plan!.id;
    for (const [key, date, type] of [
      ['tue', '2027-03-02', 'easy'],
      ['thu', '2027-03-04', 'tempo'],
      ['sat', '2027-03-06', 'long'],
      ['sun', '2027-03-07', 'easy'],
    ] as const) {
      const [row] = await db.sql<{ id: number }[]>`
        insert into planned_workouts (plan_id, user_id, workout_date, week_index, type, title)
        values (${planId}, 1, ${date}, 1, ${type}, ${key}) returning id`;
      ids[key] = row!.id;
    }
  });
  after(async () => {
    await db.drop();
    await stopEmbeddedAdminCluster();
  });

  it('completes a given workout once; a second tap is a duplicate', async () => {
    const first = await db.sql.begin((tx) =>
      recordCompletion(tx, {
        userId: 1,
        run: { date: '2027-03-02', distanceKm: 8 },
        source: 'button',
        plannedWorkoutId: ids.tue,
      }),
    );
    assert.equal(first.kind, 'recorded');
    const second = await db.sql.begin((tx) =>
      recordCompletion(tx, {
        userId: 1,
        run: { date: '2027-03-02', distanceKm: 8 },
        source: 'button',
        plannedWorkoutId: ids.tue,
      }),
    );
    assert.equal(second.kind, 'duplicate');
    const [{ n }] = await db.sql<
      { n: number }[]
    >`select count(*)::int as n from workout_completions where planned_workout_id = ${ids.tue!}`;
    assert.equal(n, 1);
    const [w] = await db.sql<
      { status: string }[]
    >`select status from planned_workouts where id = ${ids.tue!}`;
    assert.equal(w?.status, 'done');
  });

  it("refuses another user's workout", async () => {
    await assert.rejects(
      db.sql.begin((tx) =>
        recordCompletion(tx, {
          userId: 2,
          run: { date: '2027-03-04' },
          source: 'button',
          plannedWorkoutId: ids.thu,
        }),
      ),
      /does not belong/,
    );
  });

  it('matches by date within a day, asks when two fit equally, keeps extra runs', async () => {
    const matched = await db.sql.begin((tx) =>
      recordCompletion(tx, { userId: 1, run: { date: '2027-03-05', distanceKm: 9 }, source: 'log' }),
    );
    // Thu (1 day before) and Sat (1 day after) are equally near: ambiguous, nothing written.
    assert.equal(matched.kind, 'ambiguous');
    const onDay = await db.sql.begin((tx) =>
      recordCompletion(tx, { userId: 1, run: { date: '2027-03-04', distanceKm: 9 }, source: 'log' }),
    );
    assert.deepEqual(onDay.kind === 'recorded' && onDay.plannedWorkoutId, ids.thu);
    const extra = await db.sql.begin((tx) =>
      recordCompletion(tx, { userId: 1, run: { date: '2027-03-20', distanceKm: 5 }, source: 'log' }),
    );
    assert.deepEqual(extra.kind === 'recorded' && extra.plannedWorkoutId, null);
  });
});
