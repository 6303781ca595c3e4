#!/usr/bin/env bash
# Issue 13's measure: one call with 10,000 submitted applications, 200 reviewers, 3 reviews each.
# Fills a fresh database (kindling_review_bench) set-based with two such calls (A and B), then
#   1. times the automatic assignment of call A straight at startup-service and of call B through the
#      gateway (30,000 reviews each, in one transaction);
#   2. submits every review of call A with random scores (SQL), and times the ranking through the gateway
#      (JSON and CSV) beside its raw SQL in the same run: the two statements the service runs, and the whole
#      ranking computed in SQL (window functions, no per-criterion means).
# Needs a build (./mvnw -B -q package -DskipTests). About 5 minutes.
#
#   bench/review/run.sh            # RUNS=10 timed requests per figure after 3 warm-ups
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
DIR=${BENCH_DIR:-/tmp/kindling-review-bench}
RUNS=${RUNS:-10}
APPS=${APPS:-10000}
REVIEWERS=${REVIEWERS:-200}
BENCH_DB=kindling_review_bench
rm -rf "$DIR" && mkdir -p "$DIR"
trap bench_stop_all EXIT
bench_keys "$DIR/keys"
bench_psql -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB"
q() { bench_psql -d "$BENCH_DB" -c "$1"; }

declare -A PORT PIDOF
for svc in hub-service startup-service funding-service gateway; do PORT[$svc]=$(bench_free_port); done
G=http://127.0.0.1:${PORT[gateway]}
S=http://127.0.0.1:${PORT[startup-service]}
for svc in hub-service startup-service funding-service; do
    bench_start "$svc" "${PORT[$svc]}" "$DIR/$svc.log" QUARKUS_LOG_LEVEL=WARN KINDLING_HUB_URL=$G KINDLING_STARTUP_URL=$G KINDLING_FUNDING_URL=$G
    PIDOF[$svc]=$BENCH_LAST_PID
done
bench_start gateway "${PORT[gateway]}" "$DIR/gateway.log" QUARKUS_LOG_LEVEL=WARN KINDLING_RATE_LIMIT_ENABLED=false \
    KINDLING_HUB_URL=http://127.0.0.1:${PORT[hub-service]} KINDLING_STARTUP_URL=$S \
    KINDLING_FUNDING_URL=http://127.0.0.1:${PORT[funding-service]}
PIDOF[gateway]=$BENCH_LAST_PID
for svc in hub-service startup-service funding-service gateway; do bench_wait_ready "${PORT[$svc]}" "${PIDOF[$svc]}"; done

# Two calls of one cohort, APPS submitted applications each (APPLIED enrollments), set-based.
started=$SECONDS
bench_psql -d "$BENCH_DB" -v apps="$APPS" <<'SQL'
set search_path = startup;
insert into cohort (id, program_id, hub_id, hub_code, name, starts_on, ends_on, capacity, created_by)
values ('00000000-0000-7000-8000-00000000b401', '00000000-0000-7000-8000-00000000b201',
        '00000000-0000-7000-8000-00000000b101', 'BH', 'Bench cohort', '2027-01-01', '2027-12-31', 100000, 'bench');
insert into call (id, cohort_id, program_id, hub_id, hub_code, title, opens_at, closes_at, status, form, eligibility,
                  rubric, reviewers_per_application, blind, created_at, created_by, updated_at)
select ('00000000-0000-7000-8000-00000000b50' || c)::uuid, '00000000-0000-7000-8000-00000000b401',
       '00000000-0000-7000-8000-00000000b201', '00000000-0000-7000-8000-00000000b101', 'BH', 'Bench call ' || c,
       now() - interval '1 day', now() + interval '30 days', 'OPEN',
       '[{"key": "pitch", "label": "Pitch", "type": "LONG_TEXT", "required": true, "maxLength": 1000}]', '{}',
       '[{"key": "team", "title": "Team", "weight": 2, "scaleMin": 1, "scaleMax": 5},
         {"key": "market", "title": "Market", "weight": 1.5, "scaleMin": 1, "scaleMax": 5},
         {"key": "product", "title": "Product", "weight": 1.5, "scaleMin": 1, "scaleMax": 5},
         {"key": "fit", "title": "Fit", "weight": 1, "scaleMin": 1, "scaleMax": 5}]', 3, false, now(), 'bench', now()
