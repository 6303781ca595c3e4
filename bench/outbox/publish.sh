#!/usr/bin/env bash
# How fast one publisher gives feed positions: OutboxPublisher's statements (the same SQL) over N
# recorded events in a scratch database made from the plumbing migrations, in batches of 1,000.
#   bench/outbox/publish.sh [N]     (default 200000; needs psql and PostgreSQL at 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")"
source ../lib.sh
N=${1:-200000}
DB="kindling_bench_outbox_$(date +%s)"
trap 'bench_psql -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true' EXIT
bench_psql -d postgres -c "create database $DB"
MIGRATIONS=../../common-persistence/src/main/resources/db/common
bench_psql -d "$DB" -f "$MIGRATIONS/V0_1__plumbing.sql" -f "$MIGRATIONS/R__outbox_feed.sql" -f "$MIGRATIONS/R__plumbing_indexes.sql"
bench_psql -d "$DB" -c "insert into outbox (id, aggregate_type, aggregate_id, event_type, payload, hub_codes)
  select gen_random_uuid(), 'allocation', gen_random_uuid(), 'allocation.created',
         jsonb_build_object('amount', jsonb_build_object('amount', '1000.00', 'currency', 'USD'), 'n', i), '{SG}'
  from generate_series(1, $N) i"
bench_psql -d "$DB" -c "analyze outbox"
BATCH="begin;
select position as last from outbox_head for update skip locked \\gset
update outbox o set position = :last + next.n, published_at = statement_timestamp()
  from (select id, row_number() over (order by recorded) as n from outbox
        where position is null order by recorded limit 1000) next where o.id = next.id;
update outbox_head set position = position + :ROW_COUNT;
commit;"
start=$(date +%s.%N)
for _ in $(seq 1 $(( (N + 999) / 1000 ))); do echo "$BATCH"; done | bench_psql -d "$DB" >/dev/null
end=$(date +%s.%N)
published=$(bench_psql -d "$DB" -c "select count(*) from outbox where position is not null")
gapless=$(bench_psql -d "$DB" -c "select max(position) = count(*) and min(position) = 1 from outbox")
seconds=$(echo "$end - $start" | bc)
printf 'published %s of %s events in %.1f s: %.0f events/s (positions 1..n without gaps: %s); %s cores, load %s\n' \
  "$published" "$N" "$seconds" "$(echo "$published / $seconds" | bc -l)" "$gapless" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
