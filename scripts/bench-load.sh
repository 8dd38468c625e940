#!/usr/bin/env bash
# End-to-end load on the gateway with the three services and PostgreSQL on this machine (docs/benchmarks.md).
#   1. builds the load generator (load-tests/, not part of the default build) and brings the stack up with
#      scripts/run.sh (kept if it is already up);
#   2. for each rate: a 10-target assessment (POST /api/v1/assessments, load-tests/profiles/ten-targets.json)
#      and a trivial endpoint of the same gateway (GET /q/health/live), open model, warm-up then measurement;
#   3. maximum throughput of both, closed model; an assessment read by id as a second reference;
#   4. resident memory of each service idle and after the load; rule-change propagation (100 changes).
# Prints markdown tables; a copy goes to .run/bench/. Errors (any answer other than 201/200) make it fail.
# Stops the stack at the end when it started it.
#
# Settings (environment): BENCH_ASSESS_QUERY (appended to POST /api/v1/assessments, e.g. '?advice=false': the
# assessments compute verified advice by default), BENCH_RATES (default 50,100,200,400), BENCH_WARMUP / BENCH_DURATION (seconds per
# rate, default 10 / 30), BENCH_WARMUP_MAX / BENCH_JIT_SETTLED (the whole path's warm-up: at most this many seconds,
# until fewer methods than this are JIT-compiled in 15 s; default 300 / 100), BENCH_CONCURRENCY (closed model
# callers, default 16), BENCH_CHANGES (default 100), BENCH_SKIP (any of open,closed,propagation), LAUNCHCHECK_TOKEN
# (else minted with scripts/token.sh if present), LAUNCHCHECK_PORT_BASE / LAUNCHCHECK_DB_SUFFIX (as in scripts/run.sh: a
# stack on other ports and databases), BENCH_GC_LOG (non-empty: the stack is started with -Xlog:gc, after
# LAUNCHCHECK_JAVA_OPTS, and the gateway's and rules-service's collector pauses during the open-model runs are
# reported; the stack must not be up already).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench-common.sh
source scripts/bench-common.sh

RATES=${BENCH_RATES:-50,100,200,400}
ASSESS_QUERY=${BENCH_ASSESS_QUERY:-}
WARMUP=${BENCH_WARMUP:-10}
DURATION=${BENCH_DURATION:-30}
CONCURRENCY=${BENCH_CONCURRENCY:-16}
CHANGES=${BENCH_CHANGES:-100}
WARMUP_MAX=${BENCH_WARMUP_MAX:-300}
JIT_SETTLED=${BENCH_JIT_SETTLED:-100}
SKIP=${BENCH_SKIP:-}
PROFILE=load-tests/profiles/ten-targets.json
GATEWAY=http://localhost:$(port_of gateway)
REGISTRY=http://localhost:$(port_of registry-service)
RULES=http://localhost:$(port_of rules-service)
mkdir -p .run/bench
OUT=.run/bench/load-$(date -u +%Y%m%dT%H%M%SZ).md

./mvnw -B -q -ntp -f load-tests/pom.xml package
# A run with errors is reported and the next run goes on; the script fails at the end (.run/bench/failed).
load() { java -Xms256m -Xmx512m -jar load-tests/target/load-tests.jar "$@" || touch .run/bench/failed; }
rm -f .run/bench/failed

GC_LOG=${BENCH_GC_LOG:-}
if [ -n "$GC_LOG" ]; then
  if curl -fs -o /dev/null "$GATEWAY/q/health/live"; then
    echo "BENCH_GC_LOG needs a stack started by this script: stop it first (scripts/stop.sh)" >&2
    exit 1
  fi
  export LAUNCHCHECK_JAVA_OPTS="${LAUNCHCHECK_JAVA_OPTS:-} -Xlog:gc:file=$PWD/.run/logs/gc-%p.log"
fi

started=no
if ! curl -fs -o /dev/null "$GATEWAY/q/health/ready"; then
  scripts/run.sh >/dev/null || curl -fs -o /dev/null "$GATEWAY/q/health/ready"
  started=yes
fi
stop_if_started() { if [ "$started" = yes ]; then scripts/stop.sh; fi; }
trap stop_if_started EXIT

export LAUNCHCHECK_TOKEN=${LAUNCHCHECK_TOKEN:-$(token_for product-team bench-team)}
REGISTRY_TOKEN=$(token_for compliance-officer)
EVALUATOR_TOKEN=$(token_for evaluator)
auth=()
if [ -n "$LAUNCHCHECK_TOKEN" ]; then auth=(-H "Authorization: Bearer $LAUNCHCHECK_TOKEN"); fi

