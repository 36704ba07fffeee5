-- wrk script for make bench: cycles through the request paths listed in a file (one per
-- line), so that a benchmark of search measures search, not a cache of one query.
-- Usage: wrk ... -s bench/cycle.lua URL -- PATHS_FILE
-- Each wrk thread starts at its own offset, so two threads do not send the same query at once.

local paths = {}
local position = 0
local started = 0

function setup(thread)
  thread:set("offset", started)
  started = started + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  position = ((offset or 0) * 97) % #paths
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end
