"""Asks funding-service to reconcile each budget: reconcile.py PORT TOKEN IDS_FILE; prints "checked inconsistent"."""
import json
import sys
import urllib.request

port, token, ids = sys.argv[1], sys.argv[2], open(sys.argv[3]).read().split()
checked = inconsistent = allocations = 0
for budget in ids:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/budgets/{budget}/reconciliation",
        headers={"Authorization": "Bearer " + token})
    answer = json.load(urllib.request.urlopen(request))
    checked += 1
    allocations += answer["allocationsChecked"]
    if not answer["consistent"]:
        inconsistent += 1
        if inconsistent <= 3:
            print("  budget", budget, json.dumps(answer)[:2000], file=sys.stderr)
print(f"  {checked} budgets reconciled over {allocations} allocations; inconsistent: {inconsistent}", file=sys.stderr)
print(checked, inconsistent)
