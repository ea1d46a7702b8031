#!/usr/bin/env bash
# Runs the project's own PostgreSQL cluster for the run command when no database URL is configured.
# Usage: local-db.sh start   -> starts it (creating it on first use) and prints its postgresql:// URL
#        local-db.sh stop    -> stops it; the data stays in the data folder
# The data folder is ./data (ignored by git) unless BALLSDEX_DATA_DIR names another one.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

data_root=${BALLSDEX_DATA_DIR:-$BALLSDEX_ROOT/data}
database=ballsdex
port=5432

pgbin=
for candidate in /usr/lib/postgresql/*/bin; do
    [[ -x $candidate/pg_ctl ]] && pgbin=$candidate
done
[[ -n $pgbin ]] || die "PostgreSQL server binaries not found; run scripts/install-deps.sh (package 'postgresql')"

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

mkdir -p "$data_root" 2>/dev/null && [[ -w $data_root ]] \
    || die "cannot write to the data folder '$data_root'. Fix its permissions, or set BALLSDEX_DATA_DIR to a writable folder."
data_root=$(cd "$data_root" && pwd)
cluster=$data_root/postgres

# As root the cluster runs as the 'postgres' user, which must be able to reach the data folder.
if [[ $(id -u) -eq 0 ]] && ! runuser -u postgres -- test -x "$data_root"; then
    fallback=/var/lib/ballsdex/$(printf '%s' "$data_root" | md5sum | cut -c1-12)
    say "The postgres user cannot enter $data_root (a parent folder is private); using $fallback instead" >&2
    data_root=$fallback
    cluster=$data_root/postgres
    mkdir -p "$data_root"
fi
socket_dir=$cluster/run
if ((${#socket_dir} > 90)); then
    socket_dir=/tmp/ballsdex-pg-$(printf '%s' "$cluster" | md5sum | cut -c1-12)
fi

running() { [[ -f $cluster/data/PG_VERSION ]] && as_owner "$pgbin/pg_ctl" -D "$cluster/data" status >/dev/null 2>&1; }

start() {
    if [[ ! -f $cluster/data/PG_VERSION ]]; then
        say "Creating a local PostgreSQL cluster in $cluster" >&2
        mkdir -p "$cluster"
        [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$cluster"
        as_owner "$pgbin/initdb" -D "$cluster/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
            >"$cluster/initdb.log" 2>&1 || die "initdb failed; see $cluster/initdb.log"
    fi
    mkdir -p "$socket_dir"
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$socket_dir"
    if ! running; then
        as_owner "$pgbin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
            -o "-k $socket_dir -p $port -c listen_addresses=''" start >/dev/null \
            || die "the local PostgreSQL did not start; see $cluster/server.log"
    fi
    if ! as_owner "$pgbin/psql" -h "$socket_dir" -p $port -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
        as_owner "$pgbin/psql" -h "$socket_dir" -p $port -U postgres -d postgres -qc "CREATE DATABASE $database" \
            || die "could not create the database '$database'"
    fi
    printf 'postgresql://postgres@/%s?host=%s&port=%s\n' "$database" "$socket_dir" "$port"
}

case ${1:-} in
start) start ;;
stop) running && as_owner "$pgbin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null || true ;;
*) die "usage: $0 start|stop" ;;
esac
