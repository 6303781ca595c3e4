#!/usr/bin/env bash
# Shared helpers of the bench scripts (sourced, not run): PostgreSQL access, free ports, a throwaway
# RS256 key pair and tokens, starting and stopping the packaged services. Everything a script starts
# is recorded in BENCH_PIDS and stopped by bench_stop_all (the scripts trap EXIT to it).
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_HOST=${KINDLING_PG_HOST:-127.0.0.1}
PG_PORT=${KINDLING_PG_PORT:-5432}
PG_USER=${KINDLING_PG_USER:-postgres}
export PGPASSWORD=${KINDLING_PG_PASSWORD:-}
BENCH_DB=${KINDLING_PG_DATABASE:-kindling_bench}
BENCH_ISSUER=https://kindling.dev/bench
BENCH_PIDS=()

bench_psql() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -qAt "$@"; }
bench_die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

bench_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# A key pair in $1 (made once) that the services started here trust.
bench_keys() {
    BENCH_KEYS=$1
    mkdir -p "$BENCH_KEYS"
    if [[ ! -f "$BENCH_KEYS/private.pem" ]]; then
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$BENCH_KEYS/private.pem" 2>/dev/null
        openssl pkey -in "$BENCH_KEYS/private.pem" -pubout -out "$BENCH_KEYS/public.pem"
    fi
}

# bench_token ROLE [HUBS_JSON [SUBJECT]]: an RS256 token valid for two hours.
bench_token() {
    local role=$1 hubs=${2:-} subject=${3:-bench-$1} now header payload signature
    b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
    payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"hubs":[%s],"iat":%d,"exp":%d,"jti":"%s"}' \
        "$BENCH_ISSUER" "$subject" "$subject" "$role" "$hubs" "$now" $((now + 7200)) "$(openssl rand -hex 8)" | b64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$BENCH_KEYS/private.pem" | b64url)
    printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

bench_jar() { # BENCH_APP names another quarkus-app folder to run instead of the module's own
    local jar="${BENCH_APP:-$BENCH_ROOT/$1/target/quarkus-app}/quarkus-run.jar"
    [[ -f "$jar" ]] || bench_die "no $jar: build first (./mvnw -B -q package -DskipTests)"
    printf '%s\n' "$jar"
}

# bench_start NAME PORT LOG [VAR=VALUE…]: starts a packaged service (hub-service, …, gateway) against
# $BENCH_DB with the bench key; JAVA_OPTS and BENCH_CPUS (a taskset list) apply when set.
bench_start() {
    local name=$1 port=$2 log=$3 jar
    shift 3
    jar=$(bench_jar "$name")
    local portvar
    case $name in
        hub-service) portvar=KINDLING_HUB_PORT ;;
        startup-service) portvar=KINDLING_STARTUP_PORT ;;
        funding-service) portvar=KINDLING_FUNDING_PORT ;;
        gateway) portvar=KINDLING_GATEWAY_PORT ;;
    esac
    local pin=()
    [[ -n "${BENCH_CPUS:-}" ]] && pin=(taskset -c "$BENCH_CPUS")
    env KINDLING_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$BENCH_DB" KINDLING_DB_USER="$PG_USER" \
        KINDLING_DB_PASSWORD="$PGPASSWORD" KINDLING_JWT_ISSUER="$BENCH_ISSUER" \
        KINDLING_JWT_PUBLIC_KEY="file:$BENCH_KEYS/public.pem" KINDLING_LOG_JSON=false KINDLING_DEMO=false \
        "$portvar=$port" "$@" \
        "${pin[@]}" java ${JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
    BENCH_PIDS+=($!)
    BENCH_LAST_PID=$!
}

# bench_wait_ready PORT PID [SECONDS]
bench_wait_ready() {
    local port=$1 pid=$2 deadline=$((SECONDS + ${3:-180}))
    until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || bench_die "the service on port $port stopped while starting"
        ((SECONDS < deadline)) || bench_die "the service on port $port was not ready in time"
        sleep 0.2
    done
}

bench_stop() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

bench_stop_all() {
    local pid
    for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    BENCH_PIDS=()
}

# RSS of a process in MB.
bench_rss_mb() { awk '/VmRSS/ {printf "%d\n", $2 / 1024}' "/proc/$1/status"; }
