#!/usr/bin/env python3
"""Follows funding-service's change feed while the allocation storm runs and reports how long each
allocation.created event took from its commit (occurredAt) to being read by a consumer polling every
50 ms: the commit, the publisher it wakes (or its 1 s schedule, for a wake-up it missed), the poll and the work.

usage: feed-lag.py BASE_URL TOKEN SECONDS  -> prints one JSON line (count, per_second, p50, p95, max in ms)
"""
import datetime
import json
import sys
import time
import urllib.request

base, token, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])


def page(after):
    url = base + "/api/v1/events?limit=500&types=allocation.created" + ("" if after is None else "&after=%d" % after)
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.load(answer)


after = None
while True:  # skip what happened before this point
    read = page(after)
    after = read["next"]
    if not read["events"]:
        break

lags = []
started = time.time()
while time.time() < started + seconds + 3:  # and 3 s for the last ones to be published
    read = page(after)
    seen = time.time()
    after = read["next"]
    for event in read["events"]:
        occurred = datetime.datetime.fromisoformat(event["occurredAt"].replace("Z", "+00:00")).timestamp()
        lags.append((seen - occurred) * 1000)
    if not read["events"]:
        time.sleep(0.05)

lags.sort()
pick = lambda q: round(lags[min(len(lags) - 1, int(q * len(lags)))]) if lags else None
print(json.dumps({"count": len(lags), "per_second": round(len(lags) / seconds, 1),
                  "p50": pick(0.5), "p95": pick(0.95), "max": round(lags[-1]) if lags else None}))
