#!/usr/bin/env python3
"""Reads what run.sh left in OUT (received.txt, phases.txt, wrk-<clients>.txt) and prints one table row
per phase: allocations made (wrk's 2xx), events delivered, per second, and the lag from each event's
commit (occurredAt) to the receiver's 200: p50, p95, max; plus how long the queue took to drain after the
storm stopped, and whether every signature held. Events are counted by commit time, so allocations still
in flight when wrk stopped (committed, not counted by wrk) are delivered too."""
import os
import re
import subprocess
import sys

out = sys.argv[1]
received = [line.split() for line in open(out + "/received.txt")]
print("| clients | allocations/s (201) | allocations committed (database) | events delivered (distinct) | duplicates | delivered/s | lag p50 | lag p95 | lag max | drained after the storm | bad signatures |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for clients, start, end in (line.split() for line in open(out + "/phases.txt")):
    start, end = float(start), float(end)
    wrk = open("%s/wrk-%s.txt" % (out, clients)).read()
    requests = int(re.search(r"(\d+) requests in", wrk).group(1))
    non2xx = int(re.search(r"Non-2xx or 3xx responses: (\d+)", wrk).group(1)) if "Non-2xx" in wrk else 0
    made = requests - non2xx
    phase = [r for r in received if start <= float(r[1]) <= end]
    lags = sorted((float(r[0]) - float(r[1])) * 1000 for r in phase)
    pick = lambda q: "%d ms" % lags[min(len(lags) - 1, int(q * len(lags)))] if lags else "-"
    last = max(float(r[0]) for r in phase) if phase else end
    bad = sum(1 for r in phase if r[4] != "ok")
    distinct = len(set(r[3] for r in phase))
    committed = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", os.environ.get("KINDLING_PG_DATABASE", "kindling"), "-Atc",
         "select count(*) from funding.allocation where created_at between to_timestamp(%f) and to_timestamp(%f)"
         % (start, end)], capture_output=True, text=True).stdout.strip() or "?"
    print("| %s | %.0f | %s | %d (%d allocations answered 201) | %d | %.0f | %s | %s | %s | %.1f s | %d |" % (
        clients, made / (end - start), committed, distinct, made, len(phase) - distinct, len(phase) / (last - start),
        pick(0.5), pick(0.95),
        "%d ms" % lags[-1] if lags else "-", max(0.0, last - end), bad))
