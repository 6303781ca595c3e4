#!/usr/bin/env bash
# Gateway vs nginx as reverse proxies of the same upstream, in one run: a static upstream (nginx serving
# hub-service-shaped JSON, isolating the proxies' own cost) and the real hub-service on the bench
# database (bench/data/load.sh). For each: GET one hub and a page of 50, direct, through the gateway and
# through nginx, with wrk at fixed connections after a warm-up. Proxies and upstreams share CPU 0, wrk
# runs on CPU 1. Prints a table of ratios and writes raw output to $BENCH_DIR.
#
#   bench/gateway/run.sh                       # WARMUP=40s, ROUNDS=3 of DURATION=10s, CONNECTIONS=32, UPSTREAMS="static hub"
#   BASELINE=/path/quarkus-app bench/gateway/run.sh   # also another build of the gateway, e.g. before a change
#   PROFILE=1 bench/gateway/run.sh             # also an async-profiler CPU profile of the gateway (start to stop)
#
# Needs wrk, nginx, openssl, python3, a build (./mvnw -B -q package -DskipTests) and, for the real
# upstream, the loaded bench database. PROFILE needs ~/.m2/…/tools/profiler/async-profiler/4.1 (fetch it
# with ./mvnw dependency:get -Dartifact=tools.profiler:async-profiler:4.1).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${BENCH_DIR:-/tmp/kindling-gateway-bench}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-40s}
SERVER_CPU=${SERVER_CPU:-0}
WRK_CPU=${WRK_CPU:-1}
UPSTREAMS=${UPSTREAMS:-static hub}
PROFILER_JAR=$HOME/.m2/repository/tools/profiler/async-profiler/4.1/async-profiler-4.1.jar

rm -rf "$DIR" && mkdir -p "$DIR/data" "$DIR/tmp"
trap 'bench_stop_all; [[ -f $DIR/proxy.pid ]] && kill $(cat $DIR/proxy.pid) 2>/dev/null; [[ -f $DIR/upstream.pid ]] && kill $(cat $DIR/upstream.pid) 2>/dev/null; true' EXIT
bench_keys "$DIR/keys"
TOKEN=$(bench_token viewer)
HUB=$(bench_psql -d "$BENCH_DB" -c "select id from hub.hub order by id offset 500 limit 1" 2>/dev/null || true)
[[ -n "$HUB" ]] || bench_die "no hubs in $BENCH_DB: run bench/data/load.sh first"
ONE=/api/v1/hubs/$HUB
LIST="/api/v1/hubs?limit=50"
if [[ -n "${PROFILE:-}" ]]; then
    [[ -f "$PROFILER_JAR" ]] || bench_die "no $PROFILER_JAR"
    (cd "$DIR" && unzip -q -o "$PROFILER_JAR" 'linux-x64/*')
fi

# Static answers shaped as hub-service's: one hub and a page of 50.
curl_hub_json() { # the real hub-service's answer for the same hub, when it runs; a fixed one otherwise
    printf '{"id":"%s","code":"BH0501","name":"Bench hub 501","kind":"STARTUP_HUB","country":"FR","city":"City 501","region":"EUROPE","status":"ACTIVE","openedOn":"2019-05-17","closedOn":null,"supersedesId":null,"archived":false,"version":0}' "$1"
}
curl_hub_json "$HUB" > "$DIR/data/hub.json"
{ printf '{"items":['; for i in $(seq 1 50); do [[ $i -gt 1 ]] && printf ','; curl_hub_json "$HUB"; done
  printf '],"nextCursor":"AZQfKXwBcQGAAAAAAAAAMg"}'; } > "$DIR/data/hubs-page.json"

STATIC=$(bench_free_port) HUBPORT=$(bench_free_port) NGINX_STATIC=$(bench_free_port) NGINX_HUB=$(bench_free_port)
GATEWAY=$(bench_free_port) BASELINE_PORT=$(bench_free_port)
for conf in upstream nginx-proxy; do
    sed -e "s#__DIR__#$DIR#g" -e "s#__STATIC__#$STATIC#g" -e "s#__HUBPORT__#$HUBPORT#g" -e "s#__HUB__#$HUB#g" \
        -e "s#__NGINX_STATIC__#$NGINX_STATIC#g" -e "s#__NGINX_HUB__#$NGINX_HUB#g" "$HERE/$conf.conf" > "$DIR/$conf.conf"
done
taskset -c "$SERVER_CPU" nginx -p "$DIR" -c "$DIR/upstream.conf"
taskset -c "$SERVER_CPU" nginx -p "$DIR" -c "$DIR/nginx-proxy.conf"
export BENCH_CPUS=$SERVER_CPU
if [[ " $UPSTREAMS " == *" hub "* ]]; then
    bench_start hub-service "$HUBPORT" "$DIR/hub-service.log" QUARKUS_LOG_LEVEL=WARN
    bench_wait_ready "$HUBPORT" "$BENCH_LAST_PID"
fi