from generate_series(1, 2) as c;
insert into startup (id, name, name_key, country, sector, team_size, created_by)
select md5('bench-startup-' || i)::uuid, 'Bench applicant ' || i, 'bench applicant ' || i, 'SG', 'AI', 5, 'bench'
from generate_series(1, 2 * :apps) as i;
insert into enrollment (id, startup_id, cohort_id, program_id, hub_id, hub_code, status, status_changed_at, created_by, created_at)
select md5('bench-enrollment-' || i)::uuid, md5('bench-startup-' || i)::uuid, '00000000-0000-7000-8000-00000000b401',
       '00000000-0000-7000-8000-00000000b201', '00000000-0000-7000-8000-00000000b101', 'BH', 'APPLIED', now(), 'bench', now()
from generate_series(1, 2 * :apps) as i;
insert into program_hub_count (program_id, hub_id, hub_code, metric, n)
values ('00000000-0000-7000-8000-00000000b201', '00000000-0000-7000-8000-00000000b101', 'BH', 'APPLIED', 2 * :apps);
insert into application (id, call_id, startup_id, hub_id, hub_code, status, answers, enrollment_id, submitted_at,
                         created_at, created_by, updated_at)
select md5('bench-application-' || i)::uuid,
       ('00000000-0000-7000-8000-00000000b50' || (1 + (i - 1) / :apps))::uuid, md5('bench-startup-' || i)::uuid,
       '00000000-0000-7000-8000-00000000b101', 'BH', 'SUBMITTED', '{"pitch": "We build things"}',
       md5('bench-enrollment-' || i)::uuid, now(), now(), 'bench', now()
from generate_series(1, 2 * :apps) as i;
analyze;
SQL
FILL=$((SECONDS - started))
CALL_A=00000000-0000-7000-8000-00000000b501
CALL_B=00000000-0000-7000-8000-00000000b502
MANAGER=$(bench_token manager)
POOL=$(python3 -c "import json; print(json.dumps({'reviewers': ['bench-reviewer-%03d' % i for i in range($REVIEWERS)]}))")
assign() { # base-url call → seconds; the body goes to $DIR/assign-<call>.json
    curl -s -o "$DIR/assign-$2.json" -w '%{http_code} %{time_total}\n' -X POST -H "Authorization: Bearer $MANAGER" \
        -H 'Content-Type: application/json' --max-time 600 -d "$POOL" "$1/api/v1/calls/$2/assignments/auto"
}
read -r code_a ASSIGN_SERVICE < <(assign "$S" "$CALL_A")
[[ $code_a == 200 ]] || bench_die "assignment of call A answered $code_a: $(cat "$DIR/assign-$CALL_A.json")"
read -r code_b ASSIGN_GATEWAY < <(assign "$G" "$CALL_B")
echo "assignment: service ${ASSIGN_SERVICE}s, gateway ${ASSIGN_GATEWAY}s ($code_b)"
LOADS=$(q "select min(n) || '–' || max(n) from (select count(*) n from startup.review where call_id = '$CALL_A' group by reviewer) x")
PER_APP=$(q "select min(n) || '–' || max(n) from (select count(distinct reviewer) n from startup.review where call_id = '$CALL_A' group by application_id) x")

# Every review of call A submitted with random scores, its score the rubric's weighted mean.
q "with s as (select id, 1 + floor(random() * 5)::int t, 1 + floor(random() * 5)::int m,
                     1 + floor(random() * 5)::int p, 1 + floor(random() * 5)::int f
              from startup.review where call_id = '$CALL_A')
   update startup.review r set status = 'SUBMITTED',
          scores = jsonb_build_object('team', s.t, 'market', s.m, 'product', s.p, 'fit', s.f),
          score = round((2 * s.t + 1.5 * s.m + 1.5 * s.p + s.f) / 6.0, 6), submitted_at = now(), updated_at = now()
   from s where s.id = r.id" >/dev/null
q "analyze startup.review" >/dev/null
SUBMITTED=$(q "select count(*) from startup.review where call_id = '$CALL_A' and status = 'SUBMITTED'")

