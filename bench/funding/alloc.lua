-- wrk script: POST one USD 1.00 allocation per request, each with its own Idempotency-Key.
local token = os.getenv("BENCH_TOKEN")
local budget = os.getenv("BENCH_BUDGET")
local hub = os.getenv("BENCH_HUB")
-- a fresh prefix per wrk run: keys must never repeat across runs, or the service (rightly) replays
local run = os.getenv("BENCH_RUN")
local threads = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = '{"budgetId":"' .. budget .. '","recipient":{"type":"HUB","id":"' .. hub
  .. '"},"amount":{"amount":"1.00","currency":"USD"}}'

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local n = 0
function request()
  n = n + 1
  -- wrk.format replaces wrk.headers with the table it is given, so copy them in
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Idempotency-Key"] = "bench-" .. run .. "-" .. tid .. "-" .. n
  return wrk.format(nil, nil, headers)
end
