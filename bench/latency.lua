-- wrk script for bench/search-benchmark.sh: wrk's own --latency report has no p95, and counts only 4xx/5xx as
-- errors. This prints, when the run is done, one line the script parses:
--
--   LATENCY p50_ms=12.3 p95_ms=45.6 p99_ms=78.9 max_ms=101.2 rps=123.4 requests=1851 non2xx=0 socket_errors=0
--
-- non2xx counts every answer outside 200-299: a redirect to the sign-in page (an expired session) is fast, and must
-- not pass for a search. socket_errors adds wrk's connect, read and write errors and its timeouts (requests that took
-- longer than --timeout, which are not in the percentiles).
--
-- Usage: wrk -t1 -c1 -d15s --timeout 30s -s bench/latency.lua -H "Cookie: ..." "http://127.0.0.1:18080/search?q=wage"

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

-- Each wrk thread has its own Lua state; its count is read back from it in done().
non2xx = 0

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local non2xx_total = 0
   for _, thread in ipairs(threads) do
      non2xx_total = non2xx_total + (thread:get("non2xx") or 0)
   end
   local errors = summary.errors
   local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
   local seconds = summary.duration / 1e6
   -- No answer within the run (a server slower than the run is long): no percentiles rather than zeros.
   local function ms(microseconds)
      return summary.requests == 0 and "-" or string.format("%.1f", microseconds / 1000)
   end
   io.write(string.format("LATENCY p50_ms=%s p95_ms=%s p99_ms=%s max_ms=%s rps=%.1f requests=%d non2xx=%d socket_errors=%d\n",
      ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max),
      summary.requests / seconds, summary.requests, non2xx_total, socket_errors))
end
