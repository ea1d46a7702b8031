#!/usr/bin/env bash
# The README's run command: installs what is missing, builds the bot and runs it.
# Without a configured database it uses the project's own local PostgreSQL (./data).
# Without a Discord token it starts the offline sandbox: a fake Discord on this machine, the
# real bot against it, and a terminal to play in.
# Arguments are passed to ballsdex-bot (e.g. scripts/run.sh --check-config, scripts/run.sh migrate).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$BALLSDEX_ROOT/scripts/install-deps.sh"
build_targets ballsdex-bot ballsdex-sandbox

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

bot=$BALLSDEX_BUILD_DIR/bot/ballsdex-bot
if [[ $# -eq 0 ]] && "$bot" --config "$config" --check-config 2>/dev/null \
    | grep -q '^discord-token: "(not set)"'; then
    say "No Discord token configured: starting the offline sandbox (type 'help' for commands)"
    "$bot" --config "$config" seed-starter-catalogue >/dev/null \
        || die "could not prepare the starter catalogue (see above)"
    cd "$BALLSDEX_ROOT"
    exec "$BALLSDEX_BUILD_DIR/bot/sandbox/ballsdex-sandbox" --bot "$bot" --config "$config"
fi
exec "$bot" --config "$config" "$@"
