"""Summarises an async-profiler collapsed profile: share of samples in the JIT compiler, in GC, and the
inclusive share of each dev/kindling method and of a few named suspects. collapsed-summary.py FILE"""
import collections
import sys

total = 0
inclusive = collections.Counter()
buckets = collections.Counter()
SUSPECTS = ["IllegalStateException", "checkEnded", "UUID.randomUUID", "SecureRandom", "java/util/regex",
            "MDC", "micrometer", "io/vertx/httpproxy", "io/netty/channel/epoll", "caffeine", "jwt", "smallrye/jwt",
            "opentelemetry", "Throwable.fillInStackTrace"]
for line in open(sys.argv[1]):
    stack, _, count = line.rstrip().rpartition(" ")
    n = int(count)
    total += n
    frames = stack.split(";")
    if any("CompileBroker" in f or "C2Compiler" in f or "C1Compiler" in f for f in frames):
        buckets["JIT compiler"] += n
    elif any(f.startswith("GC") or "G1" in f or "ParallelGC" in f for f in frames[:3]):
        buckets["GC"] += n
    else:
        buckets["application and runtime"] += n
    seen = set()
    for f in frames:
        key = None
        if "dev/kindling" in f:
            key = f.split("(")[0]
        for s in SUSPECTS:
            if s.lower() in f.lower():
                seen.add("~" + s)
        if key and key not in seen:
            seen.add(key)
    for key in seen:
        inclusive[key] += n
print(f"{total} samples")
for name, n in buckets.most_common():
    print(f"  {100.0 * n / total:5.1f} %  {name}")
print("inclusive (share of all samples):")
for name, n in inclusive.most_common(25):
    print(f"  {100.0 * n / total:5.1f} %  {name}")