VIEWER=$(bench_token viewer)
median_http() { # url [accept] → median seconds of RUNS requests after 3 warm-ups
    local times=()
    for i in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer $VIEWER" -H "Accept: ${2:-application/json}" "$1"; done
    for ((i = 0; i < RUNS; i++)); do
        times+=("$(curl -s -o "$DIR/ranking.out" -w '%{time_total}\n' -H "Authorization: Bearer $VIEWER" -H "Accept: ${2:-application/json}" "$1")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}
RANK_JSON=$(median_http "$G/api/v1/calls/$CALL_A/ranking")
RANKED=$(python3 -c "import json; d=json.load(open('$DIR/ranking.out')); print(len(d['applications']), 'applications,', d['reviews'], 'reviews')")
RANK_CSV=$(median_http "$G/api/v1/calls/$CALL_A/ranking" text/csv)
RANK_SERVICE=$(median_http "$S/api/v1/calls/$CALL_A/ranking")

cat > "$DIR/fetch.sql" <<SQL
select a.id, a.startup_id, s.name, a.hub_code, a.enrollment_id, e.status from startup.application a
  join startup.startup s on s.id = a.startup_id join startup.enrollment e on e.id = a.enrollment_id
  where a.call_id = '$CALL_A' and a.status = 'SUBMITTED';
select application_id, reviewer, status, score, scores from startup.review where call_id = '$CALL_A' and status <> 'REMOVED';
SQL
cat > "$DIR/ranking.sql" <<SQL
with r as (select application_id, reviewer, score from startup.review where call_id = '$CALL_A' and status = 'SUBMITTED'),
     rv as (select reviewer, avg(score) mu, stddev_pop(score) sd from r group by reviewer),
     g as (select avg(score) mu, stddev_pop(score) sd from r),
     z as (select r.application_id, r.score, case when rv.sd > 0 then (r.score - rv.mu) / rv.sd else 0 end z
           from r join rv using (reviewer)),
     a as (select application_id, avg(score) mean, avg(z) zbar, max(score) - min(score) spread, count(*) n
           from z group by application_id)
select rank() over (order by greatest(1, least(5, g.mu + a.zbar * g.sd)) desc, a.mean desc, a.application_id),
       a.application_id, s.name, e.status, a.mean, greatest(1, least(5, g.mu + a.zbar * g.sd)), a.spread, a.spread > 1
from a cross join g join startup.application ap on ap.id = a.application_id
  join startup.startup s on s.id = ap.startup_id join startup.enrollment e on e.id = ap.enrollment_id
order by 1;
SQL
pgbench_ms() { # file → mean latency in ms over RUNS transactions after 3 warm-ups
    pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -n -t 3 -f "$1" "$BENCH_DB" >/dev/null 2>&1
    pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -n -t "$RUNS" -f "$1" "$BENCH_DB" 2>/dev/null |
        awk '/latency average/ {print $4}'
}
SQL_FETCH=$(pgbench_ms "$DIR/fetch.sql")
SQL_RANK=$(pgbench_ms "$DIR/ranking.sql")

ms() { awk -v s="$1" 'BEGIN {printf "%.0f", s * 1000}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f×", a / b}'; }
{
    echo "Call: $APPS submitted applications, $REVIEWERS reviewers, 3 per application (filled set-based in ${FILL}s)."
    echo
    echo "| figure | time | anchor (same run) | ratio |"
    echo "|---|---|---|---|"
    echo "| automatic assignment, at startup-service (30,000 reviews, one transaction) | $(ms "$ASSIGN_SERVICE") ms | — | reviews per reviewer $LOADS, reviewers per application $PER_APP |"
    echo "| automatic assignment of the second call, through the gateway | $(ms "$ASSIGN_GATEWAY") ms (HTTP $code_b) | at the service: $(ms "$ASSIGN_SERVICE") ms | $(ratio "$ASSIGN_GATEWAY" "$ASSIGN_SERVICE") |"
    echo "| ranking, JSON, through the gateway ($RANKED) | $(ms "$RANK_JSON") ms | the service's two statements: $SQL_FETCH ms | $(ratio "$(ms "$RANK_JSON")" "$SQL_FETCH") |"
    echo "| ranking, JSON, through the gateway | $(ms "$RANK_JSON") ms | the whole ranking in SQL: $SQL_RANK ms | $(ratio "$(ms "$RANK_JSON")" "$SQL_RANK") |"
    echo "| ranking, CSV, through the gateway | $(ms "$RANK_CSV") ms | JSON through the gateway | $(ratio "$RANK_CSV" "$RANK_JSON") |"
    echo "| ranking, JSON, at startup-service | $(ms "$RANK_SERVICE") ms | through the gateway | $(ratio "$RANK_SERVICE" "$RANK_JSON") |"
} | tee "$DIR/table.md"
echo "submitted reviews: $SUBMITTED; medians of $RUNS requests (pgbench: means of $RUNS); table in $DIR/table.md"
