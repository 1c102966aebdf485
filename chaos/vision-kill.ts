import { renderScreenshot, VISION_PROFILE } from '../test/harness/vision-helpers.js';
import { ChaosSystem } from './chaos-system.js';
import { findHarm } from './harm.js';
import { makeUsers, type ScenarioResult, sleep } from './ledger.js';

/** Options of {@link visionKillScenario}. */
export interface VisionKillOptions {
  /** kill -9 rounds (default 5). */
  readonly runs?: number;
  /** Runners sending one screenshot each per round (default 6). */
  readonly runners?: number;
  /** Give up waiting for a round's results after this long (default 90 s). */
  readonly roundTimeoutMs?: number;
}

/** The line of the result message that asks for Confirm / Edit / Discard. */
const RESULT = 'Shall I record it?';
/**
 * The vision app's lease (the default). Longer than a round may take: the killed process's jobs must be
 * taken over when vision restarts on this host, not when their lease runs out.
 */
const LEASE_MS = 120_000;

/**
 * kill -9 of the vision app mid-job, `runs` times: each round several runners (complete profiles, no
 * OpenAI key, so the offline OCR path) send a rendered workout screenshot; once the `vision` queue has
 * jobs running, vision is killed and started again at once (as PM2 would). The restarted vision takes
 * the dead process's jobs over at once (their leases are not waited for); every runner must get exactly one result message (the extraction is stored per job id with its
 * message queued in the same transaction). Recovery time of a round: from the kill until every runner of
 * the round has the result.
 *
 * @example
 * const row = await visionKillScenario({ runs: 1 });
 * row.lost; // 0
 */
