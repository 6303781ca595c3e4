#!/usr/bin/env bash
# Gateway benchmark: GET one resource and a list page, direct to the upstream, through the gateway and
# through nginx, with wrk at fixed connections. Upstream and proxy share CPU 0, wrk runs on CPU 1.
# Needs: wrk, nginx, openssl (Debian packages) and a built gateway (./mvnw -B -o -q verify -pl gateway).
# Ports 18181 (upstream), 18182 (nginx proxy), 18183 (gateway).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIR=${BENCH_DIR:-/tmp/kindling-gateway-bench}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
SERVER_CPU=${SERVER_CPU:-0}
WRK_CPU=${WRK_CPU:-1}
ISSUER=https://kindling.dev/bench
ONE=/api/v1/hubs/00000000-0000-7000-8000-000000000101
LIST="/api/v1/hubs?limit=50"

rm -rf "$DIR" && mkdir -p "$DIR/data" "$DIR/tmp"
cp -r "$ROOT/gateway/target/quarkus-app" "$DIR/gateway-app"

# Upstream answers: one hub (as hub-service shapes it) and a page of 50
hub() {
  printf '{"id":"00000000-0000-7000-8000-%012d","code":"H%d","name":"Hub %d (illustrative)","kind":"STARTUP_HUB","country":"SG","city":"Singapore","region":"Asia Pacific","status":"ACTIVE","openedOn":"2021-06-01","closedOn":null,"supersedesId":null,"archived":false,"version":1}' "$1" "$1" "$1"
}
hub 101 > "$DIR/data/hub.json"
{ printf '{"items":['; for i in $(seq 101 150); do [ "$i" -gt 101 ] && printf ','; hub "$i"; done; printf '],"nextCursor":"MDAwMDAwMDAtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMTUw"}'; } > "$DIR/data/hubs-page.json"

# A key pair and an RS256 token, as ./kindling token makes them
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DIR/private.pem" 2>/dev/null
openssl pkey -in "$DIR/private.pem" -pubout -out "$DIR/public.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
NOW=$(date +%s)
HEADER=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
CLAIMS=$(printf '{"iss":"%s","sub":"bench","upn":"bench","groups":["viewer"],"hubs":[],"iat":%d,"exp":%d,"jti":"bench-1"}' \
  "$ISSUER" "$NOW" $((NOW + 7200)) | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$CLAIMS" | openssl dgst -sha256 -sign "$DIR/private.pem" | b64url)
TOKEN="$HEADER.$CLAIMS.$SIGNATURE"

for conf in upstream nginx-proxy; do sed "s#__DIR__#$DIR#g" "$ROOT/bench/gateway/$conf.conf" > "$DIR/$conf.conf"; done
cleanup() {
  [ -f "$DIR/gateway.pid" ] && kill "$(cat "$DIR/gateway.pid")" 2>/dev/null || true
  [ -f "$DIR/proxy.pid" ] && kill "$(cat "$DIR/proxy.pid")" 2>/dev/null || true
  [ -f "$DIR/upstream.pid" ] && kill "$(cat "$DIR/upstream.pid")" 2>/dev/null || true
}
trap cleanup EXIT
taskset -c "$SERVER_CPU" nginx -p "$DIR" -c "$DIR/upstream.conf"
taskset -c "$SERVER_CPU" nginx -p "$DIR" -c "$DIR/nginx-proxy.conf"
KINDLING_GATEWAY_PORT=18183 KINDLING_HUB_URL=http://127.0.0.1:18181 \
  KINDLING_JWT_ISSUER=$ISSUER KINDLING_JWT_PUBLIC_KEY="file:$DIR/public.pem" \
  KINDLING_RATE_LIMIT_CAPACITY=1000000000 KINDLING_RATE_LIMIT_REFILL=1000000000 KINDLING_LOG_JSON=false \
  taskset -c "$SERVER_CPU" java -jar "$DIR/gateway-app/quarkus-run.jar" > "$DIR/gateway.log" 2>&1 &
echo $! > "$DIR/gateway.pid"
for _ in $(seq 1 60); do curl -fs http://127.0.0.1:18183/q/health/ready > /dev/null && break; sleep 0.5; done
for port in 18181 18182 18183; do
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port$ONE" || { echo "port $port does not answer"; exit 1; }
done

measure() { # name port path
  local out
  taskset -c "$WRK_CPU" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$2$3" > /dev/null
  out=$(taskset -c "$WRK_CPU" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$2$3")
  echo "$out" > "$DIR/wrk-$1.txt"
  printf '%s %s %s %s %s\n' "$1" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "50%" {print $2}')" \
    "$(echo "$out" | awk '$1 == "99%" {print $2}')" \
    "$(echo "$out" | grep -c 'Non-2xx' || true)"
}
echo "name req/s p50 p99 non2xx-lines"
for target in "one $ONE" "list $LIST"; do
  set -- $target
  measure "$1-direct" 18181 "$2"
  measure "$1-gateway" 18183 "$2"
  measure "$1-nginx" 18182 "$2"
done
