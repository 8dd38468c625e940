#!/usr/bin/env bash
# Brings the whole LaunchCheck system up on this machine and shows one real assessment:
#   1. PostgreSQL (installed and started if missing, role and databases created: scripts/ensure-postgres.sh);
#   2. builds the three services when their packaged apps are missing or older than the sources;
#   3. starts registry-service (8081), rules-service (8082) and gateway (8080) as background processes,
#      in that order, each waited for on /q/health/ready; the registry loads the bundled rule pack into
#      an empty database on its first start;
#   4. prints the URLs and submits examples/deepseek-italy-texas-korea.json (or the profile given as
#      the first argument) to the gateway as the product team "demo-team", with a development token from
#      scripts/token.sh, and prints the assessment.
# Keys: the services verify tokens with, and sign their own with, the DEVELOPMENT key pair in config/dev-keys
# (never use it in production; see docs/security.md).
# Logs: .run/logs/<service>.log, appended to on every start; pids: .run/<service>.pid. Stop everything with scripts/stop.sh.
# Re-running it while the stack is up is harmless: healthy services are kept as they are.
#
# Settings (environment): LAUNCHCHECK_START_TIMEOUT (seconds per service, default 180),
# LAUNCHCHECK_DEMO_RETRY_SECONDS (how long the demo assessment is asked again while the gateway answers 503,
# default 20),
# LAUNCHCHECK_JAVA_OPTS (extra JVM options, e.g. -Xmx256m), LAUNCHCHECK_DB_HOST/PORT/USER/PASSWORD
# (default 127.0.0.1, 5432, launchcheck, launchcheck: development values), LAUNCHCHECK_JAVA (the java command,
# default java), LAUNCHCHECK_START_CACHE (default on: each service's first start records a cache of the classes it
# loads, written when scripts/stop.sh stops it, and later starts load it; on Java 25 or later Java's ahead-of-time
# cache (classes loaded and linked, method profiles), on Java 17-24 a dynamic class-data-sharing archive; a cache
# older than its service's jar is dropped and recorded again; off: no cache. docs/benchmarks.md has the figures),
# LAUNCHCHECK_CACHE_DIR (where the caches are kept, default .run/cache; LAUNCHCHECK_AOT_CACHE_DIR is read as the
# same setting),
# LAUNCHCHECK_HEAP (default on: each service's heap is capped as its Kubernetes Deployment caps it, half the
# container's memory limit in k8s/base: gateway and registry -Xmx256m, rules-service -Xmx384m, G1; off: the JVM's
# defaults, a quarter of the machine's memory each; an -Xmx in LAUNCHCHECK_JAVA_OPTS wins either way),
# LAUNCHCHECK_PORT_BASE (gateway on this port, registry on +1, rules-service on +2; default 8080) and
# LAUNCHCHECK_DB_SUFFIX (databases registry<suffix> and gateway<suffix>, default none), to run a second stack
# beside another one on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PROFILE=${1:-examples/deepseek-italy-texas-korea.json}
RUN_DIR="$ROOT/.run"
LOG_DIR="$RUN_DIR/logs"
START_TIMEOUT=${LAUNCHCHECK_START_TIMEOUT:-180}
DB_HOST=${LAUNCHCHECK_DB_HOST:-127.0.0.1}
DB_PORT=${LAUNCHCHECK_DB_PORT:-5432}
DB_USER=${LAUNCHCHECK_DB_USER:-launchcheck}
DB_PASSWORD=${LAUNCHCHECK_DB_PASSWORD:-launchcheck}   # development password, not a secret
SERVICES=(registry-service rules-service gateway)
JAVA=${LAUNCHCHECK_JAVA:-java}
START_CACHE=${LAUNCHCHECK_START_CACHE:-on}
CACHE_DIR=${LAUNCHCHECK_CACHE_DIR:-${LAUNCHCHECK_AOT_CACHE_DIR:-$RUN_DIR/cache}}
PORT_BASE=${LAUNCHCHECK_PORT_BASE:-8080}
DB_SUFFIX=${LAUNCHCHECK_DB_SUFFIX:-}
GATEWAY_URL=http://localhost:$PORT_BASE
REGISTRY_URL=http://localhost:$((PORT_BASE + 1))
RULES_URL=http://localhost:$((PORT_BASE + 2))

