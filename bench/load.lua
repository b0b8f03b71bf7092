-- wrk script for bench/load.sh: cycles through the paths listed in a file (one per line; the
-- first argument after "--"), so that an endpoint is driven with several real queries, and
-- reports p50/p95/p99 and errors on one line the shell script reads. Errors: connection, read,
-- write and timeout errors, and every response that is not 2xx/3xx (wrk counts status >= 400).

local paths = {}
local position = 0

function init(args)
  if args[1] then
    for line in io.lines(args[1]) do
      if line ~= "" then
        table.insert(paths, line)
      end
    end
  end
  -- Threads start at different places in the list.
  position = math.random(0, math.max(#paths - 1, 0))
end

function request()
  if #paths == 0 then
    return wrk.request()
  end
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

function done(summary, latency, requests)
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.status, socket
  ))
end
