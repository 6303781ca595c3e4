#!/usr/bin/env bash
# Allocations per second on one hot budget, through funding-service and as the same SQL through pgbench,
# at 8, 32 and 64 clients, in one run; meanwhile feed-lag.py follows the service's change feed and says
# how long each allocation took from its commit to a consumer reading it. Builds nothing: first run
#   ./mvnw -o -q package -pl funding-service,gateway -am -DskipTests
# Needs: java 17, PostgreSQL at 127.0.0.1:5432 (user postgres, trust), psql, pgbench, wrk, openssl,
# WireMock standalone in ~/.m2 (it plays hub-service). Ports: 18083 (service), 18084 (gateway), 18090 (WireMock).
# Writes bench/funding/RESULTS.md (and raw output under bench/funding/out/).
set -euo pipefail
rm -f "$(dirname "$0")"/out/*.txt
cd "$(dirname "$0")"
HERE=$(pwd)
ROOT=$(cd ../.. && pwd)
JAR="$ROOT/funding-service/target/quarkus-app/quarkus-run.jar"
WIREMOCK="$HOME/.m2/repository/org/wiremock/wiremock-standalone/3.13.1/wiremock-standalone-3.13.1.jar"
DURATION=${BENCH_SECONDS:-20}
CLIENTS=${BENCH_CLIENTS:-"8 32 64"}
# VIA=gateway (default) sends the storm through the gateway (port 18084) as clients do; VIA=service straight to it
VIA=${VIA:-gateway}
GATEWAY_JAR="$ROOT/gateway/target/quarkus-app/quarkus-run.jar"
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq"
DB="kindling_bench_funding_$(date +%s)"
HUB=20000000-0000-7000-8000-000000000101
PROGRAM=10000000-0000-7000-8000-000000000001
OUT="$HERE/out"
WORK=$(mktemp -d)
PIDS=()

[ -f "$JAR" ] || { echo "No $JAR: run ./mvnw -o -q package -pl funding-service -DskipTests first" >&2; exit 1; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  $PG -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$OUT"

# A token the service accepts: our own RS256 key pair and issuer.
openssl genrsa -out "$WORK/key.pem" 2048 2>/dev/null
openssl rsa -in "$WORK/key.pem" -pubout -out "$WORK/public.pem" 2>/dev/null
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"https://kindling.dev/bench","sub":"bench","upn":"bench","groups":["manager"],"iat":%d,"exp":%d}' \
  "$now" $((now + 7200)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)
export BENCH_TOKEN="$header.$payload.$signature"

# hub-service stand-in: the program runs at hub SG.
mkdir -p "$WORK/wm/mappings"
cat > "$WORK/wm/mappings/program.json" <<JSON
{"request":{"method":"GET","url":"/api/v1/programs/$PROGRAM"},
 "response":{"status":200,"headers":{"Content-Type":"application/json"},
  "jsonBody":{"id":"$PROGRAM","code":"BENCH","hubs":[{"hubId":"$HUB","hubCode":"SG","status":"ACTIVE"}]}}}
JSON
java -Xmx256m -jar "$WIREMOCK" --port 18090 --root-dir "$WORK/wm" --no-request-journal \
  >"$OUT/wiremock.log" 2>&1 &
PIDS+=($!)

$PG -d postgres -c "create database $DB"
KINDLING_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" KINDLING_DB_USER=postgres \
KINDLING_JWT_ISSUER=https://kindling.dev/bench KINDLING_JWT_PUBLIC_KEY="file:$WORK/public.pem" \
KINDLING_HUB_URL=http://127.0.0.1:18090 KINDLING_STARTUP_URL=http://127.0.0.1:18090 \
KINDLING_FUNDING_PORT=18083 KINDLING_LOG_JSON=false QUARKUS_LOG_LEVEL=WARN \
  java -Xmx512m -jar "$JAR" >"$OUT/service.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do
  curl -sf http://127.0.0.1:18083/q/health/ready >/dev/null 2>&1 && break
  sleep 1
done
curl -sf http://127.0.0.1:18083/q/health/ready >/dev/null
TARGET=http://127.0.0.1:18083
if [[ $VIA == gateway ]]; then
  KINDLING_JWT_ISSUER=https://kindling.dev/bench KINDLING_JWT_PUBLIC_KEY="file:$WORK/public.pem" \
  KINDLING_FUNDING_URL=http://127.0.0.1:18083 KINDLING_HUB_URL=http://127.0.0.1:18090 KINDLING_STARTUP_URL=http://127.0.0.1:18090 \
  KINDLING_GATEWAY_PORT=18084 KINDLING_RATE_LIMIT_ENABLED=false KINDLING_LOG_JSON=false QUARKUS_LOG_LEVEL=WARN \
    java -Xmx256m -jar "$GATEWAY_JAR" >"$OUT/gateway.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do curl -sf http://127.0.0.1:18084/q/health/ready >/dev/null 2>&1 && break; sleep 1; done
  TARGET=http://127.0.0.1:18084
fi

budget() {
  curl -sf -X POST http://127.0.0.1:18083/api/v1/budgets -H "Authorization: Bearer $BENCH_TOKEN" \
    -H 'Content-Type: application/json' \
    -d "{\"programId\":\"$PROGRAM\",\"name\":\"$1\",\"source\":\"bench\",\"kind\":\"CASH\",\"startsOn\":\"2024-01-01\",\"total\":{\"amount\":\"1000000000000\",\"currency\":\"USD\"}}" \
    | sed -E 's/.*"id":"([^"]+)".*/\1/' | head -c 36
}
allocations() { $PG -d "$DB" -c "select count(*) from funding.allocation where budget_id = '$1'"; }

