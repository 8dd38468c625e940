#!/usr/bin/env bash
# Start-up time of one service on its own (docs/benchmarks.md): starts its packaged app BENCH_STARTS times
# (default 5), each time until the first 200 of /q/health/ready (polled every 20 ms), prints the milliseconds from
# launch beside what Quarkus logs ("started in"), and stops it. The services it calls must be up (the registry needs
# only PostgreSQL). Nothing else of the stack may run on its port.
#   scripts/bench-start-one.sh SERVICE [APP_DIR] [JVM options...]
# APP_DIR (default SERVICE/target/quarkus-app) lets a build of another commit be compared, e.g. from a git worktree.
# LAUNCHCHECK_JAVA chooses the java command (e.g. a Java 25 JDK for -XX:AOTCache=...).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench-common.sh
source scripts/bench-common.sh

SERVICE=${1:?usage: scripts/bench-start-one.sh SERVICE [APP_DIR] [JVM options...]}
APP_DIR=${2:-$SERVICE/target/quarkus-app}
shift $(($# < 2 ? $# : 2))
STARTS=${BENCH_STARTS:-5}
JAVA=${LAUNCHCHECK_JAVA:-java}
PORT=$(port_of "$SERVICE")
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

[ -f "$APP_DIR/quarkus-run.jar" ] || { echo "$APP_DIR/quarkus-run.jar is missing: build it first" >&2; exit 1; }
if curl -fs -o /dev/null "http://localhost:$PORT/q/health/live"; then
  echo "port $PORT is in use: stop the stack first (scripts/stop.sh)" >&2
  exit 1
fi
machine
echo "Service: $SERVICE from $APP_DIR; java: $JAVA; options: ${*:-none}"
echo
echo "| start | launch -> ready (ms) | Quarkus \"started in\" |"
echo "|---:|---:|---:|"
for start in $(seq 1 "$STARTS"); do
  launched=$(date +%s%3N)
  (cd "$APP_DIR" && exec "$JAVA" "$@" -jar quarkus-run.jar) >"$LOG" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null --max-time 1 "http://localhost:$PORT/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 0.02
  done
  ready=$(date +%s%3N)
  echo "| $start | $((ready - launched)) | $(grep -o 'started in [0-9.]*s' "$LOG" | awk '{print $3}') |"
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
done
