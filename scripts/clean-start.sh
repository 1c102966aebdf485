#!/usr/bin/env bash
# Stops every app, clears stale locks and health files (keeping all data), and starts again under PM2.
set -euo pipefail
usage() {
  cat <<'USAGE'
Usage: scripts/clean-start.sh [--help]

Stops every app of ecosystem.config.cjs in the PM2 daemon (graceful, PM2's kill_timeout),
removes lock folders and heartbeat files left in DATA_DIR/run by dead processes, keeps the
database and every other file, rebuilds if needed and starts the apps again in the PM2 daemon
(watch them with `npx pm2 monit` / `npx pm2 logs`). Safe to run twice in a row.

Environment: the same as npm start (DATABASE_URL, TELEGRAM_BOT_TOKEN, DATA_DIR, PM2_HOME…).
USAGE
}
case "${1:-}" in -h|--help) usage; exit 0 ;; "") ;; *) usage >&2; exit 2 ;; esac
source "$(dirname "$0")/lib.sh"

say "stopping apps (if running)"
$PM2 delete ecosystem.config.cjs >/dev/null 2>&1 || say "no apps were running"
clear_stale_run_files 0
say "building"
npm run --silent build
say "starting apps"
$PM2 start ecosystem.config.cjs >/dev/null
$PM2 ls
say "done: npx pm2 monit to watch, npx pm2 logs to follow the logs"
