#!/usr/bin/env bash
# The README's run command: installs what is missing, builds the bot and runs it.
# Without a configured database it uses the project's own local PostgreSQL (./data).
# Arguments are passed to ballsdex-bot (e.g. scripts/run.sh --check-config).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$BALLSDEX_ROOT/scripts/install-deps.sh"
build_targets ballsdex-bot

config=${BALLSDEX_CONFIG:-$BALLSDEX_ROOT/config.yml}
if [[ ! -f $config ]]; then
    cp "$BALLSDEX_ROOT/config.example.yml" "$config"
    say "Created $config from config.example.yml; edit it to set your bot token"
fi

configured_url=$(grep -E '^database-url:[[:space:]]*[^[:space:]#"'"'"']' "$config" || true)
if [[ -z ${BALLSDEXBOT_DB_URL:-} && -z ${DATABASE_URL:-} && -z $configured_url ]]; then
    BALLSDEXBOT_DB_URL=$("$BALLSDEX_ROOT/scripts/local-db.sh" start)
    export BALLSDEXBOT_DB_URL
    say "Using the local database (scripts/local-db.sh stop stops it)"
fi

exec "$BALLSDEX_BUILD_DIR/bot/ballsdex-bot" --config "$config" "$@"
