#!/usr/bin/env python3
"""Reads the public site as a visitor does and lists wording that shows a slip, in either language.

    bench/wording-crawl.py http://localhost:8080 [en|zh-Hans] [pages=700]

Follows the links of the public pages (not the API, downloads or the admin) from the home page and the section pages,
up to the number of pages given, and looks in each page's text for: a "1" before a plural noun ("1 notes"), a "0"
before a singular one, a placeholder left unformatted ("{0}"), a missing message ("??key??"), and "null", "NaN",
"undefined" or "Infinity". Prints each kind of slip once with the page and the words around it; exits 1 when there
was any. A slip the words of the data themselves hold (a quote) would show too: read before fixing.
"""
import collections
import html
import re
import sys
import urllib.error
import urllib.request

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://localhost:8080"
LANGUAGE = sys.argv[2] if len(sys.argv) > 2 else "en"
LIMIT = int(sys.argv[3]) if len(sys.argv) > 3 else 700

NOUNS = "notes|hubs|figures|sources|companies|indicators|rows|results|statements|institutions|incentives|disputes|" \
        "years|definitions|pages|rankings"
SLIPS = [(re.compile(r"(?<![\d.,])1 (" + NOUNS + r")\b"), "a 1 before a plural"),
         (re.compile(r"(?<![\d.,])0 (hub|note|figure|source|company|result|row|statement)\b"), "a 0 before a singular"),
         (re.compile(r"\{[0-9](,[a-z]+)*\}"), "a placeholder left unformatted"),
         (re.compile(r"\?\?[a-zA-Z0-9._-]+\?\?"), "a missing message"),
         (re.compile(r"\b(null|NaN|undefined|Infinity)\b"), "null, NaN or undefined")]
SKIP = ("/css", "/js", "/webjars", "/img", "/admin", "/login", "/language", "/api", "/v3", "/data", "/download")

queue = collections.deque(["/", "/cities", "/companies", "/universities", "/incentives", "/sources", "/disputes",
                           "/index", "/indicators", "/map", "/compare", "/search?q=ai"])
seen, found, read = set(), {}, 0
while queue and read < LIMIT:
    path = queue.popleft()
    if path in seen:
        continue
    seen.add(path)
    request = urllib.request.Request(BASE + path, headers={"Cookie": "hubatlas-lang=" + LANGUAGE, "Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            if "text/html" not in response.headers.get("Content-Type", ""):
                continue
            page = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        found.setdefault(("an answer other than 200", str(error.code)), path)
        continue
    read += 1
    text = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<script.*?</script>|<style.*?</style>", "", page)))
    text = re.sub(r"\s+", " ", text)
    for pattern, slip in SLIPS:
        for match in pattern.finditer(text):
            found.setdefault((slip, match.group(0)), f"{path}: …{text[max(0, match.start() - 60):match.end() + 30]}…")
    for href in re.findall(r'href="(/[^"#]*)"', page):
        href = html.unescape(href)
        if not href.startswith(SKIP) and not re.search(r"\.(csv|yaml|png|svg|ico)(\?|$)", href):
            queue.append(href)

print(f"{read} pages read in {LANGUAGE}; {len(found)} slips")
for (slip, words), where in sorted(found.items()):
    print(f"  {slip} ({words}): {where}")
sys.exit(1 if found else 0)
