#!/bin/sh
# PostgreSQL image entrypoint hook (/docker-entrypoint-initdb.d): runs once, on an empty data
# directory, as the superuser on $POSTGRES_DB. Passwords come from the environment.
set -eu
: "${KINDLING_HUB_DB_PASSWORD:?set KINDLING_HUB_DB_PASSWORD}"
: "${KINDLING_STARTUP_DB_PASSWORD:?set KINDLING_STARTUP_DB_PASSWORD}"
: "${KINDLING_FUNDING_DB_PASSWORD:?set KINDLING_FUNDING_DB_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v hub_password="$KINDLING_HUB_DB_PASSWORD" \
  -v startup_password="$KINDLING_STARTUP_DB_PASSWORD" \
  -v funding_password="$KINDLING_FUNDING_DB_PASSWORD" \
  -f /kindling/postgres/kindling-roles.sql
