#!/usr/bin/env bash
# Runs every test: unit, Drools, @QuarkusTest against the real PostgreSQL, the end-to-end suite that starts
# the three packaged services as separate processes, and the Kubernetes manifest checks (Node.js).
# Each run migrates fresh schemas; the end-to-end suite creates and drops its own databases.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-postgres.sh
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Node.js and npm are needed by the manifest tests; installing them from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi
exec ./mvnw -B -ntp verify "$@"
