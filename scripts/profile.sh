#!/usr/bin/env bash
# CPU profile of running services with async-profiler (docs/benchmarks.md, "Eighth round"): attached to each
# service started by scripts/run.sh, sampling every thread's CPU time (ctimer, a timer per thread: works without perf
# events; itimer, one per process, gave 17 samples in 30 s on a machine where ctimer gave 4,308) for the given
# seconds, while something else puts the load on. A flight recording started on a loaded JVM cut throughput
# 4x here (the compiler fell 2,000 methods behind); under this profiler the gateway kept 276 assessments/s.
#
#   scripts/profile.sh SECONDS SERVICE...      e.g. scripts/profile.sh 30 gateway rules-service
#
# Writes .run/profiles/<service>-<time>.html (a flame graph) and .collapsed (one line per stack and its samples),
# and prints the 40 frames with the largest inclusive share of each service's samples. The profiler comes from Maven
# Central (tools.profiler:async-profiler, whose jar carries the native library); PROFILE_INTERVAL (default 2ms),
# PROFILE_EVENT (default ctimer).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench-common.sh
source scripts/bench-common.sh

[ $# -ge 2 ] || { echo "usage: scripts/profile.sh SECONDS SERVICE..." >&2; exit 2; }
SECONDS_=$1
shift
VERSION=4.2
INTERVAL=${PROFILE_INTERVAL:-2ms}
LIB=.run/async-profiler/$VERSION/linux-x64/libasyncProfiler.so
if [ ! -f "$LIB" ]; then
  [ "$(uname -m)" = x86_64 ] || { echo "this script unpacks the x86_64 library only" >&2; exit 1; }
  ./mvnw -B -q -ntp dependency:copy -Dartifact=tools.profiler:async-profiler:$VERSION \
    -DoutputDirectory=.run/async-profiler
  (cd ".run/async-profiler" && mkdir -p $VERSION && cd $VERSION && unzip -q -o "../async-profiler-$VERSION.jar" 'linux-x64/*')
fi
LIB=$PWD/$LIB

# jcmd reads name=value pairs itself: the profiler's options are passed quoted, as one argument
profiler() { jcmd "$1" JVMTI.agent_load "$LIB" "\"$2\"" >/dev/null; }

mkdir -p .run/profiles
stamp=$(date -u +%Y%m%dT%H%M%SZ)
for service in "$@"; do
  pid=$(pid_of "$service")
  [ -n "$pid" ] || { echo "$service is not running (no .run/$service.pid)" >&2; exit 1; }
  profiler "$pid" "start,event=${PROFILE_EVENT:-ctimer},interval=$INTERVAL"
done
sleep "$SECONDS_"
for service in "$@"; do
  pid=$(pid_of "$service")
  out=$PWD/.run/profiles/$service-$stamp
  profiler "$pid" "dump,file=$out.collapsed,collapsed"
  profiler "$pid" "stop,file=$out.html,flamegraph"
  echo "## $service: inclusive share of samples ($out.html)"
  awk '{ n = $NF; $NF = ""; sub(/ $/, ""); split($0, frame, ";"); delete seen
         for (i in frame) if (!(frame[i] in seen)) { seen[frame[i]] = 1; share[frame[i]] += n }
         total += n }
       END { for (f in share) printf "%5.1f%% %s\n", 100 * share[f] / total, f; printf "%5.1f%% (%d samples)\n", 100, total }' \
    "$out.collapsed" | sort -rn | head -n 41 || true  # head closes the pipe early
done
