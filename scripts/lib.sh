# Shared helpers for the project's scripts (sourced, not run).
# shellcheck shell=bash

BALLSDEX_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BALLSDEX_BUILD_DIR=${BALLSDEX_BUILD_DIR:-$BALLSDEX_ROOT/build}

say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Configures the build tree once (Ninja, ccache when present) and builds the given targets.
build_targets() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    local werror=OFF
    [[ ${CI:-} == true ]] && werror=ON
    if [[ ! -f $BALLSDEX_BUILD_DIR/build.ninja ]]; then
        say "Configuring in $BALLSDEX_BUILD_DIR"
        cmake -S "$BALLSDEX_ROOT" -B "$BALLSDEX_BUILD_DIR" -G Ninja "${launcher[@]}" \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBALLSDEX_WARNINGS_AS_ERRORS=$werror >/dev/null \
            || die "CMake configuration failed (see above)"
    fi
    say "Building ${*:-everything}"
    local args=()
    for target in "$@"; do args+=(--target "$target"); done
    cmake --build "$BALLSDEX_BUILD_DIR" "${args[@]}" || die "the build failed (see above)"
}