ms() { # wrk latency (850.00us, 1.73ms, 1.02s) in ms
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'
}
warm() { # port path duration
    taskset -c "$WRK_CPU" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$1$2" > /dev/null
}
slice() { # name port path: one measured slice, appended to the name's samples
    local out
    out=$(taskset -c "$WRK_CPU" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$2$3")
    echo "$out" >> "$DIR/wrk-$1.txt"
    RPS[$1]+="$(echo "$out" | awk '/Requests\/sec/ {print $2}') "
    P50[$1]+="$(ms "$(echo "$out" | awk '$1 == "50%" {print $2}')") "
    P99[$1]+="$(ms "$(echo "$out" | awk '$1 == "99%" {print $2}')") "
    BAD[$1]=$(( ${BAD[$1]:-0} + $(echo "$out" | awk '/Non-2xx/ {print $5}' | grep . || echo 0) ))
}
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A RPS P50 P99 BAD
for upstream in $UPSTREAMS; do
    if [[ $upstream == static ]]; then up=$STATIC nginx=$NGINX_STATIC; else up=$HUBPORT nginx=$NGINX_HUB; fi
    # The profiler runs from the gateway's start to its stop (warm-up included; the summary sets the JIT
    # compiler's share apart) and writes when the gateway stops.
    profiling=${PROFILE:+-agentpath:$DIR/linux-x64/libasyncProfiler.so=start,event=cpu,interval=1ms,collapsed,file=$DIR/profile-$upstream.collapsed}
    gateway_env=(KINDLING_HUB_URL="http://127.0.0.1:$up" KINDLING_RATE_LIMIT_CAPACITY=1000000000
        KINDLING_RATE_LIMIT_REFILL=1000000000 QUARKUS_LOG_LEVEL=WARN)
    JAVA_OPTS="${JAVA_OPTS:-} ${profiling:-}" bench_start gateway "$GATEWAY" "$DIR/gateway-$upstream.log" "${gateway_env[@]}"
    GATEWAY_PID=$BENCH_LAST_PID
    bench_wait_ready "$GATEWAY" "$GATEWAY_PID"
    ports=("$up" "$nginx" "$GATEWAY")
    if [[ -n "${BASELINE:-}" ]]; then # another build of the gateway (its quarkus-app folder), measured alike
        BENCH_APP=$BASELINE bench_start gateway "$BASELINE_PORT" "$DIR/baseline-$upstream.log" "${gateway_env[@]}"
        BASELINE_PID=$BENCH_LAST_PID
        bench_wait_ready "$BASELINE_PORT" "$BASELINE_PID"
        ports+=("$BASELINE_PORT")
    fi
    for port in "${ports[@]}"; do
        curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port$ONE" || bench_die "port $port does not answer"
    done
    for target in "one $ONE" "list $LIST"; do
        set -- $target
        # Warm the JVMs (the JIT needs ~40 s of load on one shared core), then ROUNDS rounds that take
        # every target in turn, so that a change of load on the machine falls on all of them alike;
        # the table shows each target's median.
        [[ $upstream == hub ]] && warm "$up" "$2" "$WARMUP"
        warm "$GATEWAY" "$2" "$WARMUP"
        [[ -n "${BASELINE:-}" ]] && warm "$BASELINE_PORT" "$2" "$WARMUP"
        for round in $(seq 1 "$ROUNDS"); do
            slice "$upstream-$1-direct" "$up" "$2"
            slice "$upstream-$1-gateway" "$GATEWAY" "$2"
            [[ -n "${BASELINE:-}" ]] && slice "$upstream-$1-baseline" "$BASELINE_PORT" "$2"
            slice "$upstream-$1-nginx" "$nginx" "$2"
        done
        for k in direct gateway baseline nginx; do
            n=$upstream-$1-$k
            [[ -n "${RPS[$n]:-}" ]] || continue
            echo "$n: req/s ${RPS[$n]}; p50 ${P50[$n]}ms" >&2
            RPS[$n]=$(median "${RPS[$n]}") P50[$n]=$(median "${P50[$n]}") P99[$n]=$(median "${P99[$n]}")
        done
    done
    bench_stop "$GATEWAY_PID"
    [[ -n "${BASELINE:-}" ]] && bench_stop "$BASELINE_PID"
done

{
    echo "| upstream | GET | direct req/s | gateway req/s | nginx req/s | **gateway/nginx** | baseline/nginx | p50 direct / gateway / nginx (ms) | added p50 gateway ÷ nginx | p99 gateway / nginx (ms) | non-2xx |"
    echo "|---|---|---:|---:|---:|---:|---:|---|---:|---|---:|"
    for upstream in $UPSTREAMS; do
        for what in one list; do
            k=$upstream-$what
            ratio=$(echo "scale=2; ${RPS[$k-gateway]} / ${RPS[$k-nginx]}" | bc)
            baseline=-
            [[ -n "${RPS[$k-baseline]:-}" ]] && baseline=$(echo "scale=2; ${RPS[$k-baseline]} / ${RPS[$k-nginx]}" | bc)
            added=$(awk -v d="${P50[$k-direct]}" -v g="${P50[$k-gateway]}" -v n="${P50[$k-nginx]}" \
                'BEGIN { a = n - d; if (a <= 0.05) print "n/a"; else printf "%.1f", (g - d) / a }')
            echo "| $upstream | $what | ${RPS[$k-direct]} | ${RPS[$k-gateway]} | ${RPS[$k-nginx]} | **$ratio** | $baseline | ${P50[$k-direct]} / ${P50[$k-gateway]} / ${P50[$k-nginx]} | $added | ${P99[$k-gateway]} / ${P99[$k-nginx]} | $(( ${BAD[$k-gateway]:-0} + ${BAD[$k-nginx]:-0} + ${BAD[$k-baseline]:-0} )) |"
        done
    done
    echo
    echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, wrk -t$THREADS -c$CONNECTIONS, warm-up $WARMUP, then medians of $ROUNDS rounds of $DURATION per target taken in turn; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$DIR/table.md"
if [[ -n "${PROFILE:-}" ]]; then
    for f in "$DIR"/profile-*.collapsed; do echo "## $(basename "$f")"; python3 "$HERE/collapsed-summary.py" "$f"; done | tee "$DIR/profile-summary.txt"
fi
