#!/usr/bin/env bash
# Starts, stops or restarts the throw-away PostgreSQL cluster the database tests use.
# Usage: pg-fixture.sh start|stop|restart|status DIR PORT
# The cluster listens only on a Unix socket inside DIR, runs as an unprivileged user
# (postgres when invoked as root), and trades durability for speed (fsync off).
set -euo pipefail

action=${1:?action}
dir=${2:?directory}
port=${3:?port}

pgbin=${BALLSDEX_PGBIN:-}
if [[ -z $pgbin ]]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x $candidate/pg_ctl ]] && pgbin=$candidate
    done
fi
if [[ -z $pgbin || ! -x $pgbin/pg_ctl ]]; then
    echo "pg-fixture: PostgreSQL server binaries not found (install the 'postgresql' package)" >&2
    exit 1
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_ctl_running() {
    [[ -f $dir/data/PG_VERSION ]] && as_owner "$pgbin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

start() {
    if pg_ctl_running; then
        as_owner "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    chmod 0755 "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres:postgres "$dir"
    fi
    as_owner "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    launch
}

launch() {
    as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=300" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
}

stop() {
    if pg_ctl_running; then
        as_owner "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
}

case $action in
start) start ;;
stop)
    stop
    rm -rf "$dir"
    ;;
restart)
    stop
    launch
    ;;
kill)
    # Stops the server without removing the data, to simulate an outage.
    stop
    ;;
resume) launch ;;
status) pg_ctl_running ;;
*)
    echo "pg-fixture: unknown action '$action'" >&2
    exit 2
    ;;
esac
