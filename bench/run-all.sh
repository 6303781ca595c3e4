#!/usr/bin/env bash
# Every benchmark of issue 16 in one go, in the order the results table uses, each script's table
# collected into $OUT/all.md (default /tmp/kindling-bench/all.md). Loads the million-row database
# first when it is empty (bench/data/load.sh) and proves it consistent (bench/data/check.sh).
#
#   ./mvnw -B -q package -DskipTests && bench/run-all.sh
#   ONLY="reads gateway" bench/run-all.sh      # a subset: data gateway reads funding startup replicas
#
# 42 min on the quiet 2-CPU machine (about an hour when it is shared). Results are ratios to anchors
# measured in the same run (nginx, raw SQL through pgbench, one replica), so other load on the machine
# moves them less than absolutes.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"
OUT=${OUT:-/tmp/kindling-bench}
ONLY=${ONLY:-data gateway reads funding startup replicas}
mkdir -p "$OUT"
: > "$OUT/all.md"
section() { # title dir
    { echo "## $1"; echo; cat "$2/table.md"; echo; } >> "$OUT/all.md"
}
for part in $ONLY; do
    echo "== $part ($(date -u +%H:%MZ), load average $(cut -d' ' -f1 /proc/loadavg))"
    case $part in
        data)
            if [[ -z "$(bench_psql -d "$BENCH_DB" -c "select 1 from startup.startup limit 1" 2>/dev/null)" ]]; then
                "$HERE/data/load.sh"
            fi
            "$HERE/data/check.sh" | tee "$OUT/check.txt"
            ;;
        gateway) BENCH_DIR=$OUT/gateway "$HERE/gateway/run.sh"; section "Gateway vs nginx" "$OUT/gateway" ;;
        reads) BENCH_DIR=$OUT/reads "$HERE/reads/run.sh"; section "Reads through the gateway vs raw SQL" "$OUT/reads" ;;
        funding)
            "$HERE/funding/run.sh"
            { echo "## Allocation storm on one hot budget vs pgbench"; echo; cat "$HERE/funding/out/table.md"; echo; } >> "$OUT/all.md"
            ;;
        startup) BENCH_DIR=$OUT/startup "$HERE/startup/run.sh"; section "Start time and memory" "$OUT/startup" ;;
        replicas) BENCH_DIR=$OUT/replicas "$HERE/replicas/run.sh"; section "hub-service at 1 and 2 replicas" "$OUT/replicas" ;;
        *) bench_die "unknown part $part" ;;
    esac
done
echo "All tables: $OUT/all.md"
