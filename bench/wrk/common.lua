-- Shared by the load bench's wrk scripts (bench/load_bench.py runs them with this folder as the
-- working directory, so that `require "common"` finds this file).
--
-- Thread n talks to the n-th port of BENCH_PORTS: the connections are spread over both API
-- processes, whichever issued the tokens. Every response's status is counted, and done() prints
-- one line, `BENCH_RESULT {json}`, that load_bench.py reads.
--
-- Environment: BENCH_PORTS ("8001,8002"), BENCH_THREADS (wrk's -t), BENCH_DATA (the folder of
-- tickets.txt, reads.tsv, visits.ndjson), BENCH_TOKEN_CITY / _ASSOCIATION / _OPERATOR.

local common = {}

local function split(text, separator)
  local parts = {}
  for part in string.gmatch(text or "", "[^" .. separator .. "]+") do
    parts[#parts + 1] = part
  end
  return parts
end

local function lines(name)
  local found = {}
  for line in io.lines((os.getenv("BENCH_DATA") or ".") .. "/" .. name) do
    if line ~= "" then found[#found + 1] = line end
  end
  return found
end

local function bearer(role)
  local token = os.getenv("BENCH_TOKEN_" .. string.upper(role))
  assert(token, "BENCH_TOKEN_" .. string.upper(role) .. " is not set")
  return "Bearer " .. token
end

local function cycle(requests, start)
  local i, n = start or 0, #requests
  return function()
    i = i % n + 1
    return requests[i]
  end
end

-- What each endpoint sends: a maker, called once per thread in init(), returning a function that
-- gives the next request (pre-formatted: building requests is not what is measured).
common.kinds = {}

common.kinds.healthz = function()
  local request = wrk.format("GET", "/healthz")
  return function() return request end
end

local function listing(path, role)
  return function()
    local request = wrk.format("GET", path, { ["Authorization"] = bearer(role) })
    return function() return request end
  end
end

common.kinds.spaces_list = listing("/api/v1/spaces?limit=50", "city")
common.kinds.visits_list = listing("/api/v1/visits?limit=50", "city")

-- reads.tsv: `path<TAB>etag` of single spaces, as read beforehand from the other process.
local function reads(revalidate)
  return function()
    local requests = {}
    for _, line in ipairs(lines("reads.tsv")) do
      local path, etag = line:match("^([^\t]+)\t(.+)$")
      local headers = { ["Authorization"] = bearer("city") }
      if revalidate then headers["If-None-Match"] = etag end
      requests[#requests + 1] = wrk.format("GET", path, headers)
    end
    return cycle(requests, thread_no * 7)
  end
end

common.kinds.space_revalidate = reads(true)
common.kinds.space_read = reads(false)

-- visits.ndjson: one POST /visits body a line (the association's spaces, days of the past month).
common.kinds.visit_create = function()
  local headers = { ["Authorization"] = bearer("association"),
                    ["Content-Type"] = "application/json" }
  local requests = {}
  for _, body in ipairs(lines("visits.ndjson")) do
    requests[#requests + 1] = wrk.format("POST", "/api/v1/visits", headers, body)
  end
  return cycle(requests, thread_no * 101)
end

-- tickets.txt: `id<TAB>status` of the tickets (in_progress or waiting_parts), written by
-- load_bench.py just before each run. Each thread owns a share and moves each of its tickets
-- in_progress -> waiting_parts -> in_progress ..., round robin over many more tickets than it
-- has connections, so that no two requests move one ticket at once. A refused move (409)
-- flips the expectation, so the next one for that ticket is right again.
common.kinds.ticket_transition = function()
  local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
  local headers = { ["Authorization"] = bearer("operator"),
                    ["Content-Type"] = "application/json" }
  local mine = {}
  for i, line in ipairs(lines("tickets.txt")) do
    if (i - 1) % threads == thread_no - 1 then
      local id, status = line:match("^([^\t]+)\t(.+)$")
      local path = "/api/v1/maintenance-tickets/" .. id .. "/transitions"
      mine[#mine + 1] = {
        waiting_parts = wrk.format("POST", path, headers, '{"to":"waiting_parts"}'),
        in_progress = wrk.format("POST", path, headers, '{"to":"in_progress"}'),
        status = status,
      }
    end
  end
  local i = 0
  return function()
    i = i % #mine + 1
    local ticket = mine[i]
    ticket.status = ticket.status == "in_progress" and "waiting_parts" or "in_progress"
    return ticket[ticket.status]
  end
end

-- The mix: a user-facing day in ten requests.
common.kinds.mix = function()
  local plan = { "spaces_list", "space_revalidate", "visits_list", "spaces_list",
                 "visit_create", "space_revalidate", "visits_list", "space_read",
                 "ticket_transition", "spaces_list" }
  local next_of = {}
  for _, kind in ipairs(plan) do
    if not next_of[kind] then next_of[kind] = common.kinds[kind]() end
  end
  local i = 0
  return function()
    i = i % #plan + 1
    return next_of[plan[i]]()
  end
end

function common.run(kind)
  local next_request
  function init(args)
    next_request = common.kinds[kind]()
  end
  function request()
    return next_request()
  end
end

-- ---- setup (main state): spread the threads over the ports ------------------------------------

local threads = {}

function setup(thread)
  local ports = split(os.getenv("BENCH_PORTS"), ",")
  local n = #threads + 1
  local port = ports[(n - 1) % #ports + 1]
  thread.addr = wrk.lookup(wrk.host, port)[1]
  thread:set("thread_no", n)
  thread:set("port", port)
  threads[n] = thread
end

-- ---- running (each thread's state) --------------------------------------------------------------

thread_no = thread_no or 1
statuses = {}

function response(status)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end

-- ---- done (main state) --------------------------------------------------------------------------

function done(summary, latency)
  local counts, ports = {}, {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses") or {}) do
      counts[code] = (counts[code] or 0) + n
    end
    ports[#ports + 1] = '"' .. tostring(thread:get("port")) .. '"'
  end
  local codes = {}
  for code, n in pairs(counts) do
    codes[#codes + 1] = string.format('"%s":%d', code, n)
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_us":%.0f,"p50_us":%.0f,"p90_us":%.0f,' ..
    '"p99_us":%.0f,"max_us":%.0f,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,' ..
    '"timeout":%d},"statuses":{%s},"ports":[%s]}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout,
    table.concat(codes, ","), table.concat(ports, ",")))
end

return common