port_of() {
  case "$1" in
    gateway) echo "$PORT_BASE" ;;
    registry-service) echo $((PORT_BASE + 1)) ;;
    rules-service) echo $((PORT_BASE + 2)) ;;
  esac
}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf '\033[31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

for tool in java curl; do
  command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is needed but not installed"
done
[ -f "$PROFILE" ] || fail "profile $PROFILE does not exist"

ready() { curl -fs -o /dev/null --max-time 3 "http://localhost:$(port_of "$1")/q/health/ready"; }
# The pid recorded for a service, if that process still runs our jar.
running_pid() {
  local pid_file="$RUN_DIR/$1.pid" pid
  [ -f "$pid_file" ] || return 1
  pid=$(cat "$pid_file")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$1/target/quarkus-app/quarkus-run.jar" \
    && echo "$pid"
}
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

mkdir -p "$LOG_DIR"

# --- 1. PostgreSQL -------------------------------------------------------------------------------
say "PostgreSQL"
LAUNCHCHECK_DB_HOST=$DB_HOST LAUNCHCHECK_DB_PORT=$DB_PORT LAUNCHCHECK_DB_USER=$DB_USER \
  LAUNCHCHECK_DB_PASSWORD=$DB_PASSWORD \
  LAUNCHCHECK_EXTRA_DATABASES="${DB_SUFFIX:+registry$DB_SUFFIX gateway$DB_SUFFIX} ${LAUNCHCHECK_EXTRA_DATABASES:-}" \
  scripts/ensure-postgres.sh

# --- 2. Build what needs building -----------------------------------------------------------------
to_start=()
for svc in "${SERVICES[@]}"; do
  if ready "$svc"; then
    echo "$svc is already up and ready on port $(port_of "$svc"): keeping it" >&2
  elif pid=$(running_pid "$svc"); then
    echo "$svc is running (pid $pid) but not ready yet: waiting for it" >&2
  else
    to_start+=("$svc")
  fi
done

stale() {
  local jar="$1/target/quarkus-app/quarkus-run.jar"
  [ -f "$jar" ] || return 0
  [ -n "$(find "$1/src/main" "$1/pom.xml" api/src/main api/pom.xml pom.xml -newer "$jar" -print -quit 2>/dev/null)" ]
}
to_build=()
for svc in "${to_start[@]+"${to_start[@]}"}"; do
  if stale "$svc"; then to_build+=("$svc"); fi
done
if [ ${#to_build[@]} -gt 0 ]; then
  modules=$(IFS=,; echo "${to_build[*]}")
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    # the gateway's build draws the report page's world map with Node.js (gateway/map)
    say "Installing Node.js and npm from Debian's packages (the gateway's build needs them)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null \
      || fail "Node.js and npm are needed to build the gateway; install them (apt-get install nodejs npm)"
  fi
  say "Building $modules (first build downloads dependencies: a few minutes)"
  ./mvnw -B -q -ntp package -DskipTests -pl "$modules" -am \
    || fail "the build failed; run './mvnw -B package -DskipTests -pl $modules -am' to see why"
fi

# --- 3. Start the services in order, each waited for ------------------------------------------
# The start cache: Java's ahead-of-time cache from Java 25 on, a dynamic class-data-sharing archive before.
CACHE_KIND=none
if [ "$START_CACHE" = on ]; then
  java_version=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
  if [ "${java_version%%.*}" -ge 25 ] 2>/dev/null; then CACHE_KIND=aot; else CACHE_KIND=cds; fi
  mkdir -p "$CACHE_DIR"
fi
DEV_PUBLIC_KEY="$ROOT/config/dev-keys/publicKey.pem"    # development only
DEV_SIGNING_KEY="$ROOT/config/dev-keys/privateKey.pem"  # development only
env_of() {
  echo "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$DEV_PUBLIC_KEY"
  echo "QUARKUS_HTTP_PORT=$(port_of "$1")"
  case "$1" in
    registry-service) printf '%s\n' \
      "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$DB_HOST:$DB_PORT/registry$DB_SUFFIX" \
      "QUARKUS_DATASOURCE_USERNAME=$DB_USER" "QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD" ;;
    rules-service) printf '%s\n' "QUARKUS_REST_CLIENT_REGISTRY_URL=$REGISTRY_URL" \
      "SMALLRYE_JWT_SIGN_KEY_LOCATION=$DEV_SIGNING_KEY" ;;
    gateway) printf '%s\n' \
      "SMALLRYE_JWT_SIGN_KEY_LOCATION=$DEV_SIGNING_KEY" \
      "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$DB_HOST:$DB_PORT/gateway$DB_SUFFIX" \
      "QUARKUS_DATASOURCE_USERNAME=$DB_USER" "QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD" \
      "QUARKUS_REST_CLIENT_RULES_URL=$RULES_URL" \
      "QUARKUS_REST_CLIENT_REGISTRY_URL=$REGISTRY_URL" ;;
  esac
}

