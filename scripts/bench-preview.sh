#!/usr/bin/env bash
# Impact preview over stored assessments (docs/benchmarks.md): the packaged registry (real rule pack) and gateway on
# free ports, each with a fresh PostgreSQL database; BENCH_ASSESSMENTS (default 10000) assessments of distinct apps
# of 20 teams seeded into the gateway's database, every one targeting an EU member (so a draft on an EU rule reaches
# all of them); then, timed from the officer's side (curl), POST /api/v1/impact-previews:
#   reference: a draft in a jurisdiction no stored profile reaches (reading, sending and answering; nothing judged);
#   measured:  a draft of an EU-wide rule that reaches every stored profile (each judged twice).
# Each is run BENCH_RUNS times (default 5) after one warm-up run of each. Needs the services packaged:
#   ./mvnw -B -ntp package -DskipTests -pl registry-service,gateway -am
# Prints a markdown table; a copy goes to .run/bench/. Stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench-common.sh
source scripts/bench-common.sh

N=${BENCH_ASSESSMENTS:-10000}
RUNS=${BENCH_RUNS:-5}
run_id="bench_preview_$(date +%s)_$$"
REGISTRY_DB="${run_id}_registry"
GATEWAY_DB="${run_id}_gateway"
mkdir -p .run/bench .run/logs
OUT=.run/bench/preview-$(date -u +%Y%m%dT%H%M%SZ).md
PSQL=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U launchcheck)
export PGPASSWORD=launchcheck

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
REGISTRY_PORT=$(free_port)
GATEWAY_PORT=$(free_port)
RULES_PORT=$(free_port)   # never started: a preview does not call the rules-service

LAUNCHCHECK_EXTRA_DATABASES="$REGISTRY_DB $GATEWAY_DB" scripts/ensure-postgres.sh
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for db in "$REGISTRY_DB" "$GATEWAY_DB"; do
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT

keys="-Dmp.jwt.verify.publickey.location=$PWD/config/dev-keys/publicKey.pem"
java -Xmx768m "$keys" -Dquarkus.http.port="$REGISTRY_PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$REGISTRY_DB" \
  -Dlaunchcheck.registry.import-pack-on-empty=true \
  -jar registry-service/target/quarkus-app/quarkus-run.jar >".run/logs/bench-preview-registry.log" 2>&1 &
pids+=($!)
java -Xmx768m "$keys" -Dsmallrye.jwt.sign.key.location="$PWD/config/dev-keys/privateKey.pem" \
  -Dquarkus.http.port="$GATEWAY_PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$GATEWAY_DB" \
  -Dquarkus.rest-client.registry.url="http://127.0.0.1:$REGISTRY_PORT" \
  -Dquarkus.rest-client.rules.url="http://127.0.0.1:$RULES_PORT" \
  -jar gateway/target/quarkus-app/quarkus-run.jar >".run/logs/bench-preview-gateway.log" 2>&1 &
pids+=($!)
for port in "$REGISTRY_PORT" "$GATEWAY_PORT"; do
  for _ in $(seq 1 180); do curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/live" && break; sleep 1; done
  curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/live"
done

# Seed: N apps of 20 teams, each with its latest assessment; vendors, hosting modes and markets vary, every profile
# targets at least one EU member. Only the profile matters to a preview; the body is a stand-in.
"${PSQL[@]}" -d "$GATEWAY_DB" <<SQL
INSERT INTO assessment (id, app_name, overall, as_of, ruleset_version, evaluated_at, created_at, profile, body, team, rule_ids)
SELECT gen_random_uuid(), 'app-' || i, 'NEEDS_REVIEW', DATE '2026-11-30', 1, now(), now() - (i || ' seconds')::interval,
       jsonb_build_object(
         'app', jsonb_build_object('name', 'app-' || i,
                  'vendor', (ARRAY['DeepSeek','OpenAI','Mistral AI','Anthropic','xAI'])[1 + i % 5],
                  'originCountry', (ARRAY['CN','US','FR','US','US'])[1 + i % 5]),
         'hosting', jsonb_build_object('mode', (ARRAY['VENDOR_API','SELF_HOSTED'])[1 + i % 2],
                  'dataCountries', jsonb_build_array((ARRAY['CN','US','DE','IE'])[1 + i % 4])),
         'processesPersonalData', true,
         'targets', jsonb_build_array(
            jsonb_build_object('jurisdiction', (ARRAY['IT','DE','FR','ES','NL','IE'])[1 + i % 6],
                               'segments', jsonb_build_array((ARRAY['CONSUMER','ENTERPRISE','GOVERNMENT'])[1 + i % 3]),
                               'sectors', '[]'::jsonb, 'organizations', '[]'::jsonb),
            jsonb_build_object('jurisdiction', (ARRAY['US-TX','KR','JP','GB','IN'])[1 + i % 5],
                               'segments', jsonb_build_array('CONSUMER'), 'sectors', '[]'::jsonb,
                               'organizations', '[]'::jsonb)),
         'asOf', '2026-11-30'),
       '{}', 'team-' || (i % 20), '{}'
FROM generate_series(1, $N) AS i;
ANALYZE assessment;
SQL

OFFICER=$(scripts/token.sh compliance-officer "" bench-officer@launchcheck.dev)
draft() {
  curl -fsS -X POST "http://127.0.0.1:$REGISTRY_PORT/api/v1/rule-drafts" -H "Authorization: Bearer $OFFICER" \
    -H 'Content-Type: application/json' -d "{\"rule\": {\"id\": \"$1\", \"jurisdiction\": \"$2\",
      \"kind\": \"NATIONWIDE_BAN\", \"title\": \"Benchmark draft\", \"severity\": \"BLOCKING\", \"status\": \"IN_FORCE\",
      \"effectiveFrom\": \"2026-01-01\", \"subject\": {\"vendors\": [\"deepseek\"]}}}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}
REFERENCE_DRAFT=$(draft bench-uy-deepseek-ban UY)
MEASURED_DRAFT=$(draft bench-eu-deepseek-ban EU)

preview() {  # prints seconds, judged, unaffected, changed verdicts
  local out
  out=$(curl -fsS -o .run/bench/preview-answer.json -w '%{time_total}' -X POST \
    "http://127.0.0.1:$GATEWAY_PORT/api/v1/impact-previews" -H "Authorization: Bearer $OFFICER" \
    -H 'Content-Type: application/json' -d "{\"drafts\": [\"$1\"], \"asOf\": \"2026-12-01\"}")
  python3 - "$out" <<'PY'
import json, sys
answer = json.load(open('.run/bench/preview-answer.json'))
print(sys.argv[1], answer['assessments'], answer['judged'], answer['unaffected'], answer['changedVerdicts'])
PY
}

{
  echo "## Impact preview over $N stored assessments"
  echo
  machine
  echo "Command: scripts/bench-preview.sh (BENCH_ASSESSMENTS=$N, BENCH_RUNS=$RUNS)"
  echo
  preview "$REFERENCE_DRAFT" >/dev/null   # warm-up
  preview "$MEASURED_DRAFT" >/dev/null
  echo "| run | reference: draft nobody is reached by (s) | measured: EU-wide draft (s) | assessments | judged twice | unaffected | changed verdicts |"
  echo "|---|---|---|---|---|---|---|"
  for run in $(seq 1 "$RUNS"); do
    read -r ref _ _ _ _ < <(preview "$REFERENCE_DRAFT")
    read -r measured assessments judged unaffected changed < <(preview "$MEASURED_DRAFT")
    echo "| $run | $ref | $measured | $assessments | $judged | $unaffected | $changed |"
  done
  echo
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT"
