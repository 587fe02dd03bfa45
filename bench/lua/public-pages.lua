-- wrk script: a mix of public pages, picked at random per request (the pages a reader opens most).
local pages = {
  "/", "/cities", "/cities/beijing", "/cities/hangzhou", "/cities/shenzhen", "/companies", "/companies/deepseek",
  "/universities", "/incentives", "/sources", "/disputes", "/indicators", "/map",
  "/compare?cities=beijing,hangzhou", "/compare?cities=beijing,shanghai,shenzhen,hangzhou",
  "/api/compare?cities=beijing,hangzhou", "/css/site.css", "/cities?sort=name&dir=desc", "/no/such/page"
}
local errors = 0

request = function()
  return wrk.format("GET", pages[math.random(#pages)])
end

response = function(status, headers, body)
  -- The one missing page answers 404 on purpose; anything 5xx is a failure.
  if status >= 500 then
    errors = errors + 1
    io.stderr:write("server error " .. status .. "\n")
  end
end