# The heap as the Deployment sizes it: JAVA_MAX_MEM_RATIO=50 of the memory limit (k8s/base/<service>.yaml), G1.
heap_options() {
  [ "${LAUNCHCHECK_HEAP:-on}" = on ] || return 0
  case "$1" in
    gateway) echo "-Xmx256m" ;;        # limit 512Mi
    registry-service) echo "-Xmx256m" ;;  # limit 512Mi
    rules-service) echo "-Xmx384m" ;;  # limit 768Mi
  esac
  echo "-XX:+UseG1GC"
}

# With the start cache on: load the service's cache, or record one during this run (written when it stops).
cache_options() {
  local cache
  case "$CACHE_KIND" in
    aot) cache="$CACHE_DIR/$1.aot" ;;
    cds) cache="$CACHE_DIR/$1.jsa" ;;
    *) return 0 ;;
  esac
  if [ -f "$cache" ] && [ "$cache" -nt "$2" ]; then
    case "$CACHE_KIND" in
      aot) echo "-XX:AOTCache=$cache" ;;
      cds) echo "-XX:SharedArchiveFile=$cache" ;;
    esac
  else
    rm -f "$cache"
    case "$CACHE_KIND" in
      aot) echo "-XX:AOTCacheOutput=$cache" ;;
      cds) echo "-XX:ArchiveClassesAtExit=$cache"; echo "-Xlog:cds=off"; echo "-Xlog:cds+dynamic=off" ;;
    esac
  fi
}

start() {
  local svc=$1 port log="$LOG_DIR/$1.log" jar="$1/target/quarkus-app/quarkus-run.jar" pid
  port=$(port_of "$svc")
  if port_taken "$port"; then
    fail "port $port is in use by a process that is not a ready $svc (see: ss -ltnp 'sport = :$port')"
  fi
  [ -f "$jar" ] || fail "$jar is missing after the build"
  local -a env_vars cache heap
  mapfile -t env_vars < <(env_of "$svc")
  mapfile -t heap < <(heap_options "$svc")
  mapfile -t cache < <(cache_options "$svc" "$jar")
  # shellcheck disable=SC2086 # LAUNCHCHECK_JAVA_OPTS is a list of options
  # appended, so a restart keeps what the previous run logged (a line marks where each start begins)
  echo "=== $(date -u +%Y-%m-%dT%H:%M:%SZ) scripts/run.sh starts $svc" >>"$log"
  nohup env "${env_vars[@]}" "$JAVA" "${heap[@]+"${heap[@]}"}" "${cache[@]+"${cache[@]}"}" ${LAUNCHCHECK_JAVA_OPTS:-} -jar "$jar" >>"$log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$RUN_DIR/$svc.pid"
  echo "$svc started (pid $pid, port $port, log $log)" >&2
}

wait_ready() {
  local svc=$1 log="$LOG_DIR/$1.log" deadline=$((SECONDS + START_TIMEOUT)) pid
  until ready "$svc"; do
    if ! pid=$(running_pid "$svc"); then
      tail -n 30 "$log" >&2 2>/dev/null || true
      fail "$svc exited during start-up; its log is $log (last lines above)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 30 "$log" >&2 || true
      fail "$svc (pid $pid) was not ready after ${START_TIMEOUT}s; its log is $log." \
        "It keeps running: check curl localhost:$(port_of "$svc")/q/health/ready, re-run scripts/run.sh" \
        "to wait again (LAUNCHCHECK_START_TIMEOUT=<seconds>) or stop it with scripts/stop.sh"
    fi
    sleep 0.5
  done
  echo "$svc is ready on http://localhost:$(port_of "$svc")" >&2
}

