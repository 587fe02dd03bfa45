-- wrk script: each request creates a new source with a unique reference (the admin form, signed in).
-- Reads the session cookie and CSRF token from the environment (set by bench/saves.sh).
local cookie = os.getenv("BENCH_COOKIE")
local token = os.getenv("BENCH_TOKEN")
local prefix = os.getenv("BENCH_PREFIX") or "load"
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  counter = counter + 1
  local slug = prefix .. "-" .. tid .. "-" .. counter .. "-z"
  local body = "_csrf=" .. encode(token) .. "&slug=" .. slug .. "&title=" .. encode("Load test " .. slug)
    .. "&publishedLabel=2026&datePrecision=YEAR"
  return wrk.format("POST", "/admin/sources", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie
  }, body)
end

function response(status, headers, body)
  -- A save answers with a redirect; anything else (a form with messages, an error) is not a save.
  if status ~= 302 then
    io.stderr:write("not saved: status " .. status .. "\n")
  end
end
