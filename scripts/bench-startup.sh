#!/usr/bin/env bash
# Start-up time to ready and idle resident memory of each service (docs/benchmarks.md).
# Stops the stack (scripts/stop.sh), starts it with scripts/run.sh and measures, per service, the time from
# its process start (the kernel's start time of the java process) to the first 200 of /q/health/ready,
# polled every 20 ms, beside what Quarkus logs ("started in"). Repeated BENCH_STARTS times (default 3);
# the stack is stopped at the end. The services must be built already (run scripts/run.sh once), so that
# no build falls inside a measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench-common.sh
source scripts/bench-common.sh

STARTS=${BENCH_STARTS:-3}
SERVICES=(registry-service rules-service gateway)
CLK_TCK=$(getconf CLK_TCK)
BOOT=$(awk '/^btime/ {print $2}' /proc/stat)

now_ms() { date +%s%3N; }
# Start time of a process in ms since the epoch (/proc/<pid>/stat field 22, in clock ticks since boot).
started_ms() {
  local ticks
  ticks=$(awk '{print $22}' "/proc/$1/stat")
  echo $(( BOOT * 1000 + ticks * 1000 / CLK_TCK ))
}

machine
echo
echo "| run | service | process start -> ready (ms) | Quarkus \"started in\" | RSS idle |"
echo "|---:|---|---:|---:|---:|"
mkdir -p .run
trap 'scripts/stop.sh >/dev/null 2>&1 || true' EXIT
for run in $(seq 1 "$STARTS"); do
  scripts/stop.sh >/dev/null 2>&1 || true
  sleep 2
  scripts/run.sh >/dev/null 2>.run/bench-startup-run.err &
  runner=$!
  declare -A ready_ms=() start_ms=()
  for svc in "${SERVICES[@]}"; do
    deadline=$(( $(now_ms) + 180000 ))
    until [ -s ".run/$svc.pid" ] && kill -0 "$(pid_of "$svc")" 2>/dev/null; do
      [ "$(now_ms)" -lt "$deadline" ] || { cat .run/bench-startup-run.err >&2; exit 1; }
      sleep 0.01
    done
    start_ms[$svc]=$(started_ms "$(pid_of "$svc")")
    until curl -fs -o /dev/null --max-time 1 "http://localhost:$(port_of "$svc")/q/health/ready"; do
      [ "$(now_ms)" -lt "$deadline" ] || { cat .run/bench-startup-run.err >&2; exit 1; }
      sleep 0.02
    done
    ready_ms[$svc]=$(now_ms)
  done
  wait "$runner" || true   # its sample assessment is not what is measured here
  sleep 10   # settle, then idle memory
  for svc in "${SERVICES[@]}"; do
    quarkus=$(grep -o 'started in [0-9.]*s' ".run/logs/$svc.log" | tail -n 1 | awk '{print $3}')
    echo "| $run | $svc | $(( ready_ms[$svc] - start_ms[$svc] )) | ${quarkus:-?} | $(rss_of "$svc") |"
  done
done
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
