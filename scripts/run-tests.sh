#!/usr/bin/env bash
# Run the test suite with the services it needs (see scripts/system-deps.sh).
#
# Starts a throw-away PostgreSQL server on 127.0.0.1 (own data directory, free port), exports
# ACCORD_TEST_DB so the store tests run against it as well as SQLite, runs pytest with the given
# arguments, stops the server on exit and returns pytest's exit code.
set -uo pipefail
cd "$(dirname "$0")/.."

PG_BIN=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ]; then PG_BIN="$dir"; break; fi
done
if [ -z "$PG_BIN" ] && command -v initdb >/dev/null; then
    PG_BIN="$(dirname "$(command -v initdb)")"
fi

PG_DIR=""
PG_RUN_AS=()

stop_postgres() {
    if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
        "${PG_RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
    fi
    if [ -n "$PG_DIR" ]; then rm -rf "$PG_DIR"; fi
}

start_postgres() {
    PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/accord-pg.XXXXXX")"
    chmod 755 "$PG_DIR"
    if [ "$(id -u)" = 0 ]; then
        # initdb refuses to run as root: the cluster belongs to the postgres user.
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
        chown postgres "$PG_DIR"
        PG_RUN_AS=(runuser -u postgres --)
    else
        PG_RUN_AS=(env)
    fi
    local user port
    user="$("${PG_RUN_AS[@]}" id -un)"
    port="$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "${PG_RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U "$user" -A trust -E UTF8 \
        --no-locale >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; return 1; }
    "${PG_RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c max_connections=200" \
        start >/dev/null || { cat "$PG_DIR/server.log" >&2; return 1; }
    "${PG_RUN_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U "$user" accord_test || return 1
    export ACCORD_TEST_DB="postgresql+psycopg://$user@127.0.0.1:$port/accord_test"
    echo "run-tests: PostgreSQL on 127.0.0.1:$port ($ACCORD_TEST_DB)" >&2
}

trap stop_postgres EXIT
trap "exit 130" INT
trap "exit 143" TERM

if [ -n "${ACCORD_TEST_DB:-}" ]; then
    echo "run-tests: using ACCORD_TEST_DB from the environment" >&2
elif [ -z "$PG_BIN" ]; then
    echo "run-tests: no PostgreSQL found (run scripts/system-deps.sh)" >&2
    exit 1
else
    start_postgres || { echo "run-tests: could not start PostgreSQL" >&2; exit 1; }
fi

.venv/bin/pytest "$@"
status=$?
exit $status
