#!/usr/bin/env bash
# Webhooks: how many events per second go from their commit to a receiver's 200, and with what lag,
# while the allocation storm runs through the gateway at 8 and 32 clients (each allocation is one
# allocation.created event for the endpoint). One run, one machine: the suite, wrk and the receiver share
# the cores, so compare the figures of one run with each other.
# Needs: the suite running with the storm unthrottled, e.g.
#   KINDLING_RATE_LIMIT_ENABLED=false ./kindling run
# and wrk, python3, curl. usage: bench/webhooks/run.sh [GATEWAY_URL]   (default http://localhost:8080)
# Writes bench/webhooks/out/ (raw) and prints the table bench/RESULTS.md keeps; KINDLING_PG_DATABASE names
# the suite's database (as for ./kindling run), to count the allocations committed in each window.
set -euo pipefail
cd "$(dirname "$0")"
HERE=$(pwd)
ROOT=$(cd ../.. && pwd)
BASE=${1:-http://localhost:8080}
PORT=${BENCH_RECEIVER_PORT:-18099}
DURATION=${BENCH_SECONDS:-20}
CLIENTS=${BENCH_CLIENTS:-"8 32"}
DRAIN=${BENCH_DRAIN_SECONDS:-30}
OUT="$HERE/out"
mkdir -p "$OUT"
rm -f "$OUT"/*
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

ADMIN=$("$ROOT/kindling" token --role admin)
export BENCH_TOKEN=$ADMIN
export BENCH_BUDGET=00000000-0000-7000-8000-000000000701   # the demo's SPARK-APAC budget (USD)
export BENCH_HUB=00000000-0000-7000-8000-000000000101      # Singapore, where SPARK-APAC runs
created=$(curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$BASE/api/v1/webhooks" \
  -d "{\"partnerId\":\"00000000-0000-7000-8000-000000000312\",\"url\":\"http://127.0.0.1:$PORT/hook\",
       \"hubCodes\":[\"SG\"],\"eventTypes\":[\"allocation.created\"],\"description\":\"bench $(date +%s)\"}")
WEBHOOK=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$created")
SECRET=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])' <<<"$created")
SECRET=$SECRET python3 receiver.py "$PORT" "$OUT/received.txt" &
PIDS+=($!)
sleep 1
echo "webhook $WEBHOOK -> receiver on :$PORT"

BENCH_RUN="warmup-$(date +%s%N)" wrk -t2 -c8 -d"${BENCH_WARMUP:-20}"s -s ../funding/alloc.lua "$BASE/api/v1/allocations" >/dev/null
sleep "$DRAIN"
for c in $CLIENTS; do
  start=$(date +%s.%N)
  BENCH_RUN="c$c-$(date +%s%N)" wrk -t2 -c"$c" -d"${DURATION}s" --latency -s ../funding/alloc.lua \
    "$BASE/api/v1/allocations" >"$OUT/wrk-$c.txt"
  end=$(date +%s.%N)
  sleep "$DRAIN"   # let the last events arrive
  echo "$c $start $end" >>"$OUT/phases.txt"
done
curl -sf -H "Authorization: Bearer $ADMIN" -X DELETE "$BASE/api/v1/webhooks/$WEBHOOK" >/dev/null
python3 lag.py "$OUT"
