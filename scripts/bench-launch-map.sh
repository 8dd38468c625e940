#!/usr/bin/env bash
# Launch maps and verified advice under load (docs/benchmarks.md, "Launch maps and advice"): starts the three
# packaged services on free ports with databases of their own (so it never meets a stack of scripts/run.sh or another
# run), then, closed model with BENCH_CONCURRENCY callers (default 4), each run after a warm-up:
#   1. POST /api/v1/launch-maps, the whole world (load-tests/profiles/world-launch-map.json), with advice and with
#      advice=false;
#   2. POST /api/v1/assessments, 10 targets (load-tests/profiles/ten-targets.json), with advice and advice=false:
#      the difference of their p50 is what advice adds;
#   3. GET /q/health/live of the same gateway, the reference of the same run;
#   4. the answer sizes, and the size of the rules-service's internal answer for the world map.
# Settings (environment): BENCH_CONCURRENCY, BENCH_WARMUP / BENCH_DURATION (seconds, default 20 / 30),
# BENCH_SIZES_ONLY (non-empty: only the answer sizes; the world answers are kept in .run/bench/<run>/).
# Needs the packaged apps (./mvnw -B -q package -DskipTests -pl registry-service,rules-service,gateway -am).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench-common.sh
source scripts/bench-common.sh

CONCURRENCY=${BENCH_CONCURRENCY:-4}
WARMUP=${BENCH_WARMUP:-20}
DURATION=${BENCH_DURATION:-30}
RUN=lm_$(date +%s)_$$
DIR=.run/bench/$RUN
mkdir -p "$DIR"
OUT=.run/bench/launch-map-$(date -u +%Y%m%dT%H%M%SZ).md
DB_USER=${LAUNCHCHECK_DB_USER:-launchcheck}
export PGPASSWORD=${LAUNCHCHECK_DB_PASSWORD:-launchcheck}   # development password, not a secret

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
REGISTRY_PORT=$(free_port) RULES_PORT=$(free_port) GATEWAY_PORT=$(free_port)
psql -q -h 127.0.0.1 -U "$DB_USER" -d postgres -c "CREATE DATABASE ${RUN}_registry" -c "CREATE DATABASE ${RUN}_gateway"
pids=()
cleanup() {
  for pid in "${pids[@]+"${pids[@]}"}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]+"${pids[@]}"}"; do wait "$pid" 2>/dev/null || true; done
  psql -q -h 127.0.0.1 -U "$DB_USER" -d postgres -c "DROP DATABASE IF EXISTS ${RUN}_registry WITH (FORCE)" \
    -c "DROP DATABASE IF EXISTS ${RUN}_gateway WITH (FORCE)" || true
}
trap cleanup EXIT

KEY=$PWD/config/dev-keys
# a loaded machine logs in to PostgreSQL slowly: more patience at start-up than the services' defaults
SLOW_DB=(QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=15S)
start() {
  local svc=$1
  shift
  env "$@" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$KEY/publicKey.pem" SMALLRYE_JWT_SIGN_KEY_LOCATION="$KEY/privateKey.pem" \
    java ${LAUNCHCHECK_JAVA_OPTS:-} -jar "$svc/target/quarkus-app/quarkus-run.jar" >"$DIR/$svc.log" 2>&1 </dev/null &
  pids+=($!)
}
await() {
  local deadline=$((SECONDS + 180))
  until curl -fs -o /dev/null "http://localhost:$1/q/health/ready"; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "port $1 not ready; logs in $DIR" >&2; exit 1; }
    sleep 0.5
  done
}
start registry-service "${SLOW_DB[@]}" QUARKUS_HTTP_PORT="$REGISTRY_PORT" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/${RUN}_registry"
await "$REGISTRY_PORT"
start rules-service QUARKUS_HTTP_PORT="$RULES_PORT" QUARKUS_REST_CLIENT_REGISTRY_URL="http://localhost:$REGISTRY_PORT"
start gateway "${SLOW_DB[@]}" QUARKUS_HTTP_PORT="$GATEWAY_PORT" QUARKUS_REST_CLIENT_RULES_URL="http://localhost:$RULES_PORT" \
  QUARKUS_REST_CLIENT_REGISTRY_URL="http://localhost:$REGISTRY_PORT" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/${RUN}_gateway"
