#!/usr/bin/env bash
# Start time and memory of the packaged services, for each JVM variant: each service alone (time from
# launch to /q/health/ready, RSS when idle) and the four together (ready times, idle RSS, RSS after a
# minute of load through the gateway). Variants (VARIANTS, default all that apply here):
#   jdk17        the default java, as ./kindling run starts it
#   jdk17-cds    the same with a dynamic AppCDS archive (-XX:ArchiveClassesAtExit once, then -XX:SharedArchiveFile)
#   jdk25        Temurin 25 (JDK25, default /usr/lib/jvm/temurin-25-jdk-amd64), same jars (Java 17 bytecode)
#   jdk25-aot    the same with the JDK's AOT cache (JEP 483/514: -XX:AOTCacheOutput once, then -XX:AOTCache)
# A training run (start until ready, then a clean stop) makes each archive/cache first. Uses the bench
# database ($KINDLING_PG_DATABASE, default kindling_bench; bench/data/load.sh) and a build
# (./mvnw -B -q package -DskipTests). Writes $BENCH_DIR/table.md. EXTRA_JAVA_OPTS go to every JVM, e.g.
# EXTRA_JAVA_OPTS=-XX:MaxRAM=512m sizes the heap as the JVM does inside k8s/base's 512 Mi container limit.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
DIR=${BENCH_DIR:-/tmp/kindling-startup-bench}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
VARIANTS=${VARIANTS:-jdk17 jdk17-cds jdk25 jdk25-aot}
LOAD_SECONDS=${LOAD_SECONDS:-60}
SERVICES=(hub-service startup-service funding-service gateway)
rm -rf "$DIR" && mkdir -p "$DIR"
trap bench_stop_all EXIT
bench_keys "$DIR/keys"
TOKEN=$(bench_token manager)
[[ -n "$(bench_psql -d "$BENCH_DB" -c "select 1 from hub.hub limit 1" 2>/dev/null)" ]] \
    || bench_die "no data in $BENCH_DB: run bench/data/load.sh first"
declare -A PORT
for svc in "${SERVICES[@]}"; do PORT[$svc]=$(bench_free_port); done
urls=(KINDLING_HUB_URL="http://127.0.0.1:${PORT[hub-service]}" KINDLING_STARTUP_URL="http://127.0.0.1:${PORT[startup-service]}"
      KINDLING_FUNDING_URL="http://127.0.0.1:${PORT[funding-service]}")
via_gateway=(KINDLING_HUB_URL="http://127.0.0.1:${PORT[gateway]}" KINDLING_STARTUP_URL="http://127.0.0.1:${PORT[gateway]}"
      KINDLING_FUNDING_URL="http://127.0.0.1:${PORT[gateway]}")

