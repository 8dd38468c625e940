#!/usr/bin/env bash
# Runs every test: unit, @QuarkusTest against the real PostgreSQL, and the end-to-end suite that starts
# the three packaged services as separate processes. Each run migrates fresh schemas.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-postgres.sh
exec ./mvnw -B -ntp verify "$@"
