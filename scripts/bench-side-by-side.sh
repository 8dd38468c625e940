#!/usr/bin/env bash
# Two builds compared on one host whose speed drifts between runs (docs/benchmarks.md, "Eighth round"): both stacks
# up at once, both warmed, then short closed-model runs alternated between them (10-target assessments unless told
# otherwise), each process's CPU per request read from /proc/<pid>/stat (PostgreSQL: all its processes).
#
#   scripts/bench-side-by-side.sh BEFORE_DIR
#
# BEFORE_DIR is a worktree of the other build whose stack runs on port 8180 with its own databases (started there
# with LAUNCHCHECK_PORT_BASE=8180 LAUNCHCHECK_DB_SUFFIX=_before scripts/run.sh); this tree's stack runs on 8080
# (scripts/run.sh). Settings: SIDE_ROUNDS (default 5), SIDE_RUN (seconds per run, default 20), SIDE_WARM (seconds per
# warm-up run, two per stack, default 75), SIDE_PATH (default /api/v1/assessments?advice=false), SIDE_BODY (default
# load-tests/profiles/ten-targets.json), SIDE_CONCURRENCY (default 16); world launch maps, for example:
#   SIDE_PATH='/api/v1/launch-maps?advice=false' SIDE_BODY=load-tests/profiles/world-launch-map.json \
#   SIDE_CONCURRENCY=4 scripts/bench-side-by-side.sh BEFORE_DIR
# Prints a markdown table.
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: scripts/bench-side-by-side.sh BEFORE_DIR" >&2; exit 2; }
ROUNDS=${SIDE_ROUNDS:-5}
RUN=${SIDE_RUN:-20}
WARM=${SIDE_WARM:-75}
ENDPOINT=${SIDE_PATH:-/api/v1/assessments?advice=false}
BODY=${SIDE_BODY:-load-tests/profiles/ten-targets.json}
CONCURRENCY=${SIDE_CONCURRENCY:-16}
declare -A DIR=([before]=$1 [now]=$PWD) PORT=([before]=8180 [now]=8080)
./mvnw -B -q -ntp -f load-tests/pom.xml package
LAUNCHCHECK_TOKEN=$(scripts/token.sh product-team demo-team)
export LAUNCHCHECK_TOKEN

ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
# the requests a closed-model run of $2 seconds against port $1 answered
load() {
  java -Xms256m -Xmx512m -jar load-tests/target/load-tests.jar closed \
    --url "http://localhost:$1$ENDPOINT" --body "$BODY" \
    --concurrency "$CONCURRENCY" --warmup 0 --duration "$2" 2>/dev/null | awk -F'|' '/POST/ {gsub(/ /, "", $6); print $6}'
}
hz=$(getconf CLK_TCK)

for _ in 1 2; do for s in before now; do load "${PORT[$s]}" "$WARM" >/dev/null; done; done
echo "| round | build | requests/s | gateway ms | rules-service ms | PostgreSQL ms |"
echo "|---:|---|---:|---:|---:|---:|"
for r in $(seq "$ROUNDS"); do
  for s in before now; do
    gw=$(cat "${DIR[$s]}/.run/gateway.pid"); rs=$(cat "${DIR[$s]}/.run/rules-service.pid")
    g0=$(ticks "$gw"); r0=$(ticks "$rs"); p0=$(ticks $(pgrep -x postgres))
    n=$(load "${PORT[$s]}" "$RUN")
    g1=$(ticks "$gw"); r1=$(ticks "$rs"); p1=$(ticks $(pgrep -x postgres))
    awk -v r="$r" -v s="$s" -v n="$n" -v d="$RUN" -v hz="$hz" -v g=$((g1 - g0)) -v q=$((r1 - r0)) -v p=$((p1 - p0)) \
      'BEGIN { ms = 1000 / hz; printf "| %d | %s | %.1f | %.2f | %.2f | %.2f |\n", r, s, n / d, g * ms / n, q * ms / n, p * ms / n }'
  done
done