export async function visionKillScenario(options: VisionKillOptions = {}): Promise<ScenarioResult> {
  const runs = options.runs ?? 5;
  const perRound = options.runners ?? 6;
  const sys = await ChaosSystem.create({
    env: {
      POLL_TIMEOUT_SEC: '2',
      POLLER_LOCK_STALE_MS: '6000',
      OPENAI_API_KEY: '',
      VISION_LEASE_MS: String(LEASE_MS),
      VISION_PROGRESS_MS: '60000',
      VISION_MAX_PENDING_PER_USER: '3',
    },
  });
  const notes: string[] = [];
  const image = renderScreenshot(['Morning Run', '5.02 km', '25:13', '5:01 /km']);
  try {
    const poller = sys.supervise('bot-poller');
    const vision = sys.supervise('vision');
    const recoveryMs: number[] = [];
    const everyone: Array<{ id: number; user: ReturnType<typeof makeUsers>[number] }> = [];
    let killedMidJob = 0;
    for (let run = 0; run < runs; run++) {
      const users = makeUsers(sys, perRound, `Vis${run}-`);
      const round = await Promise.all(
        users.map(async (user) => {
          const { id, first_name } = await user.info();
          await sys.sql`insert into users (id, chat_id, first_name) values (${id}, ${id}, ${first_name})`;
          await sys.sql`
            insert into runner_profiles (user_id, profile) values (${id}, ${sys.sql.json(VISION_PROFILE as never)})`;
          return { id, user };
        }),
      );
      everyone.push(...round);
      await Promise.all(round.map(({ user }) => user.sendPhoto(image, { fileName: 'run.png' })));
      // Kill while the queue has jobs running (the OCR of a screenshot takes about a second).
      const waitStart = Date.now();
      let running = 0;
      while (Date.now() - waitStart < 60_000) {
        const [row] = await sys.sql<{ n: number }[]>`
          select count(*)::int as n from jobs where queue = 'vision' and status = 'running'
            and locked_until > now()`;
        running = row?.n ?? 0;
        if (running > 0) break;
        await sleep(20);
      }
      if (running === 0) {
        notes.push(`round ${run}: no vision job ever running`);
        break;
      }
      await sleep(Math.random() * 300);
      const killedAt = Date.now();
      await vision.kill9();
      // Right after the kill the dead process's jobs are still `running` (the restarted vision needs far
      // longer than this query to boot and take them over): proof the kill landed mid-job.
      const [inFlight] = await sys.sql<{ n: number }[]>`
        select count(*)::int as n from jobs where queue = 'vision' and status = 'running'`;
      if ((inFlight?.n ?? 0) > 0) killedMidJob++;
      const deadline = killedAt + (options.roundTimeoutMs ?? 90_000);
      const done = new Set<number>();
      while (done.size < round.length && Date.now() < deadline) {
        for (const { id, user } of round) {
          if (done.has(id)) continue;
          if ((await user.botMessages()).some((m) => m.text.includes(RESULT))) done.add(id);
        }
        if (done.size < round.length) await sleep(100);
      }
      if (done.size < round.length) {
        notes.push(`round ${run}: ${round.length - done.size} runners without a result after the timeout`);
        break;
      }
      recoveryMs.push(Date.now() - killedAt);
    }
    // Jobs of the killed process left "running" run again at the restart; let every such rerun finish
    // (and the outbox drain) before counting, so a duplicate it might cause is seen.
    const settleStart = Date.now();
    while (Date.now() - settleStart < 60_000) {
      const [row] = await sys.sql<{ n: number }[]>`
        select (select count(*)::int from jobs where queue = 'vision' and status in ('pending', 'running'))
             + (select count(*)::int from outgoing_messages where status in ('pending', 'sending')) as n`;
      if (row?.n === 0) break;
      await sleep(250);
    }
    await sleep(1_000);
    let lost = 0;
    let dbTwice = 0;
    let seenResends = 0;
    let other = 0;
    for (const { id, user } of everyone) {
      const texts = (await user.botMessages()).map((m) => m.text);
      const visible = texts.filter((t) => t.includes(RESULT)).length;
      other += texts.filter(
        (t) => !t.includes(RESULT) && !t.startsWith('🔎 Analysing') && !t.startsWith('⏳ Still reading'),
      ).length;
      const [row] = await sys.sql<{ extractions: number; queued: number; jobs: number; completed: number }[]>`
        select (select count(*)::int from vision_extractions where user_id = ${id}) as extractions,
               (select count(*)::int from outgoing_messages
                where chat_id = ${id} and payload->>'text' like ${`%${RESULT}%`}) as queued,
               (select count(*)::int from jobs where queue = 'vision' and (payload->>'userId')::bigint = ${id}) as jobs,
               (select count(*)::int from jobs where queue = 'vision' and status = 'completed'
                  and (payload->>'userId')::bigint = ${id}) as completed`;
      if (visible === 0 || (row?.extractions ?? 0) === 0 || (row?.completed ?? 0) === 0) lost++;
      if ((row?.extractions ?? 0) > 1 || (row?.queued ?? 0) > 1 || (row?.jobs ?? 0) > 1) dbTwice++;
      if (visible > 1) seenResends += visible - 1;
    }
    const detectedLines = sys.logCount('bot-poller', 'possible duplicate');
    const [reruns] = await sys.sql<{ n: number }[]>`
      select count(*)::int as n from jobs where queue = 'vision' and attempts > 1`;
    notes.push(
      `${killedMidJob} of ${recoveryMs.length} kills with vision jobs running; ${reruns?.n ?? 0} jobs ran again at vision's restart (lease ${LEASE_MS / 1000} s, not waited for)`,
    );
    if (other > 0) notes.push(`${other} other bot messages (not a result) in the runners' chats`);
    const [dead] = await sys.sql<{ n: number }[]>`
      select count(*)::int as n from jobs where queue = 'vision' and status = 'dead'`;
    if ((dead?.n ?? 0) > 0) notes.push(`${dead?.n} vision jobs dead`);
    if (vision.crashes > 0) {
      for (const exit of vision.crashExits) {
        notes.push(
          `vision crashed on its own (${exit.signal ?? `code ${exit.code}`}); its last output: ${exit.lastOutput.slice(-1_500)}`,
        );
      }
    }
    if (poller.crashes > 0) notes.push(`bot-poller crashed ${poller.crashes}× on its own`);
    const harms = await findHarm(sys);
    return {
      scenario: 'kill -9 vision mid-job',
      runs: recoveryMs.length,
      sent: everyone.length,
      lost,
      appliedTwice: dbTwice + Math.max(0, seenResends - detectedLines),
      detectedResends: Math.min(seenResends, detectedLines),
      recoveryMs,
      harms,
      kills: { total: recoveryMs.length, midWork: killedMidJob, what: 'mid-job' },
      notes,
    };
  } finally {
    await sys.close();
  }
}
