#!/usr/bin/env bash
# Throw-away PostgreSQL on 127.0.0.1 for tests and benchmarks (Debian package, no system service).
#   export "$(scripts/postgres.sh start)"   # prints HARBOURSCAN_TEST_DATABASE_URL=postgres://…
#   scripts/postgres.sh stop              # stops it and removes its files
#   scripts/postgres.sh url               # prints the URL line if it is running
# Idempotent: `start` on a running cluster only prints its URL again. State lives in
# ${TMPDIR:-/tmp}/harbourscan-pg (override with HARBOURSCAN_PG_DIR).
set -euo pipefail

DIR="${HARBOURSCAN_PG_DIR:-${TMPDIR:-/tmp}/harbourscan-pg}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$PGBIN/initdb" ] || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url_line() { echo "HARBOURSCAN_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$(cat "$DIR/port")/postgres"; }

running() { [ -f "$DIR/port" ] && as_pg "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; }

free_port() {
  for port in $(seq 54330 54399); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  echo "postgres.sh: no free port in 54330-54399" >&2; exit 1
}

case "${1:-}" in
  start)
    if running; then url_line; exit 0; fi
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      as_pg "$PGBIN/initdb" -D "$DIR/data" -A trust -U postgres --no-sync >/dev/null
    fi
    port="$(free_port)"
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR -c fsync=off -c synchronous_commit=off -c max_connections=200" \
      start >/dev/null
    echo "$port" > "$DIR/port"
    url_line
    ;;
  stop)
    if [ -d "$DIR/data" ]; then as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"
    ;;
  url)
    running && url_line
    ;;
  *)
    echo "usage: scripts/postgres.sh start|stop|url" >&2; exit 2 ;;
esac
