#!/usr/bin/env bash
# Builds BallsDex Studio and opens it. Without a configured database URL it points Studio at the
# project's own local PostgreSQL (the one scripts/run.sh uses) and at the local media folder.
# Arguments are passed to ballsdex-studio (see ballsdex-studio --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$BALLSDEX_ROOT/scripts/install-deps.sh"
build_targets ballsdex-studio

if [[ -z ${BALLSDEXBOT_DB_URL:-} && -z ${DATABASE_URL:-} && -d $BALLSDEX_ROOT/data ]]; then
    BALLSDEXBOT_DB_URL=$("$BALLSDEX_ROOT/scripts/local-db.sh" start)
    export BALLSDEXBOT_DB_URL
    say "Using the local database (scripts/local-db.sh stop stops it)"
fi
media=()
[[ -d $BALLSDEX_ROOT/media ]] && media=(--media "$BALLSDEX_ROOT/media")
exec "$BALLSDEX_BUILD_DIR/studio/ballsdex-studio" "${media[@]}" "$@"
