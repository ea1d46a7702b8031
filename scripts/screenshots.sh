#!/usr/bin/env bash
# Takes the screenshots of Studio's main windows shown in the README (docs/screenshots/): the real
# app under Xvfb, on a throw-away PostgreSQL with the starter catalogue, logged in through the
# project's fake Discord. Usage: scripts/screenshots.sh [output-folder]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

output=${1:-$BALLSDEX_ROOT/docs/screenshots}
"$BALLSDEX_ROOT/scripts/install-deps.sh"
build_targets studio_screenshots

pg_dir=$(mktemp -d /tmp/ballsdex-shots-pg.XXXXXX)
runtime_dir=$(mktemp -d /tmp/ballsdex-xdg.XXXXXX)
port=55439
cleanup() {
    bash "$BALLSDEX_ROOT/tests/support/pg-fixture.sh" stop "$pg_dir" "$port" >/dev/null 2>&1 || true
    rm -rf "$pg_dir" "$runtime_dir"
}
trap cleanup EXIT
bash "$BALLSDEX_ROOT/tests/support/pg-fixture.sh" start "$pg_dir" "$port" >/dev/null

say "Taking screenshots into $output"
mkdir -p "$output"
env -u QT_QPA_PLATFORM XDG_RUNTIME_DIR="$runtime_dir" \
    BALLSDEX_TEST_PGHOST="$pg_dir" BALLSDEX_TEST_PGPORT="$port" \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$BALLSDEX_BUILD_DIR/tests/studio/studio_screenshots" "$output"
