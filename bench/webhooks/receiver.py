#!/usr/bin/env python3
"""A webhook receiver for the benchmark: answers 200 to every POST, checks each signature with the
secret in $SECRET, and appends one line per delivery to the file it is given: arrival time (unix,
float), the event's occurredAt and publishedAt (unix), its id, and whether the signature held.

usage: SECRET=whsec_… receiver.py PORT OUT_FILE
"""
import datetime
import hashlib
import hmac
import http.server
import json
import os
import sys
import threading
import time

port, out_path = int(sys.argv[1]), sys.argv[2]
secret = os.environ["SECRET"].encode()
lock = threading.Lock()
out = open(out_path, "a", buffering=1)


def unix(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def verified(raw, header):
    parts = [p.split("=", 1) for p in header.split(",")]
    t = next((v for k, v in parts if k == "t"), None)
    if t is None or abs(time.time() - int(t)) > 300:
        return False
    expected = hmac.new(secret, t.encode() + b"." + raw, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, v) for k, v in parts if k == "v1")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        arrived = time.time()
        event = json.loads(raw)
        ok = verified(raw, self.headers.get("Kindling-Signature", ""))
        with lock:
            out.write("%.3f %.3f %.3f %s %s\n" % (arrived, unix(event["occurredAt"]), unix(event["publishedAt"]),
                                                 event["id"], "ok" if ok else "BAD"))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