await "$RULES_PORT"
await "$GATEWAY_PORT"

./mvnw -B -q -ntp -f load-tests/pom.xml package
load() { java -Xms128m -Xmx256m -jar load-tests/target/load-tests.jar "$@"; }
export LAUNCHCHECK_TOKEN
LAUNCHCHECK_TOKEN=$(scripts/token.sh product-team bench-team)
EVALUATOR=$(scripts/token.sh evaluator)
GW=http://localhost:$GATEWAY_PORT
WORLD=load-tests/profiles/world-launch-map.json
TEN=load-tests/profiles/ten-targets.json

size_of() {  # bytes of the answer to a POST (kept in $DIR/answer-<name>.json): url, token, body, name
  curl -fsS -o "$DIR/answer-$4.json" -w '%{size_download}' -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    --data-binary @"$3" "$1"
}
internal_world() {  # the rules-service request the gateway sends for the world map
  python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(json.dumps({"launchMap": m, "advice": sys.argv[2] == "true"}))' \
    "$WORLD" "$1" >"$DIR/internal-$1.json"
  echo "$DIR/internal-$1.json"
}

run() {  # name, load options...
  local name=$1
  shift
  load closed "$@" --concurrency "$CONCURRENCY" --warmup "$WARMUP" --duration "$DURATION" --name "$name" | tail -n 1
}

{
  echo "## Launch maps and advice"
  echo
  machine
  echo "Settings: closed model x$CONCURRENCY, warm-up ${WARMUP}s then ${DURATION}s per run; services on ports" \
    "$REGISTRY_PORT/$RULES_PORT/$GATEWAY_PORT with databases of their own"
  echo
  echo "| answer | bytes |"
  echo "|---|---:|"
  echo "| POST /api/v1/launch-maps (world, advice) | $(size_of "$GW/api/v1/launch-maps" "$LAUNCHCHECK_TOKEN" "$WORLD" world) |"
  echo "| POST /api/v1/launch-maps?advice=false (world) | $(size_of "$GW/api/v1/launch-maps?advice=false" "$LAUNCHCHECK_TOKEN" "$WORLD" world-no-advice) |"
  echo "| rules-service POST /api/v1/launch-map-evaluations (world, advice; internal) | $(size_of "http://localhost:$RULES_PORT/api/v1/launch-map-evaluations" "$EVALUATOR" "$(internal_world true)" world-internal) |"
  echo "| POST /api/v1/assessments (10 targets, advice) | $(size_of "$GW/api/v1/assessments" "$LAUNCHCHECK_TOKEN" "$TEN" ten) |"
  echo "| POST /api/v1/assessments?advice=false (10 targets) | $(size_of "$GW/api/v1/assessments?advice=false" "$LAUNCHCHECK_TOKEN" "$TEN" ten-no-advice) |"
  echo
  if [ -n "${BENCH_SIZES_ONLY:-}" ]; then exit 0; fi
  echo "| endpoint | model | offered | achieved req/s | requests | errors | p50 ms | p99 ms | p99.9 ms | max ms |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  run "GET /q/health/live (reference)" --url "$GW/q/health/live"
  run "POST /api/v1/launch-maps (world, advice)" --url "$GW/api/v1/launch-maps" --body "$WORLD"
  run "POST /api/v1/launch-maps?advice=false (world)" --url "$GW/api/v1/launch-maps?advice=false" --body "$WORLD"
  run "POST /api/v1/assessments?advice=false (10 targets, reference)" --url "$GW/api/v1/assessments?advice=false" --body "$TEN"
  run "POST /api/v1/assessments (10 targets, advice)" --url "$GW/api/v1/assessments" --body "$TEN"
  run "GET /q/health/live (reference, again)" --url "$GW/q/health/live"
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$OUT"
echo "Written to $OUT" >&2
