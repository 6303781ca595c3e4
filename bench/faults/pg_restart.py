#!/usr/bin/env python3
"""PostgreSQL restarted during an allocation storm (issue 17): clients allocate from one budget through
the gateway, each allocation with its own Idempotency-Key and retried with that same key until it is
answered 201 (as a careful integration does); midway the database server is restarted with the given
command. Afterwards, by the API: every key made exactly one allocation (no double on retry), the
budget's committed amount is exactly the sum of them, and its reconciliation is consistent. Prints the
answers by status while the database was away (they must be problems, never a hang or a bare error).

usage: pg_restart.py GATEWAY_URL ADMIN_TOKEN "RESTART COMMAND" [CLIENTS] [SECONDS]
  (./kindling run first, against a PostgreSQL you may restart: see bench/RESULTS.md for how it was run)
"""
import http.client
import json
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

base, token, restart = sys.argv[1], sys.argv[2], sys.argv[3]
clients = int(sys.argv[4]) if len(sys.argv) > 4 else 8
seconds = float(sys.argv[5]) if len(sys.argv) > 5 else 60
url = urllib.parse.urlparse(base)
PROGRAM = "00000000-0000-7000-8000-000000000201"
HUB = "00000000-0000-7000-8000-000000000101"
AMOUNT = "100.00"
lock = threading.Lock()
statuses, made, bodies_5xx = {}, {}, []


def call(method, path, body=None, key=None, timeout=30):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    if key:
        headers["Idempotency-Key"] = key
    try:
        conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        answer = conn.getresponse()
        text = answer.read().decode("utf-8", "replace")
        return answer.status, answer.getheader("Content-Type", ""), text
    finally:
        conn.close()


status, _, text = call("POST", "/api/v1/budgets", {
    "programId": PROGRAM, "name": "Restart storm %s (illustrative)" % uuid.uuid4(), "source": "bench",
    "kind": "CASH", "startsOn": "2026-01-01", "total": {"amount": "100000000.00", "currency": "USD"}},
    key=str(uuid.uuid4()))
assert status == 201, (status, text)
budget = json.loads(text)["id"]
deadline = time.time() + seconds


def client(n):
    while time.time() < deadline:
        key = str(uuid.uuid4())
        while True:  # the same key until it is answered 201
            try:
                status, ctype, text = call("POST", "/api/v1/allocations", {
                    "budgetId": budget, "recipient": {"type": "HUB", "id": HUB},
                    "amount": {"amount": AMOUNT, "currency": "USD"}}, key=key)
            except (OSError, http.client.HTTPException) as e:
                status, ctype, text = "client-error " + type(e).__name__, "", ""
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if isinstance(status, int) and status >= 500 and "problem+json" not in ctype:
                    bodies_5xx.append("%d %s %s" % (status, ctype, text[:200]))
            if status == 201:
                with lock:
                    made.setdefault(key, set()).add(json.loads(text)["id"])
                break
            time.sleep(0.5)


threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
for t in threads:
    t.start()
time.sleep(seconds / 3)
started = time.time()
subprocess.run(restart, shell=True, check=True)
restarted_in = time.time() - started
for t in threads:
    t.join()

doubles = sum(1 for ids in made.values() if len(ids) != 1)
status, _, text = call("GET", "/api/v1/budgets/" + budget)
committed = json.loads(text)["committed"]["amount"]
expected = "%.2f" % (len(made) * float(AMOUNT))
status, _, text = call("GET", "/api/v1/budgets/%s/reconciliation" % budget)
consistent = json.loads(text)["consistent"]
listed, cursor = 0, None
while True:
    status, _, text = call("GET", "/api/v1/allocations?budgetId=%s&limit=200%s" % (
        budget, "" if cursor is None else "&cursor=" + cursor))
    page = json.loads(text)
    listed += len(page["items"])
    cursor = page.get("nextCursor")
    if not cursor:
        break
print(json.dumps({"clients": clients, "seconds": seconds, "restart_seconds": round(restarted_in, 1),
                  "answers": {str(k): v for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0]))},
                  "keys_allocated": len(made), "allocations_listed": listed, "doubles": doubles,
                  "committed": committed, "expected_committed": expected, "reconciliation_consistent": consistent,
                  "5xx_not_problem": len(bodies_5xx)}))
for line in bodies_5xx[:10]:
    print(line)
# a database away is a 503 (or the gateway's 502/504 while a service restarts its pool), never a 500
ok = (doubles == 0 and committed == expected and consistent and listed == len(made) and not bodies_5xx
      and statuses.get(500, 0) == 0)
sys.exit(0 if ok else 1)
