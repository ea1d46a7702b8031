#!/bin/bash
# SPDX-License-Identifier: MIT
# Runs a command with a throw-away, unlocked gnome-keyring on the current session bus, so
# QtKeychain (Secret Service) works headless. Use inside a private bus:
#   dbus-run-session -- bash scripts/kr.sh <command> [args...]
# The command sees BALLSDEX_KEYRING=1 when the keyring is up; when a tool is missing it runs
# without it and BALLSDEX_KEYRING_SKIP says why (tests skip). Never needs dbus-x11.
set -u

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    export BALLSDEX_KEYRING_SKIP="kr.sh: no session bus (run it under dbus-run-session)"
    exec "$@"
fi
for tool in gnome-keyring-daemon dbus-send; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        export BALLSDEX_KEYRING_SKIP="kr.sh: $tool is not installed (packages gnome-keyring, dbus)"
        exec "$@"
    fi
done

KR_TMP=$(mktemp -d /tmp/ballsdex-keyring.XXXXXX)
KR_PID=""
cleanup() {
    if [ -n "$KR_PID" ]; then
        kill "$KR_PID" 2>/dev/null
        wait "$KR_PID" 2>/dev/null
    fi
    rm -rf "$KR_TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A private home and runtime dir: the keyring files and the control socket stay in KR_TMP, so
# parallel runs do not meet.
export HOME="$KR_TMP" XDG_RUNTIME_DIR="$KR_TMP" XDG_DATA_HOME="$KR_TMP/data"
mkdir -p "$XDG_DATA_HOME"
chmod 700 "$KR_TMP"

# --foreground keeps the daemon our child, so it is stopped by PID and never outlives the bus.
printf 'ballsdex-test-keyring\n' \
    | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$KR_TMP/gkd.out" 2>"$KR_TMP/gkd.err" &
KR_PID=$!

up=0
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'; then
        up=1
        break
    fi
    if ! kill -0 "$KR_PID" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if [ "$up" != 1 ]; then
    echo "kr.sh: gnome-keyring-daemon did not come up on the session bus:" >&2
    cat "$KR_TMP/gkd.err" >&2
    exit 1
fi

export BALLSDEX_KEYRING=1
"$@"
exit $?