SERVICE_BUDGET=$(budget "service hot budget")
SQL_BUDGET=$(budget "pgbench hot budget")
export BENCH_BUDGET=$SERVICE_BUDGET BENCH_HUB=$HUB
# One allocation by hand, so a misconfiguration shows before the load does.
curl -s -o "$OUT/smoke.txt" -w '%{http_code}\n' -X POST http://127.0.0.1:18083/api/v1/allocations \
  -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: smoke-1" \
  -d "{\"budgetId\":\"$SERVICE_BUDGET\",\"recipient\":{\"type\":\"HUB\",\"id\":\"$HUB\"},\"amount\":{\"amount\":\"1.00\",\"currency\":\"USD\"}}" \
  | grep -q 201 || { echo "Smoke allocation failed: $(cat "$OUT/smoke.txt")" >&2; exit 1; }
# Warm-up: JIT, pools, caches.
BENCH_RUN=warmup wrk -t2 -c8 -d${BENCH_WARMUP:-40}s -s alloc.lua $TARGET/api/v1/allocations >/dev/null
pgbench -h 127.0.0.1 -U postgres -n -M prepared -f alloc.sql -c 8 -j 2 -T 5 -D budget="$SQL_BUDGET" -D hub="$HUB" "$DB" >/dev/null 2>&1

declare -A SVC SQL P99 LAG
for c in $CLIENTS; do
  before=$(allocations "$SERVICE_BUDGET")
  python3 feed-lag.py http://127.0.0.1:18083 "$BENCH_TOKEN" "$DURATION" >"$OUT/feed-$c.json" &
  FEED=$!
  BENCH_RUN="c$c-$(date +%s%N)" wrk -t2 -c"$c" -d"${DURATION}s" --latency -s alloc.lua $TARGET/api/v1/allocations >"$OUT/wrk-$c.txt"
  after=$(allocations "$SERVICE_BUDGET")
  wait $FEED
  LAG[$c]=$(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print("%s/s, %s / %s / %s ms" % (r["per_second"], r["p50"], r["p95"], r["max"]))' "$OUT/feed-$c.json")
  SVC[$c]=$(echo "scale=1; ($after - $before) / $DURATION" | bc)
  P99[$c]=$(awk '/ 99%/ {print $2}' "$OUT/wrk-$c.txt")
  before=$(allocations "$SQL_BUDGET")
  pgbench -h 127.0.0.1 -U postgres -n -M prepared -f alloc.sql -c "$c" -j 2 -T "$DURATION" -D budget="$SQL_BUDGET" -D hub="$HUB" "$DB" \
    >"$OUT/pgbench-$c.txt" 2>&1
  after=$(allocations "$SQL_BUDGET")
  SQL[$c]=$(echo "scale=1; ($after - $before) / $DURATION" | bc)
  echo "clients=$c service=${SVC[$c]}/s sql=${SQL[$c]}/s"
done

consistent=$(curl -sf http://127.0.0.1:18083/api/v1/budgets/$SERVICE_BUDGET/reconciliation \
  -H "Authorization: Bearer $BENCH_TOKEN" \
  | python3 -c 'import json, sys; r = json.load(sys.stdin); print("consistent=%s over %d allocations" % (r["consistent"], r["allocationsChecked"]))')
errors=$(cat "$OUT"/wrk-*.txt | awk '/Non-2xx/ {s += $5} END {print s + 0}')
{
  echo "| clients | service allocations/s | same SQL via pgbench tx/s | ratio | service p99 latency | change feed: events read, lag commit→read p50 / p95 / max |"
  echo "|---:|---:|---:|---:|---:|---:|"
  for c in $CLIENTS; do
    ratio=$(echo "scale=2; ${SVC[$c]} / ${SQL[$c]}" | bc)
    echo "| $c | ${SVC[$c]} | ${SQL[$c]} | $ratio | ${P99[$c]} | ${LAG[$c]} |"
  done
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ), via $VIA, ${DURATION}s per point, $(nproc) cores, load average before/after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Non-2xx answers from the service during the run: $errors. Reconciliation of the hot budget afterwards: $consistent."
} >"$OUT/table.md"
cat "$OUT/table.md"
