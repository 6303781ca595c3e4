#!/usr/bin/env bash
# The PostgreSQL restart of issue 17 as CI runs it: a throwaway PostgreSQL cluster on port 5433 (Debian's
# pg_createcluster, trust auth on loopback), the suite on it (./kindling run, on ports 19180-19183, built
# already by the tests), then bench/faults/pg_restart.py: 8 clients allocate through the gateway, each key
# retried until 201, while the cluster is restarted (pg_ctlcluster … restart -m fast). Fails unless every
# key made exactly one allocation, the budget's committed amount is exact, reconciliation is consistent,
# and no answer was a 500 or a bare error. The cluster is dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
CLUSTER=kindling-faults
PORT=${KINDLING_FAULTS_PG_PORT:-5433}
LOG=$(mktemp -d)/suite.log
SUITE=
cleanup() {
    if [[ -n "$SUITE" ]]; then kill -- -"$SUITE" 2>/dev/null || true; sleep 3; fi
    pg_dropcluster --stop "$VERSION" "$CLUSTER" 2>/dev/null || true
}
trap cleanup EXIT
pg_dropcluster --stop "$VERSION" "$CLUSTER" 2>/dev/null || true
pg_createcluster -p "$PORT" "$VERSION" "$CLUSTER" >/dev/null
HBA="/etc/postgresql/$VERSION/$CLUSTER/pg_hba.conf"
printf 'local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n' >"$HBA"
pg_ctlcluster "$VERSION" "$CLUSTER" start
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$PORT" && break; sleep 1; done

KINDLING_PG_PORT=$PORT KINDLING_PG_DATABASE=kindling_faults KINDLING_GATEWAY_PORT=19180 KINDLING_HUB_PORT=19181 \
KINDLING_STARTUP_PORT=19182 KINDLING_FUNDING_PORT=19183 KINDLING_JVM_CACHE=off \
    setsid ./kindling run >"$LOG" 2>&1 &
SUITE=$!
for _ in $(seq 1 300); do
    grep -q "Ctrl-C stops" "$LOG" && break
    kill -0 "$SUITE" 2>/dev/null || { cat "$LOG"; echo "the suite did not start" >&2; exit 1; }
    sleep 1
done
grep -q "Ctrl-C stops" "$LOG" || { tail -20 "$LOG"; echo "the suite was not ready in 300 s" >&2; exit 1; }
TOKEN=$(./kindling token --role admin)
python3 bench/faults/pg_restart.py http://localhost:19180 "$TOKEN" \
    "pg_ctlcluster $VERSION $CLUSTER restart -m fast" "${KINDLING_FAULTS_CLIENTS:-8}" "${KINDLING_FAULTS_SECONDS:-45}"
