#!/usr/bin/env bash
# Reads at a million rows through the gateway, each beside its raw SQL in the same run: the startup list
# by each filter (first page and a page near the end), one startup by id, a partner's startup list, the
# program scoreboard and the utilisation report. HTTP with wrk through the gateway (CLIENTS connections,
# default 1, so the figure is a latency), SQL with pgbench -f of the statements the service runs, at the
# same concurrency. Needs the loaded bench database (bench/data/load.sh) and a build.
#
#   bench/reads/run.sh          # WARMUP=40s for the whole suite, then DURATION=10s per case
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
DIR=${BENCH_DIR:-/tmp/kindling-reads-bench}
CLIENTS=${CLIENTS:-1}
DURATION=${DURATION:-10}
DURATION=${DURATION%s} # seconds, given as 10 or 10s
WARMUP=${WARMUP:-40s}
rm -rf "$DIR" && mkdir -p "$DIR/sql"
trap bench_stop_all EXIT
bench_keys "$DIR/keys"
q() { bench_psql -d "$BENCH_DB" -c "$1"; }
[[ -n "$(q "select 1 from startup.startup limit 1" 2>/dev/null)" ]] || bench_die "no data in $BENCH_DB: run bench/data/load.sh"

# The suite on free ports; the services call each other through the gateway, as ./kindling run does.
declare -A PORT
for svc in hub-service startup-service funding-service gateway; do PORT[$svc]=$(bench_free_port); done
G=http://127.0.0.1:${PORT[gateway]}
declare -A PIDOF
for svc in hub-service startup-service funding-service; do
    bench_start "$svc" "${PORT[$svc]}" "$DIR/$svc.log" QUARKUS_LOG_LEVEL=WARN KINDLING_HUB_URL=$G KINDLING_STARTUP_URL=$G KINDLING_FUNDING_URL=$G
    PIDOF[$svc]=$BENCH_LAST_PID
done
bench_start gateway "${PORT[gateway]}" "$DIR/gateway.log" QUARKUS_LOG_LEVEL=WARN KINDLING_RATE_LIMIT_ENABLED=false \
    KINDLING_HUB_URL=http://127.0.0.1:${PORT[hub-service]} KINDLING_STARTUP_URL=http://127.0.0.1:${PORT[startup-service]} \
    KINDLING_FUNDING_URL=http://127.0.0.1:${PORT[funding-service]}
PIDOF[gateway]=$BENCH_LAST_PID
for svc in hub-service startup-service funding-service gateway; do bench_wait_ready "${PORT[$svc]}" "${PIDOF[$svc]}"; done

VIEWER=$(bench_token viewer)
PARTNER=$(bench_token partner '"BH0001"' partner-BH0001)
PROGRAM=$(q "select id from hub.program where code = 'BP250'")
HUB=$(q "select id from hub.hub where code = 'BH0250'")
COHORT=$(q "select id from startup.cohort order by id offset 5000 limit 1")
STARTUP=$(q "select id from startup.startup order by id offset 654321 limit 1")
cursor() { q "select rtrim(translate(encode(uuid_send('$1'), 'base64'), '+/', '-_'), '=')"; }
deep() { q "select id from startup.startup x where $1 order by id desc offset 51 limit 1"; } # 51 rows follow it

