# Shared helpers for the operator scripts (sourced, not run).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
DATA_DIR="${DATA_DIR:-data}"
case "$DATA_DIR" in /*) ;; *) DATA_DIR="$ROOT/$DATA_DIR" ;; esac
RUN_DIR="$DATA_DIR/run"
PM2="node $ROOT/node_modules/pm2/bin/pm2"

say() { printf '%s %s\n' "[$(basename "$0")]" "$*"; }

# Bot token and API root: production token, else the local sandbox's.
resolve_bot() {
  if [ -n "${TELEGRAM_BOT_TOKEN:-}" ]; then
    TOKEN="$TELEGRAM_BOT_TOKEN"
    API_ROOT="${TELEGRAM_API_ROOT:-https://api.telegram.org}"
  else
    TOKEN="${SANDBOX_BOT_TOKEN:-$(cat "$DATA_DIR/sandbox/bot-token" 2>/dev/null)}"
    API_ROOT="${TELEGRAM_API_ROOT:-http://127.0.0.1:${SANDBOX_PORT:-8081}}"
  fi
  API_ROOT="${API_ROOT%/}"
}

# Calls a Bot API method; prints the JSON answer with the token never shown.
bot_api() {
  local method="$1" body="${2:-{\}}"
  curl -sS --max-time 10 -H 'content-type: application/json' -d "$body" "$API_ROOT/bot$TOKEN/$method" 2>&1 \
    | sed -E 's/[0-9]{3,}:[A-Za-z0-9_-]{30,}/[REDACTED]/g'
}

# Removes lock folders and health files not refreshed for STALE seconds (default 30): a live poller
# refreshes its lock every few seconds, so only a dead process's leftovers go.
clear_stale_run_files() {
  local stale="${1:-30}" removed=0
  [ -d "$RUN_DIR" ] || { say "no run folder ($RUN_DIR): nothing to clear"; return 0; }
  while IFS= read -r -d '' path; do
    rm -rf "$path" && removed=$((removed + 1)) && say "removed stale $(basename "$path")"
  done < <(find "$RUN_DIR" -maxdepth 1 \( -name '*.lock' -o -name '*.health' -o -name '*.tmp' \) -not -newermt "-${stale} seconds" -print0)
  say "stale run files removed: $removed"
}