for svc in "${SERVICES[@]}"; do
  if ready "$svc"; then continue; fi
  if running_pid "$svc" >/dev/null; then
    say "Waiting for $svc"
  else
    say "Starting $svc"
    start "$svc"
  fi
  wait_ready "$svc"
done

# --- 4. URLs and one real assessment -----------------------------------------------------------
pretty() {
  if command -v jq >/dev/null 2>&1; then jq .; else python3 -m json.tool; fi
}

say "LaunchCheck is up"
cat >&2 <<EOF
  Gateway API (public)   $GATEWAY_URL/api/v1/assessments
  Swagger UI  gateway    $GATEWAY_URL/q/swagger-ui
              registry   $REGISTRY_URL/q/swagger-ui
              rules      $RULES_URL/q/swagger-ui
  OpenAPI     gateway    $GATEWAY_URL/q/openapi   (also on the registry and the rules-service)
  Rule registry          $REGISTRY_URL/api/v1/rules   $REGISTRY_URL/api/v1/ruleset/version
  Every /api call needs a bearer token; a development one for a role:
                         scripts/token.sh product-team|compliance-officer|auditor [team] [subject]
  Logs                   $LOG_DIR/{registry-service,rules-service,gateway}.log
  Stop                   scripts/stop.sh
EOF

say "Assessing $PROFILE as product team demo-team"
echo "curl -X POST $GATEWAY_URL/api/v1/assessments -H \"Authorization: Bearer \$(scripts/token.sh product-team demo-team)\" -H 'Content-Type: application/json' -d @$PROFILE" >&2
command -v openssl >/dev/null 2>&1 || fail "'openssl' is needed by scripts/token.sh but not installed"
token=$(scripts/token.sh product-team demo-team) || fail "scripts/token.sh could not mint a development token"
response=$(mktemp)
trap 'rm -f "$response"' EXIT
assess() {
  curl -sS -o "$response" -w '%{http_code}' --max-time 30 -X POST \
    -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -H 'Accept: application/json' \
    --data-binary @"$PROFILE" $GATEWAY_URL/api/v1/assessments
}
# Just after a service (re)started, the gateway's circuit breaker towards the rules-service may still be open
# and answer 503 (with Retry-After) for a few seconds although everything is up: ask again for up to
# LAUNCHCHECK_DEMO_RETRY_SECONDS (default 20) while it answers 503.
demo_deadline=$((SECONDS + ${LAUNCHCHECK_DEMO_RETRY_SECONDS:-20}))
while :; do
  status=$(assess) || fail "the gateway did not answer; see $LOG_DIR/gateway.log"
  [ "$status" = 503 ] && [ "$SECONDS" -lt "$demo_deadline" ] || break
  echo "the gateway answered 503 (a circuit breaker still open after a restart?); asking again in 1 s" >&2
  sleep 1
done
pretty <"$response" || cat "$response"
[ "$status" = 201 ] || fail "the gateway answered $status instead of 201; see $LOG_DIR/gateway.log"

summary_py='
import json, sys
a = json.load(sys.stdin)
print("Assessment %s: overall %s (ruleset version %s, as of %s)" % (a["id"], a["overall"], a["rulesetVersion"], a["asOf"]))
for r in a["results"]:
    findings = r.get("findings") or []
    blocking = [f["ruleId"] for f in findings if f.get("severity") == "BLOCKING"]
    warnings = [f["ruleId"] for f in findings if f.get("severity") != "BLOCKING"]
    parts = []
    if blocking: parts.append("blocking: " + ", ".join(blocking))
    if warnings: parts.append("warnings: " + ", ".join(warnings))
    upcoming = r.get("upcoming") or []
    if upcoming: parts.append("upcoming: " + ", ".join("%s on %s" % (u.get("ruleId"), u.get("effectiveFrom")) for u in upcoming))
    print("  %-8s %-14s %s" % (r["jurisdiction"], r["verdict"], "; ".join(parts) or "no findings"))
print("Stored at: GET %s/api/v1/assessments/%s" % (sys.argv[1], a["id"]))
'
echo
python3 -c "$summary_py" "$GATEWAY_URL" <"$response"