location=$(curl -fsS -D - -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' \
  --data-binary @"$PROFILE" "$GATEWAY/api/v1/assessments$ASSESS_QUERY" | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
[ -n "$location" ] || { echo "the gateway did not create an assessment" >&2; exit 1; }

# Warm-up of the whole path (connection pools, JIT) before anything is measured, in rounds of 15 s, until the JIT
# compilers of the gateway and the rules-service have settled (fewer than BENCH_JIT_SETTLED new compiled methods each
# in a round) or BENCH_WARMUP_MAX seconds have passed. On two vCPUs a just-started JVM spends minutes compiling the
# hot paths, with its C2 compiler thread taking most of a CPU: figures taken before that measure the JIT.
warm_up() {
  local round=0 elapsed=0 gw_before rs_before gw_after rs_after result
  echo "### Warm-up until the JIT has settled (closed model x4, rounds of 15 s; figures not used elsewhere)"
  echo
  echo "| round | assessments/s | p50 ms | p99 ms | gateway: methods compiled | rules-service: methods compiled |"
  echo "|---:|---:|---:|---:|---:|---:|"
  while [ "$elapsed" -lt "$WARMUP_MAX" ]; do
    round=$((round + 1))
    gw_before=$(jit_compiles gateway) rs_before=$(jit_compiles rules-service)
    result=$(load closed --url "$GATEWAY/api/v1/assessments$ASSESS_QUERY" --body "$PROFILE" --concurrency 4 --warmup 0 \
      --duration 15 | awk -F'|' 'NR == 3 {print $5 "|" $8 "|" $9}')
    gw_after=$(jit_compiles gateway) rs_after=$(jit_compiles rules-service)
    elapsed=$((elapsed + 15))
    echo "| $round |$result| $((gw_after - gw_before)) | $((rs_after - rs_before)) |"
    if [ $((gw_after - gw_before)) -lt "$JIT_SETTLED" ] && [ $((rs_after - rs_before)) -lt "$JIT_SETTLED" ]; then
      break
    fi
  done
  echo
}

# Collector pauses (-Xlog:gc) of the gateway and the rules-service from now on: gc_mark, then gc_table.
gc_log_of() { echo ".run/logs/gc-$(pid_of "$1").log"; }
gc_mark() {
  local svc
  for svc in gateway rules-service; do wc -l <"$(gc_log_of "$svc")" >".run/bench/gc-$svc.mark"; done
}
gc_table() {
  local svc
  echo "| service | collector pauses | paused ms in all | longest ms |"
  echo "|---|---:|---:|---:|"
  for svc in gateway rules-service; do
    tail -n +$(($(cat ".run/bench/gc-$svc.mark") + 1)) "$(gc_log_of "$svc")" \
      | grep -o 'Pause.* [0-9.]*ms$' | awk -v s="$svc" '{ms = $NF; sub("ms", "", ms); n++; t += ms; if (ms > m) m = ms}
        END {printf "| %s | %d | %.0f | %.1f |\n", s, n, t, m}'
  done
  echo
}

# One closed-model run and the CPU each process spent per request during it.
closed() {
  local name=$1 before after result
  shift
  before=$(mktemp) after=$(mktemp) result=$(mktemp)
  load closed "$@" --concurrency "$CONCURRENCY" --warmup 0 --duration "$WARMUP" >/dev/null
  cpu_seconds >"$before"
  load closed "$@" --concurrency "$CONCURRENCY" --warmup 0 --duration "$DURATION" --name "$name" | tee "$result"
  cpu_seconds >"$after"
  echo
  cpu_per_request "$before" "$after" "$(awk -F'|' 'NR == 3 {print $6 + 0}' "$result")"
  echo
  rm -f "$before" "$after" "$result"
}

{
  echo "## Load run"
  echo
  machine
  echo "Settings: rates $RATES req/s, warm-up ${WARMUP}s and ${DURATION}s per rate, closed model x$CONCURRENCY, $CHANGES changes"
  echo
  rss_table "idle, before the load"
  echo
  warm_up
  if [[ $SKIP != *open* ]]; then
    echo "### Open model (constant rate)"
    echo
    if [ -n "$GC_LOG" ]; then gc_mark; fi
    for rate in ${RATES//,/ }; do
      load open --url "$GATEWAY/api/v1/assessments$ASSESS_QUERY" --body "$PROFILE" --rates "$rate" --warmup "$WARMUP" \
        --duration "$DURATION" --name "POST /api/v1/assessments (10 targets)"
      load open --url "$GATEWAY/q/health/live" --rates "$rate" --warmup "$WARMUP" --duration "$DURATION" \
        --name "GET /q/health/live"
      echo "load average after $rate req/s: $(cut -d' ' -f1-3 /proc/loadavg)"
      echo
    done
    if [ -n "$GC_LOG" ]; then
      echo "Collector pauses during the open-model runs (JVM options: $LAUNCHCHECK_JAVA_OPTS):"
      echo
      gc_table
    fi
  fi
  if [[ $SKIP != *closed* ]]; then
    echo "### Closed model (maximum throughput, $CONCURRENCY callers)"
    echo
    echo "Each run with the CPU time each process spent per request (the load generator not counted)."
    echo
    closed "POST /api/v1/assessments (10 targets)" --url "$GATEWAY/api/v1/assessments$ASSESS_QUERY" --body "$PROFILE"
    closed "GET /q/health/live" --url "$GATEWAY/q/health/live"
    closed "GET /api/v1/assessments/{id}" --url "$location"
    closed "rules-service POST /api/v1/evaluations (10 targets, direct)" \
      --url $RULES/api/v1/evaluations --body load-tests/profiles/ten-targets-evaluation.json \
      --expect 200 --token "${EVALUATOR_TOKEN:-none}"
    echo "load average after the closed runs: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
  fi
  rss_table "after the load (peak: highest since start)"
  echo
  if [[ $SKIP != *propagation* ]]; then
    echo "### Rule-change propagation (registry PUT answered -> first rules-service verdict that shows it)"
    echo
    LAUNCHCHECK_REGISTRY_TOKEN=$REGISTRY_TOKEN LAUNCHCHECK_TOKEN=$EVALUATOR_TOKEN \
      load propagation --registry $REGISTRY --evaluate $RULES/api/v1/evaluations \
      --changes "$CHANGES"
    echo
  fi
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$OUT"
echo "Written to $OUT" >&2
if [ -f .run/bench/failed ]; then
  echo "Some runs had errors (see the errors column and the lines starting with 'error:')" >&2
  exit 1
fi
