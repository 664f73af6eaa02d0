#!/usr/bin/env bash
# `make up`: a private RabbitMQ node and the three services as separate processes, wired through it, on the embedded
# Lucene indexes in one shared folder (data/up). Each index has one writer: the vacancy service writes vacancies,
# the candidate service writes candidates, the matching service reads both. Ctrl-C stops everything.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export RABBITMQ_NODE_DIR="$root/.rabbitmq-node/up"
data="$root/data/up"
mkdir -p "$data"

dotnet build -c Release services/Vacancies.Api services/Candidates.Api services/Matching.Api >/dev/null 2>&1 \
  || for p in Vacancies.Api Candidates.Api Matching.Api; do dotnet build -c Release "services/$p"; done

pids=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  ./scripts/rabbitmq-node.sh stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

./scripts/rabbitmq-node.sh start
eval "$(./scripts/rabbitmq-node.sh env)"
export Messaging__Transport=RabbitMq Messaging__Host="$RABBITMQ_HOST" Messaging__Port="$RABBITMQ_PORT"
export Messaging__Username="$RABBITMQ_USER" Messaging__Password="$RABBITMQ_PASSWORD"
export Search__DataDirectory="$data/index"
# Demo mode: the services accept the published demo keys (make rank, make vacancies); nothing is seeded here.
export Demo__Enabled=true

service() { # name port read-only-indexes [extra VAR=value...]
  local name=$1 port=$2 readonly=$3
  shift 3
  env Search__ReadOnlyIndexes="$readonly" Outbox__Path="$data/$name-outbox.db" "$@" \
    dotnet "services/$name/bin/Release/net10.0/$name.dll" --urls "http://127.0.0.1:$port" &
  pids+=($!)
}
service Vacancies.Api 5101 candidates
service Candidates.Api 5102 vacancies
# gRPC needs HTTP/2 on the endpoint; without TLS, Kestrel then speaks h2c only.
service Matching.Api 5103 candidates,vacancies Kestrel__EndpointDefaults__Protocols=Http2 Ledger__Path="$data/matching/ledger.db"

cat <<INFO

Running (Ctrl-C stops all of them and the RabbitMQ node):
  vacancies   http://127.0.0.1:5101/api/vacancies
  candidates  http://127.0.0.1:5102/api/candidates
  matching    http://127.0.0.1:5103 (gRPC, h2c)   e.g. make rank GRPC=http://127.0.0.1:5103
  RabbitMQ    amqp://guest:guest@127.0.0.1:$RABBITMQ_PORT/   data in $data
INFO
wait -n "${pids[@]}"
echo "A service stopped; stopping the others." >&2
