#!/usr/bin/env bash
# A private RabbitMQ node for tests and `make up`: its own folder, node name, cookie, epmd and ports, bound to
# 127.0.0.1 only. It never touches a system-wide node or the package's service.
#
#   rabbitmq-node.sh start        install rabbitmq-server when missing, start the node, wait until it accepts AMQP
#   rabbitmq-node.sh stop         stop the node and its private epmd, delete its folder
#   rabbitmq-node.sh env          print "export ..." lines for the running node (RABBITMQ_HOST, RABBITMQ_PORT, ...)
#   rabbitmq-node.sh ctl ARGS...  rabbitmqctl against the node, e.g. `ctl stop_app`
#
# The node's folder is $RABBITMQ_NODE_DIR (default: .rabbitmq-node in the repository). It holds node.env, the
# connection settings (user guest/guest, allowed on loopback only).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${RABBITMQ_NODE_DIR:-$root/.rabbitmq-node}
bin=/usr/lib/rabbitmq/bin

# shellcheck source=free-port.sh
. "$root/scripts/free-port.sh"

load() {
  [ -f "$dir/server.env" ] || { echo "No RabbitMQ node in $dir (run: $0 start)" >&2; exit 1; }
  set -a
  # shellcheck source=/dev/null
  . "$dir/server.env"
  set +a
}

ctl() {
  load
  "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" "$@"
}

accepts_amqp() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  if [ -f "$dir/server.env" ]; then
    load
    if accepts_amqp "$RABBITMQ_NODE_PORT"; then
      echo "RabbitMQ node already running on 127.0.0.1:$RABBITMQ_NODE_PORT ($dir)"
      return
    fi
  fi
  [ -x "$bin/rabbitmq-server" ] || "$root/scripts/install-test-tools.sh"
  # A port found free can still be taken before the node binds it (by another program on the machine): a node that
  # stops while booting is started again on other ports.
  local attempt
  for attempt in 1 2 3; do
    launch && return
    echo "RabbitMQ node did not start (attempt $attempt of 3); see $dir/log" >&2
    tail -n 30 "$dir/log/startup.log" >&2 || true
    [ "$attempt" -lt 3 ] && stop
  done
  [ -n "${RABBITMQ_KEEP_FAILED:-}" ] || stop
  exit 1
}

# Writes the node's folder with fresh ports, starts the node and waits until it accepts AMQP; 1 when it did not.
launch() {
  rm -rf "$dir"
  mkdir -p "$dir/mnesia" "$dir/log"
  # Four distinct ports, and the CLI's eleven (ctl_min..ctl_min+10) holding none of the other three.
  local port dist epmd ctl_min ctl_range
  ctl_min=$(free_port_block 11)
  ctl_range=$(seq -s ' ' "$ctl_min" $((ctl_min + 10)))
  # shellcheck disable=SC2086 # the range is a list of ports
  port=$(free_port $ctl_range); dist=$(free_port $ctl_range "$port"); epmd=$(free_port $ctl_range "$port" "$dist")
  cat >"$dir/rabbitmq.conf" <<EOF
listeners.tcp.1 = 127.0.0.1:$port
loopback_users.guest = true
disk_free_limit.absolute = 50MB
log.console = false
log.file.level = warning
EOF
  echo "[]." >"$dir/enabled_plugins"
  : >"$dir/rabbitmq-env.conf"
  cat >"$dir/server.env" <<EOF
HOME=$dir
RABBITMQ_NODENAME=matching-$port@localhost
RABBITMQ_USE_LONGNAME=false
RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
RABBITMQ_NODE_PORT=$port
RABBITMQ_DIST_PORT=$dist
RABBITMQ_CTL_DIST_PORT_MIN=$ctl_min
RABBITMQ_CTL_DIST_PORT_MAX=$((ctl_min + 10))
ERL_EPMD_ADDRESS=127.0.0.1
ERL_EPMD_PORT=$epmd
RABBITMQ_CONF_ENV_FILE=$dir/rabbitmq-env.conf
RABBITMQ_CONFIG_FILE=$dir/rabbitmq.conf
RABBITMQ_ADVANCED_CONFIG_FILE=$dir/advanced.config
RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins
RABBITMQ_MNESIA_BASE=$dir/mnesia
RABBITMQ_LOG_BASE=$dir/log
ERL_CRASH_DUMP=$dir/log/erl_crash.dump
RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
EOF
  cat >"$dir/node.env" <<EOF
export RABBITMQ_NODE_DIR=$dir
export RABBITMQ_HOST=127.0.0.1
export RABBITMQ_PORT=$port
export RABBITMQ_USER=guest
export RABBITMQ_PASSWORD=guest
EOF
  load
  # The cookie lives in $HOME (the node's folder), so this node shares nothing with another one.
  head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$dir/.erlang.cookie"
  chmod 400 "$dir/.erlang.cookie"
  (
    cd "$dir"
    # Close every inherited descriptor: a caller reading our output to its end must not wait for the node.
    for fd in $(ls "/proc/$BASHPID/fd"); do [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null; done
    exec setsid "$bin/rabbitmq-server" >"$dir/log/startup.log" 2>&1 </dev/null
  ) &
  local pid=$!
  echo "$pid" >"$dir/server.pid"
  # await_startup fails at once while the node has not yet registered with epmd: retry until it waits, unless the
  # node has stopped already (a port taken, say).
  local started=""
  for _ in $(seq 1 60); do
    if "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" await_startup --timeout 90 >/dev/null 2>&1; then started=1; break; fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.5
  done
  [ -n "$started" ] || return 1
  for _ in $(seq 1 100); do
    accepts_amqp "$port" && { echo "RabbitMQ node $RABBITMQ_NODENAME on 127.0.0.1:$port (folder $dir)"; return 0; }
    sleep 0.1
  done
  echo "RabbitMQ node runs but 127.0.0.1:$port does not accept connections" >&2
  return 1
}

stop() {
  [ -f "$dir/server.env" ] || return 0
  load
  local pid
  pid=$(cat "$dir/server.pid" 2>/dev/null || true)
  timeout 60 "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" stop >/dev/null 2>&1 || true
  if [ -n "$pid" ]; then
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    # Still there: end the node's process group (setsid made the server its leader), nothing else.
    kill -0 "$pid" 2>/dev/null && { kill -9 -- "-$pid" 2>/dev/null || true; }
  fi
  # The private epmd refuses to stop while the node is still registered: give it a moment.
  for _ in $(seq 1 20); do epmd -kill >/dev/null 2>&1 && break; sleep 0.25; done
  rm -rf "$dir"
  echo "RabbitMQ node $RABBITMQ_NODENAME stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) [ -f "$dir/node.env" ] && cat "$dir/node.env" || { echo "No RabbitMQ node in $dir" >&2; exit 1; } ;;
  ctl) shift; ctl "$@" ;;
  *) echo "usage: $0 start|stop|env|ctl ARGS..." >&2; exit 2 ;;
esac
