#!/usr/bin/env bash
# Stops the services scripts/run.sh started (by the pids in .run/<service>.pid), gateway first.
# Harmless when nothing runs. PostgreSQL is left running (it is shared with the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_DIR=.run
STOP_TIMEOUT=${LAUNCHCHECK_STOP_TIMEOUT:-90}   # a service writes its start cache as it stops (scripts/run.sh)

stopped=0
for svc in gateway rules-service registry-service; do
  pid_file="$RUN_DIR/$svc.pid"
  [ -f "$pid_file" ] || continue
  pid=$(cat "$pid_file")
  # Only a process that still runs this service's jar is ours to stop (pids get reused).
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
      && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$svc/target/quarkus-app/quarkus-run.jar"; then
    kill -TERM "$pid"
    for _ in $(seq 1 $((STOP_TIMEOUT * 2))); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "$svc (pid $pid) did not stop within ${STOP_TIMEOUT}s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    echo "stopped $svc (pid $pid)" >&2
    stopped=$((stopped + 1))
  fi
  rm -f "$pid_file"
done
[ "$stopped" -gt 0 ] || echo "nothing to stop: no LaunchCheck service started by scripts/run.sh is running" >&2
