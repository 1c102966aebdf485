import { startApp } from '../../shared/app/index.js';
import { apologiseForPoisonUpdate, createUpdateRouter } from '../../shared/bot/index.js';
import { COACH_QUEUE, coachJobSchema, createCoachJobHandler } from '../../shared/coach/index.js';
import { PollerLock } from '../../shared/health/index.js';
import { Housekeeping, UpdatePoller, UpdateProcessor } from '../../shared/inbox/index.js';
import { notifyChatOnDead, OutboxSender } from '../../shared/outbox/index.js';
import { createPlanJobHandler, PLAN_QUEUE, planJobSchema } from '../../shared/plans/index.js';
import { commandMenus } from '../../shared/profile/index.js';
import { Worker } from '../../shared/queue/index.js';
import { pruneFinishedDeliveries } from '../../shared/reminders/index.js';
import { createTelegram, waitForBotInfo } from '../../shared/telegram/index.js';
import { createReplanJobHandler, REPLAN_QUEUE, replanJobSchema } from '../../shared/tracking/index.js';
import { VISION_QUEUE } from '../../shared/vision/index.js';
import { accountFeature } from './features/account.feature.js';
import { calendarFeature } from './features/calendar.feature.js';
import { coachFeature } from './features/coach.feature.js';
import { fallbackFeature } from './features/fallback.feature.js';
import { feasibilityFeature } from './features/feasibility.feature.js';
import { helpFeature } from './features/help.feature.js';
import { historyFeature } from './features/history.feature.js';
import { languageFeature } from './features/language.feature.js';
import { logFeature } from './features/log.feature.js';
import { notesFeature } from './features/notes.feature.js';
import { pauseFeature } from './features/pause.feature.js';
import { pendingFeature } from './features/pending.feature.js';
import { planFeature } from './features/plan.feature.js';
import { planBrowseFeature } from './features/plan-browse.feature.js';
import { planMoveFeature } from './features/plan-move.feature.js';
import { profileFeature } from './features/profile.feature.js';
import { rebuildFeature } from './features/rebuild.feature.js';
import { remindersFeature } from './features/reminders.feature.js';
import { replanFeature } from './features/replan.feature.js';
import { screenshotFeature } from './features/screenshot.feature.js';
import { statsFeature } from './features/stats.feature.js';
import { workoutButtonsFeature } from './features/workout-buttons.feature.js';

const DAY_MS = 86_400_000;

await startApp(
  'bot-poller',
  async ({ config, log, sql, heartbeat, signal, onStop }) => {
    const telegram = createTelegram(config);
    const botInfo = await waitForBotInfo(telegram, { signal, log });
    if (!botInfo) return; // stopped while waiting
    // The command menu in every language: English as the default, the others for their language_code.
    for (const { locale, commands } of commandMenus()) {
      await telegram
        .setMyCommands(commands, locale === 'en' ? {} : { language_code: locale })
        .catch((err: unknown) => log.warn('setMyCommands failed', { locale, err: String(err) }));
    }

    const sender = new OutboxSender({ sql, telegram, log });
    await sender.start();
    onStop(() => sender.stop());

    // Hourly prune of handled inbox/outbox rows (7 days) and of finished plan, re-plan and coach jobs
    // (30 days): their dedupe keys come from update and offer ids, which never come back (and the re-plan
    // button checks its offer's own state). Screenshot and activity-file jobs, with the readings that
    // cascade from them, are kept 90 days (a confirmed run stays in the runner's history as a completion);
    // finished reminder deliveries 30 days past their day. Beside it, the vacuum that keeps the inbox,
    // outbox and job claims fast.
    const housekeeping = new Housekeeping({
      sql,
      log,
      prunedQueues: [PLAN_QUEUE, REPLAN_QUEUE, COACH_QUEUE, { name: VISION_QUEUE, keepMs: 90 * DAY_MS }],
      pruners: [
        {
          name: 'reminder deliveries',
          keepMs: 30 * DAY_MS,
          prune: (olderThanMs) => pruneFinishedDeliveries(sql, olderThanMs),
        },
      ],
    });
    housekeeping.start();
    onStop(() => housekeeping.stop());

    // Plan generation (LLM calls, seconds) runs on the job queue, never inside an update handler.
    const planWorker = new Worker(sql, PLAN_QUEUE, createPlanJobHandler({ sql, config, log }), {
      schema: planJobSchema,
      concurrency: 2,
      leaseMs: 120_000,
      log,
      onDead: notifyChatOnDead('job-dead-plan'),
    });
    void planWorker.run();
    onStop(() => planWorker.close());

    // Adaptive re-plans (accepted offers): rebuild from actual recent volume, checked by the rule checker.
    const replanWorker = new Worker(sql, REPLAN_QUEUE, createReplanJobHandler({ sql, log }), {
      schema: replanJobSchema,
      concurrency: 1,
      leaseMs: 60_000,
      log,
      onDead: notifyChatOnDead('job-dead-replan'),
    });
    void replanWorker.run();
    onStop(() => replanWorker.close());

    // The coach: a runner's own words → answer or proposal (model calls, seconds), answered once per update.
    const coachWorker = new Worker(sql, COACH_QUEUE, createCoachJobHandler({ sql, config, log }), {
      schema: coachJobSchema,
      concurrency: 2,
      leaseMs: 90_000,
      log,
      onDead: notifyChatOnDead('job-dead-coach'),
    });
    void coachWorker.run();
    onStop(() => coachWorker.close());

    const processor = new UpdateProcessor({
      sql,
      log,
      handle: createUpdateRouter({
        features: [
          helpFeature,
          languageFeature,
          planFeature,
          feasibilityFeature,
          planBrowseFeature,
          planMoveFeature,
          rebuildFeature,
          pauseFeature,
          calendarFeature,
          accountFeature,
          remindersFeature,
          notesFeature,
          profileFeature,
          workoutButtonsFeature,
          historyFeature,
          pendingFeature,
          logFeature,
          statsFeature,
          replanFeature,
          screenshotFeature,
          coachFeature,
          fallbackFeature,
        ],
        botInfo,
        config,
        log,
      }),
      // Replies go to this process's own sender; no NOTIFY round for every other listener.
      afterCommit: () => sender.kick(),
      notifySenders: false,
      onPoison: apologiseForPoisonUpdate,
    });
    await processor.start();
    onStop(() => processor.stop());

    if (config.telegram.mode === 'webhook') {
      heartbeat.setFileName('bot-poller');
      log.info('webhook mode: the web app receives updates; this process only handles them');
      return;
    }
    const poller: UpdatePoller = new UpdatePoller({
      telegram,
      sql,
      log,
      heartbeat,
      timeoutSec: config.telegram.pollTimeoutSec,
      lock: new PollerLock({
        sql,
        dataDir: config.dataDir,
        staleMs: config.telegram.pollerLockStaleMs,
        onLost: (reason) => {
          log.error(`poller lock lost (${reason}); stopping polling and standing by`);
          poller.interrupt();
        },
      }),
    });
    const polling = poller.run(signal);
    onStop(async () => {
      await polling;
      await poller.releaseLock();
    });
  },
  // Until the poller knows whether it leads, its heartbeat must not overwrite a leader's bot-poller.health.
  { heartbeatFile: `bot-poller.starting-${process.pid}`, poolSize: 20 },
);
