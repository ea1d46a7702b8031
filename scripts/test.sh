#!/usr/bin/env bash
# The README's test command: installs what is missing, builds everything and runs every test.
# Arguments are passed to ctest (e.g. scripts/test.sh -L unit, scripts/test.sh -R config).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$BALLSDEX_ROOT/scripts/install-deps.sh"
build_targets

runtime_dir=$(mktemp -d /tmp/ballsdex-xdg.XXXXXX)
trap 'rm -rf "$runtime_dir"' EXIT
export XDG_RUNTIME_DIR=$runtime_dir QT_QPA_PLATFORM=offscreen

say "Running the tests"
cd "$BALLSDEX_BUILD_DIR"
ctest --output-on-failure --parallel 2 "$@"