# name | token | path | SQL (the statements the service runs for it)
S="select * from startup.startup x"
E="exists (select 1 from startup.enrollment e where e.startup_id = x.id and"
cases=()
add_list() { # name query-string where-clause
    local after
    after=$(deep "$3")
    cases+=("$1 first|VIEWER|/api/v1/startups?limit=50$2|$S where $3 order by x.id limit 51")
    cases+=("$1 deep|VIEWER|/api/v1/startups?limit=50$2&cursor=$(cursor "$after")|$S where $3 and x.id > '$after' order by x.id limit 51")
}
add_list "startups, no filter" "" "true"
add_list "startups by country" "&country=FR" "x.country = 'FR'"
add_list "startups by sector" "&sector=AI" "x.sector = 'AI'"
add_list "startups by name prefix" "&q=bench%20startup%2009" "x.name_key like 'bench startup 09%'"
add_list "startups by program" "&programId=$PROGRAM" "$E e.program_id = '$PROGRAM')"
add_list "startups by hub" "&hubId=$HUB" "$E e.hub_id = '$HUB')"
add_list "startups by cohort" "&cohortId=$COHORT" "$E e.cohort_id = '$COHORT')"
add_list "startups by status" "&status=ACTIVE" "$E e.status in ('ACTIVE'))"
add_list "startups, scale-ups only" "&scaleup=true" "exists (select 1 from startup.scaleup s where s.startup_id = x.id)"
cases+=("one startup by id|VIEWER|/api/v1/startups/$STARTUP|$S where x.id = '$STARTUP'")
cases+=("partner's startup list|PARTNER|/api/v1/startups?limit=50|$S where x.created_by = 'partner-BH0001' order by x.id limit 51;
$S where exists (select 1 from startup.enrollment v where v.startup_id = x.id and v.hub_code in ('BH0001')) order by x.id limit 51")
cases+=("program scoreboard|VIEWER|/api/v1/programs/$PROGRAM/scoreboard|select * from hub.program where id = '$PROGRAM';
select ph.*, h.code, h.status from hub.program_hub ph join hub.hub h on h.id = ph.hub_id where ph.program_id = '$PROGRAM';
select * from hub.program_target where program_id = '$PROGRAM' order by id;
select program_id, hub_id, hub_code, metric, n from startup.program_hub_count where program_id = '$PROGRAM' order by program_id, hub_code, hub_id;
select b.kind, b.currency, sum(b.total), sum(b.committed), sum(b.disbursed) from funding.budget b where b.program_id = '$PROGRAM' group by 1, 2 order by 1, 2")
cases+=("utilisation by hub (all budgets)|VIEWER|/api/v1/funding-reports/utilisation?groupBy=hub|select r.hub_code, b.currency, sum(r.committed), sum(r.committed), sum(r.disbursed) from funding.recipient_balance r join funding.budget b on b.id = r.budget_id where r.hub_code is not null group by 1, 2 order by 1, 2")
cases+=("utilisation by month (all budgets)|VIEWER|/api/v1/funding-reports/utilisation?groupBy=month|select to_char(j.created_at at time zone 'UTC', 'YYYY-MM'), b.currency, sum(case when j.entry_type in ('BUDGET_OPENED', 'TOTAL_INCREASED') then j.amount when j.entry_type = 'TOTAL_DECREASED' then -j.amount else 0 end), sum(case j.entry_type when 'COMMITTED' then j.amount when 'RELEASED' then -j.amount else 0 end), sum(case j.entry_type when 'DISBURSED' then j.amount when 'DISBURSEMENT_REVERSED' then -j.amount else 0 end) from funding.journal_entry j join funding.budget b on b.id = j.budget_id group by 1, 2 order by 1, 2")

# name|who|path|sql, where the SQL may span lines (several statements): read splits at the first newline,
# which once left every statement but the first out of the scoreboard's and the partner's anchors.
split_case() { name=${1%%|*}; local rest=${1#*|}; who=${rest%%|*}; rest=${rest#*|}; path=${rest%%|*}; sql=${rest#*|}; }

# Every path answers 200 before anything is timed; then the JVMs are warmed on all of them.
for c in "${cases[@]}"; do
    split_case "$c"
    token=${!who}
    code=$(curl -s -o "$DIR/answer.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$G$path")
    [[ $code == 200 ]] || bench_die "$name: $path answered $code: $(head -c 300 "$DIR/answer.json")"
done
cat > "$DIR/warm.lua" <<LUA
local paths = {}
for line in io.lines("$DIR/paths.txt") do paths[#paths + 1] = line end
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[i % #paths + 1]) end
LUA
for c in "${cases[@]}"; do split_case "$c"; [[ $who == VIEWER ]] && echo "$path"; done > "$DIR/paths.txt"
wrk -t2 -c4 -d"$WARMUP" -s "$DIR/warm.lua" -H "Authorization: Bearer $VIEWER" "$G" > /dev/null

ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
printf '| case | through the gateway: mean / p50 (ms) | raw SQL mean (ms) | **HTTP ÷ SQL** | deep ÷ first |\n|---|---:|---:|---:|---:|\n' > "$DIR/table.md"
declare -A MEAN
i=0
for c in "${cases[@]}"; do
    split_case "$c"
    token=${!who}
    i=$((i + 1))
    printf '%s;\n' "$sql" > "$DIR/sql/$i.sql"
    out=$(wrk -t1 -c"$CLIENTS" -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "$G$path")
    echo "$out" > "$DIR/wrk-$i.txt"
    mean=$(ms "$(echo "$out" | awk '$1 == "Latency" {print $2; exit}')")
    p50=$(ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
    pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -n -M prepared -c "$CLIENTS" -j 1 -T "$DURATION" -f "$DIR/sql/$i.sql" "$BENCH_DB" > "$DIR/pgbench-$i.txt" 2>&1
    sqlms=$(awk '/latency average/ {printf "%.2f", $4}' "$DIR/pgbench-$i.txt")
    MEAN[$name]=$mean
    ratio=$(awk -v a="$mean" -v b="$sqlms" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 0.01) }')
    deep=""
    [[ $name == *" deep" ]] && deep=$(awk -v a="$mean" -v b="${MEAN[${name% deep} first]}" 'BEGIN { printf "%.1f", a / b }')
    printf '| %s | %s / %s | %s | **%s** | %s |\n' "$name" "$mean" "$p50" "$sqlms" "$ratio" "$deep" | tee -a "$DIR/table.md"
done
echo >> "$DIR/table.md"
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, $CLIENTS client(s), ${DURATION}s per case after a $WARMUP warm-up of all paths; load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$DIR/table.md"
cat "$DIR/table.md"
