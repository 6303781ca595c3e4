#!/usr/bin/env bash
# Fills a database with the large bench dataset, set-based in SQL (a few minutes on 2 cores):
# 1,000 hubs, 500 programs, 10,000 cohorts, 1,000,000 startups, 1,500,000 enrollments with their
# history (~4.7 M transitions), 500,000 KPI snapshots, 200,000 allocations with their journal, and every
# counter and kept balance the services maintain. Then bench/data/check.sh proves it consistent.
#
#   bench/data/load.sh            # database $KINDLING_PG_DATABASE (default kindling_bench)
#
# The schemas come from the services' own Flyway migrations: when they are missing, the packaged
# hub-, startup- and funding-service are started once against the database (build first:
# ./mvnw -B -q package -DskipTests). A database that already holds hubs, startups or budgets is
# refused: drop it (dropdb kindling_bench) or name another one.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'bench_stop_all; rm -rf "$WORK"' EXIT
bench_keys "$WORK/keys"

if [[ -z "$(bench_psql -d postgres -c "select 1 from pg_database where datname = '$BENCH_DB'")" ]]; then
    bench_psql -d postgres -c "create database \"$BENCH_DB\""
    echo "load: created database $BENCH_DB"
fi

migrated() { [[ "$(bench_psql -d "$BENCH_DB" -c "select to_regclass('hub.hub') is not null
    and to_regclass('startup.enrollment') is not null and to_regclass('funding.journal_entry') is not null")" == t ]]; }
if ! migrated; then
    echo "load: running the services' Flyway migrations (starting each service once)"
    for svc in hub-service startup-service funding-service; do
        port=$(bench_free_port)
        bench_start "$svc" "$port" "$WORK/$svc.log"
        bench_wait_ready "$port" "$BENCH_LAST_PID"
    done
    bench_stop_all
    migrated || bench_die "the migrations did not create the schemas; see the service logs"
fi

present=$(bench_psql -d "$BENCH_DB" -c "select (select count(*) from hub.hub) + (select count(*) from startup.startup)
    + (select count(*) from funding.budget)")
if [[ "$present" != 0 ]]; then
    bench_die "database $BENCH_DB already holds $present hubs, startups and budgets; the loader fills only an empty
  one. Drop it (dropdb -h $PG_HOST -U $PG_USER $BENCH_DB) or set KINDLING_PG_DATABASE to another name."
fi

echo "load: filling $BENCH_DB (one transaction; nothing is kept if a step fails)"
start=$SECONDS
(cd "$HERE" && bench_psql -d "$BENCH_DB" -v VERBOSITY=terse <<'SQL'
\set ON_ERROR_STOP on
set synchronous_commit = off;
set maintenance_work_mem = '512MB';
set work_mem = '256MB';
begin;
\echo load: helpers
\i common.sql
\echo load: hub-service
\i hub.sql
\echo load: startup-service (the longest step)
\i startup.sql
\echo load: funding-service
\i funding.sql
commit;
SQL
) | grep -v "^$"
echo "load: analysing"
bench_psql -d "$BENCH_DB" -c "vacuum (analyze) hub.hub, hub.program, hub.program_hub, hub.partner, hub.partner_link,
  hub.program_target, startup.startup, startup.cohort, startup.enrollment, startup.enrollment_transition,
  startup.kpi_snapshot, startup.scaleup, startup.program_hub_count, funding.budget, funding.budget_line,
  funding.allocation, funding.disbursement, funding.journal_entry, funding.recipient_balance"
echo "load: done in $((SECONDS - start)) s"
bench_psql -d "$BENCH_DB" -F ' ' -c "
  select 'hubs', count(*) from hub.hub union all select 'programs', count(*) from hub.program
  union all select 'cohorts', count(*) from startup.cohort union all select 'startups', count(*) from startup.startup
  union all select 'enrollments', count(*) from startup.enrollment
  union all select 'transitions', count(*) from startup.enrollment_transition
  union all select 'kpi snapshots', count(*) from startup.kpi_snapshot
  union all select 'scale-ups', count(*) from startup.scaleup
  union all select 'allocations', count(*) from funding.allocation
  union all select 'disbursements', count(*) from funding.disbursement
  union all select 'journal entries', count(*) from funding.journal_entry"
