#!/usr/bin/env bash
# `make up`: a private RabbitMQ node and the three services as separate processes, wired through it, on the embedded
# Lucene indexes in one shared folder (data/up). Each index has one writer: the vacancy service writes vacancies,
# the candidate service writes candidates, the matching service reads both. Ctrl-C stops everything.
# MATCHING_REPLICAS=2 (make up MATCHING_REPLICAS=2) also starts a private PostgreSQL server, keeps every service's
# state there (a database per service) and runs a second matching replica on gRPC :5105 beside the first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export RABBITMQ_NODE_DIR="$root/.rabbitmq-node/up"
export POSTGRES_NODE_DIR="$root/.postgres-node/up"
replicas=${MATCHING_REPLICAS:-1}
[[ "$replicas" =~ ^[1-9]$ ]] || { echo "MATCHING_REPLICAS must be a number from 1 to 9, not '$replicas'" >&2; exit 2; }
data="$root/data/up"
mkdir -p "$data"

dotnet build -c Release services/Vacancies.Api services/Candidates.Api services/Matching.Api services/Matching.Workbench >/dev/null 2>&1 \
  || for p in Vacancies.Api Candidates.Api Matching.Api Matching.Workbench; do dotnet build -c Release "services/$p"; done

pids=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  ./scripts/rabbitmq-node.sh stop
  [ "$replicas" -gt 1 ] && ./scripts/postgres-node.sh stop
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

./scripts/rabbitmq-node.sh start
eval "$(./scripts/rabbitmq-node.sh env)"
export Messaging__Transport=RabbitMq Messaging__Host="$RABBITMQ_HOST" Messaging__Port="$RABBITMQ_PORT"
export Messaging__Username="$RABBITMQ_USER" Messaging__Password="$RABBITMQ_PASSWORD"
export Search__DataDirectory="$data/index"
if [ "$replicas" -gt 1 ]; then
  ./scripts/postgres-node.sh start
  eval "$(./scripts/postgres-node.sh env)"
  for db in vacancies candidates; do psql -q -c "CREATE DATABASE $db" >/dev/null; done
  export Storage__Provider=PostgreSQL
fi
# The setting naming one service's database (nothing on SQLite); used unquoted, it holds no spaces.
database() {
  if [ "$replicas" -gt 1 ]; then echo "ConnectionStrings__Matching=Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$1"; fi
}

# Demo mode: the services accept the published demo keys (make rank, make vacancies); nothing is seeded here.
export Demo__Enabled=true

service() { # name port read-only-indexes [extra VAR=value...]
  local name=$1 port=$2 readonly=$3
  shift 3
  env Search__ReadOnlyIndexes="$readonly" Outbox__Path="$data/$name-outbox.db" "$@" \
    dotnet "services/$name/bin/Release/net10.0/$name.dll" --urls "http://127.0.0.1:$port" &
  pids+=($!)
}
service Vacancies.Api 5101 candidates $(database vacancies)
service Candidates.Api 5102 vacancies $(database candidates)
# gRPC needs HTTP/2 on the endpoint; without TLS, Kestrel then speaks h2c only.
service Matching.Api 5103 candidates,vacancies Kestrel__EndpointDefaults__Protocols=Http2 Ledger__Path="$data/matching/ledger.db" \
  Learning__DataDirectory="$data/matching/learning" $(database matching)
# More matching replicas share the first one's database (ledger, audit log, outcomes, outbox); each has its own
# folder for what stays a file (its outbox lock, the models it reads).
for i in $(seq 2 "$replicas"); do
  env Search__ReadOnlyIndexes=candidates,vacancies Outbox__Path="$data/matching-$i-outbox.db" Kestrel__EndpointDefaults__Protocols=Http2 \
    Ledger__Path="$data/matching-$i/ledger.db" Learning__DataDirectory="$data/matching-$i/learning" $(database matching) \
    dotnet services/Matching.Api/bin/Release/net10.0/Matching.Api.dll --urls "http://127.0.0.1:$((5103 + 2 * (i - 1)))" &
  pids+=($!)
done
# The workbench shares the matching service's ledger, audit log and outcome store (SQLite files in one folder, or its database).
service Matching.Workbench 5104 candidates,vacancies Ledger__Path="$data/matching/ledger.db" Learning__DataDirectory="$data/matching/learning" \
  $(database matching)

cat <<INFO

Running (Ctrl-C stops all of them and the RabbitMQ node$([ "$replicas" -gt 1 ] && echo " and PostgreSQL")):
  vacancies   http://127.0.0.1:5101/api/vacancies
  candidates  http://127.0.0.1:5102/api/candidates
  matching    http://127.0.0.1:5103 (gRPC, h2c)   e.g. make rank GRPC=http://127.0.0.1:5103$([ "$replicas" -gt 1 ] && echo "
  replicas    $(seq 2 "$replicas" | while read -r i; do printf 'http://127.0.0.1:%s ' $((5103 + 2 * (i - 1))); done)(gRPC, h2c), sharing PostgreSQL on 127.0.0.1:$PGPORT")
  workbench   http://127.0.0.1:5104/  (sign in as a demo user)
  RabbitMQ    amqp://guest:guest@127.0.0.1:$RABBITMQ_PORT/   data in $data
INFO
wait -n "${pids[@]}"
echo "A service stopped; stopping the others." >&2
