import { startApp } from '../../shared/app/index.js';
import { ReminderService } from '../../shared/reminders/index.js';
import { createTelegram, waitForBotInfo } from '../../shared/telegram/index.js';

await startApp(
  'reminder',
  async ({ config, log, sql, heartbeat, signal, onStop }) => {
    const settings = config.reminders;
    const telegram = createTelegram(config);
    if (!(await waitForBotInfo(telegram, { signal, log }))) return; // stopped while waiting
    const service = new ReminderService({
      sql,
      telegram,
      log,
      settings,
      onProgress: (detail) => heartbeat.progress(detail),
    });
    service.start();
    onStop(() => service.stop());
    log.info('reminders scheduled', {
      rate: settings.rate,
      chatRate: settings.chatRate,
      tick: settings.tickCron,
      clockOffsetMs: settings.nowOffsetMs,
    });
    // 20 connections: one holds the leader lock; sends record their outcome one by one, many in flight.
  },
  { poolSize: 20 },
);
