#!/usr/bin/env bash
# Runs every test: unit, Drools, @QuarkusTest against the real PostgreSQL, the end-to-end suite that starts
# the three packaged services as separate processes (every answer checked against the served OpenAPI documents),
# the report page in a real headless Chromium, the Kubernetes manifest checks and the OpenAPI lint (Node.js).
# Each run gets databases of its own (dropped afterwards), so runs never share or inherit state.
set -euo pipefail
cd "$(dirname "$0")/.."

run_id="$(date +%s)_$$"
export LAUNCHCHECK_TEST_REGISTRY_DB="registry_test_$run_id"
export LAUNCHCHECK_TEST_GATEWAY_DB="gateway_test_$run_id"
LAUNCHCHECK_EXTRA_DATABASES="$LAUNCHCHECK_TEST_REGISTRY_DB $LAUNCHCHECK_TEST_GATEWAY_DB" scripts/ensure-postgres.sh

drop_test_databases() {
  for db in "$LAUNCHCHECK_TEST_REGISTRY_DB" "$LAUNCHCHECK_TEST_GATEWAY_DB"; do
    PGPASSWORD=launchcheck psql -q -h 127.0.0.1 -U launchcheck -d postgres \
      -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
}
trap drop_test_databases EXIT

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Node.js and npm are needed by the manifest tests; installing them from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium is needed by the report page's browser test (ReportPageIT); installing Debian's package" >&2
  export DEBIAN_FRONTEND=noninteractive
  { apt-get install -y -qq chromium || { apt-get update -qq && apt-get install -y -qq chromium; }; } >/dev/null
fi

./mvnw -B -ntp verify "$@"
