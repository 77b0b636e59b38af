-- wrk script for GET /v1/search: cycles through request paths, one per line of the file named
-- by KENNIS_WRK_PATHS ("/v1/search?q=<URL-encoded query>", written by bench/run.sh).
--   KENNIS_WRK_PATHS=paths.txt wrk -t2 -c8 -d10s --latency -s bench/wrk_search.lua http://127.0.0.1:PORT
local file = os.getenv("KENNIS_WRK_PATHS")
if not file then
  error("KENNIS_WRK_PATHS is not set")
end
local paths = {}
for line in io.lines(file) do
  if #line > 0 then
    paths[#paths + 1] = line
  end
end
if #paths == 0 then
  error("no request paths in " .. file)
end

local next_path = 0
local threads = 0

-- Each thread starts at another place in the list, so the threads do not ask in lockstep.
function setup(thread)
  thread:set("first", (threads * 37) % #paths)
  threads = threads + 1
end

function init(args)
  next_path = first or 0
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
