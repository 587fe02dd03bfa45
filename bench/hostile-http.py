#!/usr/bin/env python3
"""Hostile requests over real HTTP against a running portal, signed in when given an admin.

    bench/hostile-http.py http://localhost:8080 [username password]

What HostileInputTests (MockMvc) cannot reach: the server's own limits and buffers. Every public page and API list,
and with an admin every admin page, is asked for with odd and over-long parameter values (up to 7,000 characters, near
the 8 KB the server takes), odd path segments, odd headers (Accept, Accept-Language, cookies, conditional and
forwarded headers) and other methods; bodies over the server's limits are posted. Prints how many answers fell in
each class and every 5xx or dropped connection; exits 1 when there was any. Read the portal's log for ERROR lines as
well: a 4xx can still log one. Start the portal with --hubatlas.api.requests-per-minute=1000000, or the API answers
429 to all but its first 300 requests a minute.
"""
import http.client
import re
import sys
import urllib.parse

BASE = urllib.parse.urlsplit(sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080")
ADMIN = sys.argv[2:4] if len(sys.argv) >= 4 else None

VALUES = ["a" * 7000, "b" * 3000, "%00", "%FF", "%C0%AF", "..%2F..%2Fetc", "%2e%2e", "-1", "0", "99999999999999999999",
          "1e9", "NaN", "null", "%3Cscript%3E", "'", "%22", "%E5%8C%97%E4%BA%AC", "%25", "%u0041", "%F0%9F%9A%80",
          "beijing;x=1", "beijing%2Fshanghai", "[]", "{}"]
PARAMETERS = ["q", "page", "size", "sort", "dir", "cities", "kind", "level", "pilot", "sector", "type", "to", "back",
              "history", "error", "logout", "x", "jump", "jumpchoice", "format", "lang", "locale"]
PUBLIC = ["/", "/cities", "/cities/beijing", "/companies", "/companies/deepseek", "/compare", "/disputes", "/incentives",
          "/index", "/indicators", "/indicators/ai-companies", "/map", "/search", "/sources", "/sources/1",
          "/universities", "/data/hub-atlas-pack.yaml", "/download", "/language", "/login", "/api/companies",
          "/api/compare", "/api/derived/ai-density", "/api/disputes", "/api/figures", "/api/hubs", "/api/hubs/beijing",
          "/api/incentives", "/api/index", "/api/indicators", "/api/institutions", "/api/search", "/api/sources",
          "/api/statements", "/cities.csv", "/companies.csv", "/compare.csv", "/incentives.csv", "/index.csv",
          "/indicators/ai-companies.csv", "/sources.csv", "/statements.csv", "/universities.csv"]
ADMIN_PAGES = ["/admin", "/admin/account", "/admin/users", "/admin/imports", "/admin/backup", "/admin/cities",
               "/admin/cities/1", "/admin/cities/new", "/admin/cities/1/delete", "/admin/figures", "/admin/figures/1",
               "/admin/indicators/1", "/admin/disputes/1", "/admin/statements/1", "/admin/sources/1"]
HEADERS = [{"Accept": "application/xml"}, {"Accept": "foo"}, {"Accept": "*/*;q=0"}, {"Accept": "text/csv"},
           {"Accept": "application/json"}, {"Accept-Language": "zz-ZZ,*;q=abc"}, {"Accept-Language": "zh-Hans-CN"},
           {"Cookie": "hubatlas-lang=%00%FF"}, {"Cookie": "SESSION=garbage; JSESSIONID=../../"},
           {"If-None-Match": '"' * 50}, {"If-Modified-Since": "yesterday"}, {"Range": "bytes=9999999-1"},
           {"X-Forwarded-For": "not-an-ip, 999.1.1.1"}, {"X-Forwarded-Proto": "gopher"},
           {"X-Forwarded-Host": "evil.example:99999"}, {"Content-Type": "text/plain"}]

cookies = {}
classes = {}
failures = []


def send(method, path, headers=None, body=None, keep=False):
    sent = {"Connection": "close"}
    if cookies:
        sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    for name, value in (headers or {}).items():
        sent[name] = f"{sent['Cookie']}; {value}" if name == "Cookie" and "Cookie" in sent else value
    try:
        connection = http.client.HTTPConnection(BASE.hostname, BASE.port or 80, timeout=60)
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        if keep:
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    cookies[name] = rest.split(";")[0]
        connection.close()
        status = response.status
    except (OSError, http.client.HTTPException) as error:
        status, text = f"no answer ({type(error).__name__})", ""
    key = status if isinstance(status, str) else f"{status // 100}xx"
    classes[key] = classes.get(key, 0) + 1
    if isinstance(status, str) or status >= 500:
        failures.append(f"{status} {method} {path[:160]} {headers or ''}")
    return text


def sign_in(username, password):
    page = send("GET", "/login", keep=True)
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": username, "password": password, "_csrf": token})
    send("POST", "/login", {"Content-Type": "application/x-www-form-urlencoded"}, form, keep=True)
    if "Sign out" not in send("GET", "/admin"):
        sys.exit("Could not sign in as " + username)


if ADMIN:
    sign_in(*ADMIN)
for path in PUBLIC + (ADMIN_PAGES if ADMIN else []):
    for value in VALUES:
        for parameter in PARAMETERS:
            send("GET", f"{path}?{parameter}={value}")
        send("GET", path + "?" + "&".join(f"{p}={value}" for p in PARAMETERS if len(value) < 400))
    for headers in HEADERS:
        send("GET", path, headers)
    for method in ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "FOO"]:
        send(method, path)
    for suffix in ["/", ";jsessionid=abc", ".json", "?" + "&".join(["page=1"] * 300), "?" + "&".join(["x=1"] * 1500)]:
        send("GET", path + suffix)
for value in VALUES:
    for base in ["/cities/", "/companies/", "/sources/", "/indicators/", "/api/hubs/", "/api/derived/",
                 "/api/search/", "/universities/", "/incentives/"]:
        send("GET", base + value)
    if ADMIN:
        for base in ["/admin/", "/admin/cities/", "/admin/cities/1/restore/", "/admin/figures/", "/admin/cities/1/delete/"]:
            send("GET", base + value)
            send("POST", base + value, {"Content-Type": "application/x-www-form-urlencoded"}, "x=1")
send("GET", "/" + "a" * 20000)
# Bodies over the server's limits: a form of 3 MB, an upload of more parts than any form has.
send("POST", "/admin/cities", {"Content-Type": "application/x-www-form-urlencoded"}, "name=" + "a" * 3_000_000)
parts = "".join(f'--edge\r\nContent-Disposition: form-data; name="f{i}"\r\n\r\nx\r\n' for i in range(60))
for path in ["/admin/imports/preview", "/admin/backup/restore"]:
    send("POST", path, {"Content-Type": "multipart/form-data; boundary=edge"}, parts + "--edge--\r\n")

print(f"{sum(classes.values())} requests: " + ", ".join(f"{k} {v}" for k, v in sorted(classes.items())))
for failure in failures:
    print("  " + failure)
sys.exit(1 if failures else 0)
