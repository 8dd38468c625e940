#!/usr/bin/env bash
# Makes sure a local PostgreSQL is running and has the role and databases LaunchCheck uses.
# Installs PostgreSQL from Debian's packages if it is missing, starts it if it is down.
# Idempotent: safe to run any number of times.
set -euo pipefail

PGHOST="${LAUNCHCHECK_DB_HOST:-127.0.0.1}"
PGPORT="${LAUNCHCHECK_DB_PORT:-5432}"
DB_USER="${LAUNCHCHECK_DB_USER:-launchcheck}"
DB_PASSWORD="${LAUNCHCHECK_DB_PASSWORD:-launchcheck}"   # development password, not a secret
DATABASES=(registry gateway registry_test gateway_test ${LAUNCHCHECK_EXTRA_DATABASES:-})

as_postgres() {
  if [ "$(id -u)" = "0" ]; then su postgres -c "$*"; else sudo -u postgres bash -c "$*"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "PostgreSQL is not installed; installing it from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi

if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  echo "Starting PostgreSQL" >&2
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 1; done
  pg_isready -h "$PGHOST" -p "$PGPORT"
fi

as_postgres "psql -q -v ON_ERROR_STOP=1 -p $PGPORT" <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${DB_USER}') THEN
    CREATE ROLE ${DB_USER} LOGIN CREATEDB PASSWORD '${DB_PASSWORD}';
  ELSE
    ALTER ROLE ${DB_USER} LOGIN CREATEDB PASSWORD '${DB_PASSWORD}';
  END IF;
END
\$\$;
SQL

for db in "${DATABASES[@]}"; do
  if ! as_postgres "psql -p $PGPORT -tAc \"SELECT 1 FROM pg_database WHERE datname = '$db'\"" | grep -q 1; then
    as_postgres "createdb -p $PGPORT -O $DB_USER $db"
  fi
done
echo "PostgreSQL is up on $PGHOST:$PGPORT with role $DB_USER and databases: ${DATABASES[*]}" >&2
