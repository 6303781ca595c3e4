#!/usr/bin/env bash
# Proves a loaded bench database consistent: bench/data/check.sql recomputes every kept figure from
# the rows it summarises (each check must find 0 violations), then funding-service itself reconciles
# every budget (GET /api/v1/budgets/{id}/reconciliation must say consistent for all of them).
# Exits non-zero on the first disagreement. Same database variables as load.sh.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'bench_stop_all; rm -rf "$WORK"' EXIT
failed=0

echo "check: recomputing kept figures in SQL"
while IFS='|' read -r name violations; do
    printf '  %-80s %s\n' "$name" "$violations"
    [[ "$violations" == 0 ]] || failed=1
done < <(bench_psql -d "$BENCH_DB" -f "$HERE/check.sql")

echo "check: funding-service reconciles every budget"
bench_keys "$WORK/keys"
port=$(bench_free_port)
bench_start funding-service "$port" "$WORK/funding.log"
bench_wait_ready "$port" "$BENCH_LAST_PID"
token=$(bench_token admin)
bench_psql -d "$BENCH_DB" -c "select id from funding.budget order by id" >"$WORK/budgets"
read -r checked inconsistent < <(python3 "$HERE/reconcile.py" "$port" "$token" "$WORK/budgets")
[[ $checked -gt 0 && $inconsistent == 0 ]] || failed=1

if [[ $failed == 0 ]]; then echo "check: consistent"; else echo "check: NOT consistent" >&2; exit 1; fi
