#!/usr/bin/env bash
# One service at 1 and at 2 replicas behind the gateway (KINDLING_HUB_REPLICAS), same load, same run:
# GET one hub and a page of 50 hubs through the gateway with wrk (CONNECTIONS, default 32), after a
# warm-up of every JVM. On one 2-CPU machine the replicas share the cores, the gateway and PostgreSQL,
# so this measures what a second replica adds when CPU is not added with it (see docs/SCALING.md).
# Needs the loaded bench database and a build.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
DIR=${BENCH_DIR:-/tmp/kindling-replicas-bench}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-40s}
rm -rf "$DIR" && mkdir -p "$DIR"
trap bench_stop_all EXIT
bench_keys "$DIR/keys"
TOKEN=$(bench_token viewer)
HUB=$(bench_psql -d "$BENCH_DB" -c "select id from hub.hub order by id offset 500 limit 1" 2>/dev/null || true)
[[ -n "$HUB" ]] || bench_die "no hubs in $BENCH_DB: run bench/data/load.sh first"
A=$(bench_free_port) B=$(bench_free_port) G1=$(bench_free_port) G2=$(bench_free_port)
bench_start hub-service "$A" "$DIR/hub-a.log" QUARKUS_LOG_LEVEL=WARN; PA=$BENCH_LAST_PID
bench_start hub-service "$B" "$DIR/hub-b.log" QUARKUS_LOG_LEVEL=WARN; PB=$BENCH_LAST_PID
common=(KINDLING_RATE_LIMIT_ENABLED=false QUARKUS_LOG_LEVEL=WARN KINDLING_HUB_URL=http://127.0.0.1:$A)
bench_start gateway "$G1" "$DIR/gateway-1.log" "${common[@]}"; P1=$BENCH_LAST_PID
bench_start gateway "$G2" "$DIR/gateway-2.log" "${common[@]}" KINDLING_HUB_REPLICAS=http://127.0.0.1:$B; P2=$BENCH_LAST_PID
for p in "$A:$PA" "$B:$PB" "$G1:$P1" "$G2:$P2"; do bench_wait_ready "${p%%:*}" "${p##*:}"; done

run() { # name port path
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$2$3" > /dev/null
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$2$3" > "$DIR/$1.txt"
    RPS[$1]=$(awk '/Requests\/sec/ {print $2}' "$DIR/$1.txt")
    P50[$1]=$(awk '$1 == "50%" {print $2}' "$DIR/$1.txt")
}
declare -A RPS P50
served() { curl -fs "http://127.0.0.1:$1/q/metrics" | awk '/^http_server_requests_seconds_count/ && /api\/v1\/hubs/ {s += $2} END {printf "%d", s}'; }
# B is warmed through gateway 2 along with A, so both replicas are equally warm before the 1-replica run
for what in "one /api/v1/hubs/$HUB" "list /api/v1/hubs?limit=50"; do
    set -- $what
    run "$1-two" "$G2" "$2"
    run "$1-one" "$G1" "$2"
done
{
    echo "| GET | 1 replica req/s (p50) | 2 replicas req/s (p50) | **2 ÷ 1** |"
    echo "|---|---:|---:|---:|"
    for what in one list; do
        echo "| $what | ${RPS[$what-one]} (${P50[$what-one]}) | ${RPS[$what-two]} (${P50[$what-two]}) | **$(echo "scale=2; ${RPS[$what-two]} / ${RPS[$what-one]}" | bc)** |"
    done
    echo
    echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, wrk -t2 -c$CONNECTIONS, warm-up $WARMUP then $DURATION; requests served in all (from /q/metrics): replica A $(served "$A"), replica B $(served "$B") (B only ever gets the 2-replica runs)"
} | tee "$DIR/table.md"
