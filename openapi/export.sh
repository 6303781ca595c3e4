#!/usr/bin/env bash
# Re-exports the committed OpenAPI document from a running suite: the gateway's merged document
# (GET /q/openapi, every service's operations and the gateway's own) as YAML.
#   openapi/export.sh http://localhost:8080        writes openapi/kindling.yaml
#   openapi/export.sh http://localhost:8080 -      writes to standard output
# Starts nothing itself: run the suite first (./kindling run). Needs curl and python3 with PyYAML.
set -euo pipefail

GATEWAY="${1:?usage: openapi/export.sh GATEWAY_URL [OUTPUT|-]}"
OUT="${2:-$(dirname "$0")/kindling.yaml}"

json=$(curl -fsS -H 'Accept: application/json' "${GATEWAY%/}/q/openapi") || {
    echo "export.sh: no OpenAPI document at ${GATEWAY%/}/q/openapi (is the suite running?)" >&2
    exit 1
}
# The gateway merges what the services answer; a document missing one of them is not the suite's.
for part in hub startup funding gateway; do
    grep -q "merged by the gateway from:.*\b$part\b" <<<"$json" || {
        echo "export.sh: the document lacks the $part part (did every service start?); not written" >&2
        exit 1
    }
done
yaml=$(printf '%s' "$json" | python3 -c '
import json, sys, yaml
document = json.load(sys.stdin)
yaml.safe_dump(document, sys.stdout, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
') || { echo "export.sh: converting to YAML needs python3 with PyYAML (apt-get install python3-yaml)" >&2; exit 1; }

if [[ "$OUT" == - ]]; then
    printf '%s\n' "$yaml"
else
    printf '%s\n' "$yaml" >"$OUT"
    echo "export.sh: wrote $OUT ($(grep -c 'operationId:' "$OUT") operations)" >&2
fi
