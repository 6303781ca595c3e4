#!/usr/bin/env bash
# The tests guard what they claim: plants known bugs one at a time in a scratch clone of the committed
# tree and runs the tests that should catch each; every planted bug must make them fail (exit 1 if one
# survives). Each mutation is an exact text replacement, so a refactor that moves the code makes the
# script say "no longer applies" rather than pass quietly.
#
#   bench/faults/planted.sh            # about 12 minutes on the 2-CPU machine; table on stdout
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/kindling-planted}
rm -rf "$WORK"
git clone -q "$ROOT" "$WORK"

# name | file | text to find | replacement | module | tests
MUTATIONS=(
    "overspend guard removed from the budget|funding-service/src/main/java/dev/kindling/funding/service/Ledger.java|where id = ?2 and committed + ?1 <= total\"|where id = ?2\"|funding-service|ConcurrencyTest"
    "duplicate JSON keys accepted|common-web/src/main/java/dev/kindling/common/json/StrictJson.java|mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);|mapper.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);|startup-service|StrictInputTest"
    "a cohort's seats not checked|startup-service/src/main/java/dev/kindling/startup/service/Seats.java| and seats_taken < capacity\"|\"|startup-service|RankingDecisionApiTest,ConcurrencyTest"
    "reviewers see every application of their hubs|startup-service/src/main/java/dev/kindling/startup/service/ApplicationService.java|visibility.restrictToAssigned(query);||startup-service|ReviewApiTest"
)

survived=0
echo "| planted bug | tests run | caught |"
echo "|---|---|---|"
for mutation in "${MUTATIONS[@]}"; do
    IFS='|' read -r name file find replace module tests <<<"$mutation"
    git -C "$WORK" checkout -q -- .
    if ! python3 - "$WORK/$file" "$find" "$replace" <<'PY'
import sys
path, find, replace = sys.argv[1:4]
text = open(path).read()
if text.count(find) != 1:
    sys.exit(1)
open(path, "w").write(text.replace(find, replace))
PY
    then
        echo "| $name | — | **no longer applies** (the text is not in $file once) |"
        survived=1
        continue
    fi
    if (cd "$WORK" && ./mvnw -B -q verify -pl "$module" -am -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
        -Dspotless.check.skip=true >"$WORK/${module}-$(echo "$name" | tr ' ' '-').log" 2>&1); then
        echo "| $name | $module: $tests | **no: the tests passed** |"
        survived=1
    else
        failed=$(grep -ho 'Tests run: [0-9]*, Failures: [0-9]*, Errors: [0-9]*' "$WORK"/"${module}"-"$(echo "$name" | tr ' ' '-')".log | tail -1)
        echo "| $name | $module: $tests | yes ($failed) |"
    fi
done
git -C "$WORK" checkout -q -- .
exit $survived