java_of() { case $1 in jdk25*) echo "$JDK25/bin/java" ;; *) command -v java ;; esac; }
opts_of() { # variant service: the JVM options that use its archive
    case $1 in
        jdk17-cds) echo "-XX:SharedArchiveFile=$DIR/$2.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" ;;
        jdk25-aot) echo "-XX:AOTCache=$DIR/$2.aot" ;;
        *) echo "" ;;
    esac
}
train_opts_of() {
    case $1 in
        jdk17-cds) echo "-XX:ArchiveClassesAtExit=$DIR/$2.jsa" ;;
        jdk25-aot) echo "-XX:AOTCacheOutput=$DIR/$2.aot" ;;
        *) echo "" ;;
    esac
}
launch() { # variant service opts…: starts it, sets PID and T0 (ms)
    local variant=$1 svc=$2 opts=$3 env=()
    [[ $svc == gateway ]] && env=("${urls[@]}") || env=("${via_gateway[@]}")
    T0[$svc]=$(date +%s%3N)
    PATH="$(dirname "$(java_of "$variant")"):$PATH" JAVA_OPTS="$opts ${EXTRA_JAVA_OPTS:-}" \
        bench_start "$svc" "${PORT[$svc]}" "$DIR/$variant-$svc.log" "${env[@]}" QUARKUS_LOG_LEVEL=INFO
    PID[$svc]=$BENCH_LAST_PID
}
ready_ms() { # service: waits for ready, prints ms since launch
    bench_wait_ready "${PORT[$1]}" "${PID[$1]}" 300
    echo $(( $(date +%s%3N) - T0[$1] ))
}
stop_all() { for svc in "${SERVICES[@]}"; do [[ -n "${PID[$svc]:-}" ]] && bench_stop "${PID[$svc]}"; PID[$svc]=; done; }
load() { # a minute of mixed reads and writes through the gateway
    local g="http://127.0.0.1:${PORT[gateway]}" hub startup program
    hub=$(bench_psql -d "$BENCH_DB" -c "select id from hub.hub order by id offset 10 limit 1")
    program=$(bench_psql -d "$BENCH_DB" -c "select id from hub.program order by id offset 10 limit 1")
    local loads=() # wait for these only: the services are children of this shell too
    wrk -t1 -c8 -d"${LOAD_SECONDS}s" -H "Authorization: Bearer $TOKEN" "$g/api/v1/hubs/$hub" > "$DIR/load-hub.txt" &
    loads+=($!)
    wrk -t1 -c8 -d"${LOAD_SECONDS}s" -H "Authorization: Bearer $TOKEN" "$g/api/v1/startups?country=FR&limit=50" > "$DIR/load-startups.txt" &
    loads+=($!)
    wrk -t1 -c4 -d"${LOAD_SECONDS}s" -H "Authorization: Bearer $TOKEN" "$g/api/v1/programs/$program/scoreboard" > "$DIR/load-scoreboard.txt" &
    loads+=($!)
    wait "${loads[@]}"
}

declare -A T0 PID RESULT
for variant in $VARIANTS; do
    [[ $variant == jdk25* && ! -x $JDK25/bin/java ]] && { echo "skip $variant: no $JDK25" >&2; continue; }
    if [[ -n "$(train_opts_of "$variant" x)" ]]; then
        for svc in "${SERVICES[@]}"; do
            launch "$variant" "$svc" "$(train_opts_of "$variant" "$svc")"
        done
        for svc in "${SERVICES[@]}"; do ready_ms "$svc" > /dev/null; done
        curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:${PORT[gateway]}/api/v1/hubs?limit=5" || true
        stop_all
    fi
    for svc in "${SERVICES[@]}"; do # alone
        launch "$variant" "$svc" "$(opts_of "$variant" "$svc")"
        RESULT[$variant,$svc,alone]=$(ready_ms "$svc")
        sleep 5
        RESULT[$variant,$svc,idle-alone]=$(bench_rss_mb "${PID[$svc]}")
        stop_all
    done
    for svc in "${SERVICES[@]}"; do launch "$variant" "$svc" "$(opts_of "$variant" "$svc")"; done
    for svc in "${SERVICES[@]}"; do RESULT[$variant,$svc,together]=$(ready_ms "$svc"); done
    sleep 10
    for svc in "${SERVICES[@]}"; do RESULT[$variant,$svc,idle]=$(bench_rss_mb "${PID[$svc]}"); done
    load
    for svc in "${SERVICES[@]}"; do RESULT[$variant,$svc,load]=$(bench_rss_mb "${PID[$svc]}"); done
    stop_all
    echo "$variant done" >&2
done

{
    echo "| JVM | service | ready alone (s) | ready, four together (s) | RSS idle alone (MB) | RSS idle, four (MB) | RSS after load (MB) |"
    echo "|---|---|---:|---:|---:|---:|---:|"
    for variant in $VARIANTS; do
        for svc in "${SERVICES[@]}"; do
            [[ -n "${RESULT[$variant,$svc,alone]:-}" ]] || continue
            printf '| %s | %s | %.1f | %.1f | %s | %s | %s |\n' "$variant" "$svc" \
                "$(echo "${RESULT[$variant,$svc,alone]} / 1000" | bc -l)" "$(echo "${RESULT[$variant,$svc,together]} / 1000" | bc -l)" \
                "${RESULT[$variant,$svc,idle-alone]}" "${RESULT[$variant,$svc,idle]}" "${RESULT[$variant,$svc,load]}"
        done
    done
    echo
    echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load $LOAD_SECONDS s through the gateway (hub by id, startup list, scoreboard); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$DIR/table.md"
