#!/usr/bin/env bash
# A private PostgreSQL 15 server for tests and `make up`: its own data folder, a free port on 127.0.0.1 only and its
# unix socket inside the folder. It never touches a system-wide cluster or the package's service.
#
#   postgres-node.sh start   install postgresql when missing, initdb, start the server, create the database "matching"
#   postgres-node.sh stop    stop the server, delete its folder
#   postgres-node.sh env     print "export ..." lines for the running server (MATCHING_TEST_POSTGRES, PG* variables)
#
# The folder is $POSTGRES_NODE_DIR (default: .postgres-node in the repository). PostgreSQL refuses to run as root: as
# root, the server runs as the package's user "postgres", which then owns the folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${POSTGRES_NODE_DIR:-$root/.postgres-node}
bin=/usr/lib/postgresql/15/bin
user=matching
password=matching

# shellcheck source=free-port.sh
. "$root/scripts/free-port.sh"

# Runs a command as the server's owner: ourselves, or "postgres" when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { [ -f "$dir/node.env" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; }

start() {
  if running; then
    echo "PostgreSQL already running ($dir)"
    return
  fi
  [ -x "$bin/postgres" ] || "$root/scripts/install-test-tools.sh"
  rm -rf "$dir"
  mkdir -p "$dir/socket"
  if [ "$(id -u)" -eq 0 ]; then
    # The server's user must reach its folder: every parent needs search permission for it.
    chown -R postgres: "$dir"
    local parent=$dir
    while parent=$(dirname "$parent") && [ "$parent" != / ]; do
      runuser -u postgres -- test -x "$parent" 2>/dev/null || chmod o+x "$parent"
    done
  fi
  printf '%s\n' "$password" >"$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/socket'
max_connections = 200
fsync = on
logging_collector = off
EOF
  # A port found free can still be taken before the server binds it (by another program on the machine): a server
  # that does not start is started again on another port (the last "port =" line of the file wins).
  local port attempt started=""
  for attempt in 1 2 3; do
    port=$(free_port)
    echo "port = $port" >>"$dir/data/postgresql.conf"
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null; then started=1; break; fi
    echo "PostgreSQL did not start on port $port (attempt $attempt of 3); see $dir/server.log" >&2
    tail -n 30 "$dir/server.log" >&2 || true
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  done
  [ -n "$started" ] || exit 1
  PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE matching" >/dev/null
  cat >"$dir/node.env" <<EOF
export POSTGRES_NODE_DIR=$dir
export PGHOST=127.0.0.1
export PGPORT=$port
export PGUSER=$user
export PGPASSWORD=$password
export PGDATABASE=matching
export MATCHING_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=$user;Password=$password;Database=matching'
EOF
  echo "PostgreSQL on 127.0.0.1:$port, database matching (folder $dir)"
}

stop() {
  [ -d "$dir/data" ] || { rm -rf "$dir"; return 0; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  echo "PostgreSQL stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) [ -f "$dir/node.env" ] && cat "$dir/node.env" || { echo "No PostgreSQL server in $dir" >&2; exit 1; } ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
