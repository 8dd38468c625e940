#!/usr/bin/env bash
# Start-up to ready of each service alone, several builds alternated (docs/benchmarks.md, "Start-up, each service
# alone, four builds alternated"). Each variant is NAME:ROOT:DBSUFFIX:JAVA:CACHE, where ROOT is a checkout whose
# services are packaged, DBSUFFIX names its databases (registry<suffix>, gateway<suffix>; create them with
# LAUNCHCHECK_EXTRA_DATABASES=... scripts/ensure-postgres.sh), JAVA is 17 (java) or 25 (BENCH_JAVA25) and CACHE is
# none, cds (class-data-sharing archive) or aot (Java 25's ahead-of-time cache). Per round and variant, the registry,
# the rules-service and the gateway are started one after the other, each measured from launch to the first 200 of
# /q/health/ready and left up for the next; then all are stopped. One unmeasured round per variant comes first (it
# migrates the databases and records the caches). Ports 8080-8082 must be free. Rows go to BENCH_OUT (default
# .run/bench-start-ab.tsv): variant, service, ms to ready, Quarkus "started in", load average.
#   VARIANTS="old:/work/wt/ref:_ref:17:none new:.:_ab:17:cds" ROUNDS=2 scripts/bench-start-ab.sh
set -uo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
J25=${BENCH_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
KEYS=$(pwd)/config/dev-keys   # development keys only
WORK=$(pwd)/.run/bench-start-ab
mkdir -p "$WORK"
OUT=${BENCH_OUT:-$(pwd)/.run/bench-start-ab.tsv}
declare -A PORT=([registry-service]=8081 [rules-service]=8082 [gateway]=8080)
declare -A HEAP=([registry-service]=-Xmx256m [rules-service]=-Xmx384m [gateway]=-Xmx256m)
now_ms() { date +%s%3N; }
svc_env() { # variant service
  local suffix=$2
  echo "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$KEYS/publicKey.pem"
  echo "SMALLRYE_JWT_SIGN_KEY_LOCATION=$KEYS/privateKey.pem"
  echo "QUARKUS_HTTP_PORT=${PORT[$1]}"
  echo "QUARKUS_REST_CLIENT_REGISTRY_URL=http://localhost:8081"
  echo "QUARKUS_REST_CLIENT_RULES_URL=http://localhost:8082"
  case $1 in
    registry-service) echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/registry$suffix" ;;
    gateway) echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/gateway$suffix" ;;
  esac
  echo "QUARKUS_DATASOURCE_USERNAME=launchcheck"; echo "QUARKUS_DATASOURCE_PASSWORD=launchcheck"
}
# launch ROOT SUFFIX JAVA CACHE MODE(record|use) SERVICE: starts it in the background, its pid in $WORK/SERVICE.pid
launch() {
  local root suffix=$2 java=$3 cache=$4 mode=$5 svc=$6 opts=()
  root=$(cd "$1" && pwd)
  local dir=$root/$svc/target/quarkus-app cf=$WORK/cache/$(basename $root)-$svc.$cache
  mkdir -p $WORK/cache
  [ "$java" = 25 ] && java=$J25 || java=java
  if [ "$cache" = cds ]; then [ "$mode" = record ] && opts=(-XX:ArchiveClassesAtExit=$cf -Xlog:cds=off) || opts=(-XX:SharedArchiveFile=$cf); fi
  if [ "$cache" = aot ]; then [ "$mode" = record ] && opts=(-XX:AOTCacheOutput=$cf) || opts=(-XX:AOTCache=$cf); fi
  mapfile -t envs < <(svc_env $svc "$suffix")
  (cd $dir && exec env "${envs[@]}" $java ${HEAP[$svc]} -XX:+UseG1GC "${opts[@]}" -jar quarkus-run.jar) > $WORK/$svc.log 2>&1 &
  echo $! > $WORK/$svc.pid
}
wait_ready() { local svc=$1 t0=$2; until curl -fs -o /dev/null --max-time 1 http://localhost:${PORT[$svc]}/q/health/ready; do
  kill -0 $(cat $WORK/$svc.pid) 2>/dev/null || { echo FAILED; return 1; }
  [ $(( $(now_ms) - t0 )) -lt 120000 ] || { echo TIMEOUT; return 1; }; sleep 0.02; done; echo $(( $(now_ms) - t0 )); }
stop() { local p; p=$(cat $WORK/$1.pid 2>/dev/null) || return 0; kill -TERM $p 2>/dev/null; for i in $(seq 1 240); do kill -0 $p 2>/dev/null || break; sleep 0.5; done; kill -9 $p 2>/dev/null; rm -f $WORK/$1.pid; }
stop_all() { for s in gateway rules-service registry-service; do stop $s; done; }
# one round of a variant: each service measured alone, with the variant's own dependencies up
round() { # name root suffix java cache mode
  local name=$1; shift
  for svc in registry-service rules-service gateway; do
    local t0; t0=$(now_ms); launch "$@" $svc; local r; r=$(wait_ready $svc $t0)
    echo -e "$name\t$svc\t$r\t$(grep -ao 'started in [0-9.]*s' $WORK/$svc.log | awk '{print $3}')\t$(cut -d' ' -f1 /proc/loadavg)" | tee -a $OUT
  done
  stop_all
}
stop_all
IFS=' ' read -ra VARIANTS <<< "${VARIANTS:?}"
# warm-up/record round per variant
for v in "${VARIANTS[@]}"; do IFS=: read -r name root suffix java cache <<< "$v"; round "warm-$name" "$root" "$suffix" "$java" "$cache" record >/dev/null; done
for r in $(seq 1 $ROUNDS); do
  for v in "${VARIANTS[@]}"; do IFS=: read -r name root suffix java cache <<< "$v"; round "$name" "$root" "$suffix" "$java" "$cache" use; done
done
