#!/usr/bin/env bash
# Resets the Telegram session after "409 Conflict" trouble: webhook off, pending long poll ended,
# stale locks cleared, bot-poller restarted.
set -euo pipefail
usage() {
  cat <<'USAGE'
Usage: scripts/reset-session.sh [--kill-strays] [--help]

0. with --kill-strays, first: terminates this installation's bot processes outside PM2 on this host
   (SIGTERM, then SIGKILL after STRAY_GRACE_MS, default 10 s); PM2's own apps are never touched
1. deleteWebhook (pending updates are KEPT: drop_pending_updates=false)
2. ends any pending long poll with getUpdates timeout=0 (nothing is confirmed: no update is lost)
3. removes lock folders / heartbeat files in DATA_DIR/run not refreshed for 30 s (dead processes)
4. restarts bot-poller in PM2 if PM2 runs it
Prints what it did. Safe to run twice. Uses TELEGRAM_BOT_TOKEN, or the local sandbox's token.
USAGE
}
KILL_STRAYS=false
case "${1:-}" in -h|--help) usage; exit 0 ;; --kill-strays) KILL_STRAYS=true ;; "") ;; *) usage >&2; exit 2 ;; esac
source "$(dirname "$0")/lib.sh"
# Strays first: a stray poller would otherwise start the 409 fight again right after the reset.
if $KILL_STRAYS; then
  DATA_DIR="$DATA_DIR" node "$ROOT/scripts/kill-strays.mjs"
fi

resolve_bot
if [ -z "$TOKEN" ]; then
  say "no bot token (TELEGRAM_BOT_TOKEN unset and no sandbox token in $DATA_DIR/sandbox): skipping Telegram calls"
else
  say "deleteWebhook: $(bot_api deleteWebhook '{"drop_pending_updates":false}')"
  answer="$(bot_api getUpdates '{"timeout":0,"limit":1}')"
  case "$answer" in
    *'"ok":true'*) say "pending long poll ended (getUpdates timeout=0 answered)" ;;
    *) say "getUpdates timeout=0: $answer" ;;
  esac
fi
clear_stale_run_files 30
if $PM2 describe bot-poller >/dev/null 2>&1; then
  $PM2 restart bot-poller >/dev/null && say "bot-poller restarted"
else
  say "bot-poller is not running under PM2 (nothing to restart)"
fi
