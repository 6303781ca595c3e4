"""Summarises an async-profiler collapsed profile: share of samples in the JIT compiler and GC, the own
time of each dev/kindling method, and the inclusive share of a few named suspects. collapsed-summary.py FILE"""
import collections
import sys

total = 0


def buckets_key(frames):
    if any("CompileBroker" in f or "C2Compiler" in f or "C1Compiler" in f for f in frames):
        return "JIT compiler"
    if any(f.startswith("GC") or "G1" in f or "ParallelGC" in f for f in frames[:3]):
        return "GC"
    return "application and runtime"


inclusive = collections.Counter()
own = collections.Counter()
buckets = collections.Counter()
SUSPECTS = ["IllegalStateException", "checkEnded", "UUID.randomUUID", "SecureRandom", "java/util/regex",
            "MDC", "micrometer", "io/vertx/httpproxy", "io/netty/channel/epoll", "caffeine", "jwt", "smallrye/jwt",
            "opentelemetry", "Throwable.fillInStackTrace"]
for line in open(sys.argv[1]):
    stack, _, count = line.rstrip().rpartition(" ")
    n = int(count)
    total += n
    frames = stack.split(";")
    buckets[buckets_key(frames)] += n
    ours = [f.split("(")[0] for f in frames if "dev/kindling" in f and "$$Lambda" not in f]
    if ours and buckets_key(frames) == "application and runtime":
        own[ours[-1]] += n
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
app = buckets["application and runtime"] or 1
print("own time of our code (the innermost dev/kindling frame of a sample, with what it calls outside our code;")
print("handlers that call the next handler do not count what that one does), share of application samples:")
for name, n in own.most_common(15):
    print(f"  {100.0 * n / app:5.1f} %  {name}")
print("named suspects, inclusive, share of application samples:")
for name, n in inclusive.most_common(60):
    if name.startswith("~"):
        print(f"  {100.0 * n / app:5.1f} %  {name[1:]}")
