#!/usr/bin/env python3
"""A long mixed run through the gateway, hunting intermittent 502s (issue 17): a few clients on
kept-alive connections, each looping over reads, creates with an Idempotency-Key and feed reads, with
random pauses (up to 0.2 s, and one time in a hundred 10-40 s, so pooled connections go idle as
real clients' do).
Every answer is counted by status; any 5xx is printed with its body.

usage: mixed.py GATEWAY_URL TOKEN MINUTES [CLIENTS]     (./kindling run first; a manager token)
"""
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse
import uuid

base, token, minutes = sys.argv[1], sys.argv[2], float(sys.argv[3])
clients = int(sys.argv[4]) if len(sys.argv) > 4 else 4
url = urllib.parse.urlparse(base)
counts, fives, lock = {}, [], threading.Lock()
deadline = time.time() + minutes * 60


def request(conn, method, path, body=None):
    headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
    if body is not None:
        headers["Content-Type"] = "application/json"
        headers["Idempotency-Key"] = str(uuid.uuid4())
    conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    answer = conn.getresponse()
    text = answer.read().decode("utf-8", "replace")
    with lock:
        counts[answer.status] = counts.get(answer.status, 0) + 1
        if answer.status >= 500:
            fives.append("%s %s -> %d %s" % (method, path, answer.status, text[:300]))


def client(n):
    rnd = random.Random(n)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    while time.time() < deadline:
        try:
            step = rnd.randrange(5)
            if step == 0:
                request(conn, "GET", "/api/v1/hubs?limit=20")
            elif step == 1:
                request(conn, "GET", "/api/v1/startups?limit=20")
            elif step == 2:
                request(conn, "POST", "/api/v1/startups", {"name": "Mixed %s (illustrative)" % uuid.uuid4(),
                                                           "country": "SG", "sector": "ROBOTICS"})
            elif step == 3:
                request(conn, "GET", "/api/v1/events?limit=50")
            else:
                request(conn, "GET", "/api/v1/budgets?limit=20")
        except (http.client.HTTPException, OSError) as e:  # the client's own connection broke: count, reconnect
            with lock:
                counts["client-error " + type(e).__name__] = counts.get("client-error " + type(e).__name__, 0) + 1
            conn.close()
            conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        pause = rnd.uniform(10, 40) if rnd.random() < 0.01 else rnd.uniform(0, 0.2)
        time.sleep(min(pause, max(0.0, deadline - time.time())))


threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(v for k, v in counts.items())
print(json.dumps({"minutes": minutes, "clients": clients, "requests": total,
                  "by_status": {str(k): v for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))},
                  "5xx": len(fives)}))
for line in fives:
    print(line)
