#!/usr/bin/env bash
# Throughput of the portal's pages against one static file of the same app, in one run on this machine.
#
#   bench/run.sh [--large] [seconds per page=10] [warm-up seconds=60]
#
# --large first fills its own database with the synthetic benchmark data set (SyntheticData: 1,000 hubs, 50,000
# companies, 10,000 institutions, 20,000 incentives, 200,000 figures, all named "Synthetic ..."), then measures the
# same pages and the lists on it. The default database never sees that data.
#
# Builds the jar when missing, starts it as production does (bench/common.sh prepare_launch: ahead-of-time
# processed, class data sharing, serial collector) on a loopback port with a fixed heap and its own fresh data directory,
# measures the time to the first page, stops it and starts it again with Hibernate's statistics (for the SQL counts),
# warms up with a mix of pages, then runs wrk against each page at 16 and 64
# connections, asking for compressed answers as every browser does. For each: requests/s, p50, p99, answers that were not 2xx/3xx, the server's own CPU time per request
# (from /proc, so wrk's CPU is not counted), and requests/s as a share of the static file's at the same
# connections. Ends with the server's resident memory. Installs wrk when missing (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh

LARGE=false
if [[ "${1:-}" == "--large" ]]; then
	LARGE=true
	shift
fi
SECONDS_PER_PAGE=${1:-10}
WARMUP=${2:-60}
PORT=${BENCH_PORT:-18130}
WORK="$PWD/target/bench-run"
BASE="http://127.0.0.1:$PORT"

if ! command -v wrk >/dev/null; then
	echo "installing wrk" >&2
	apt-get install -y -qq wrk >/dev/null
fi
prepare_launch
rm -rf "$WORK" && mkdir -p "$WORK"

if $LARGE; then
	echo "adding the synthetic data set (once, before the measured start)" >&2
	java -Xmx1g -jar "$JAR" --server.port="$PORT" --hubatlas.data-dir="$WORK/data" --hubatlas.synthetic-data.scale=1 \
		>"$WORK/generate.log" 2>&1 &
	GENERATOR=$!
	until grep -q "Added synthetic benchmark data" "$WORK/generate.log"; do
		sleep 1
		if ! kill -0 $GENERATOR 2>/dev/null; then echo "generating failed; see $WORK/generate.log" >&2; exit 2; fi
	done
	kill $GENERATOR
	wait $GENERATOR 2>/dev/null || true
fi

# Starts the portal on the benchmark's data directory with these extra arguments, logging to $1, and waits for its
# first page; APP is its process, FIRST_PAGE_MS the time to that page.
start_portal() {
	local log=$1
	shift
	local start
	start=$(date +%s%N)
	java "${LAUNCH_OPTS[@]}" ${BENCH_JVM_OPTS:-} -jar "$LAUNCH_JAR" --server.port="$PORT" \
		--hubatlas.data-dir="$WORK/data" "$@" ${BENCH_ARGS:-} >"$log" 2>&1 &
	APP=$!
	trap 'kill $APP 2>/dev/null || true' EXIT
	until curl -fs -o /dev/null "$BASE/"; do
		sleep 0.05
		if ! kill -0 $APP 2>/dev/null; then echo "the portal did not start; see $log" >&2; exit 2; fi
	done
	FIRST_PAGE_MS=$((($(date +%s%N) - start) / 1000000))
}

# Start-up is timed on a start exactly as production's, on the fresh (or just generated) data directory; the instance
# measured below is started after it on the same data, with what the counts need and production has not.
start_portal "$WORK/start.log"
first_page_ms=$FIRST_PAGE_MS
kill $APP
wait $APP 2>/dev/null || true

# Hibernate's per-session metrics in the log, to count the SQL statements each page costs when it is rendered; the
# API's rate limit out of the way (every request comes from this one address).
start_portal "$WORK/app.log" --logging.level.root=WARN --spring.jpa.properties.hibernate.generate_statistics=true \
	--logging.level.org.hibernate.session.metrics=DEBUG --hubatlas.api.requests-per-minute=1000000000
measured_start_ms=$FIRST_PAGE_MS

# The static file: the comparison page's small script (about 1 KB), under its content-versioned URL.
STATIC=$(curl -s "$BASE/compare?cities=beijing,shanghai" | grep -o '/js/compare-[0-9a-f]*\.js' | head -1)
PAGES=("$STATIC" "/" "/cities" "/cities/beijing" "/companies/deepseek" "/compare?cities=beijing,hangzhou"
	"/compare?cities=beijing,shanghai,shenzhen,hangzhou" "/indicators/ai-companies" "/map"
	"/api/compare?cities=beijing,hangzhou" "/api/hubs/beijing" "/api/companies?size=50" "/api/figures?size=100"
	"/search?q=deepseek" "/search?q=hangzhou%20tax" "/cities/shenzhen" "/index" "/indicators/ai-companies-per-million"
	"/api/index")
if $LARGE; then
	PAGES+=("/cities/synthetic-hub-500" "/companies" "/universities" "/incentives" "/sources"
		"/search?q=synthetic%20hub%20500" "/search?q=synthetic&type=companies&page=3")
fi

# SQL statements per page: each page asked for once in Chinese, which nothing has kept yet (so it is rendered), counting the
# statements of the Hibernate sessions the request's own thread opened, plus one for the data version every request
# reads (plain JDBC, not counted by Hibernate). A page sent from the page cache costs that one only.
statements_for() {
	local lines
	lines=$(wc -l <"$WORK/app.log")
	curl -s -o /dev/null -H "Accept-Language: zh-CN" "$BASE$1"
	sleep 0.3
	tail -n +"$((lines + 1))" "$WORK/app.log" | awk '
		/Logging session metrics/ { mine = ($0 ~ /exec-/) }
		mine && /ns preparing [0-9]+ JDBC statements/ { n += $4 }
		END { print n + 1 }'
}
echo "SQL statements to render each page (once, before it is kept):"
for page in "${PAGES[@]}"; do
	[[ $page == "$STATIC" ]] && continue
	printf '  %-60s %s\n' "$page" "$(statements_for "$page")"
done
echo

echo "warming up for ${WARMUP}s" >&2
wrk -t2 -c16 -d"${WARMUP}s" -H "Accept-Encoding: gzip" -s bench/lua/public-pages.lua "$BASE" >/dev/null 2>&1

clock_ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP/stat"; }

printf '%-52s %5s %10s %9s %9s %7s %8s %8s\n' page conns "req/s" "p50" "p99" non2xx "cpu ms" "static%"
for conns in 16 64; do
	static_rps=""
	for page in "${PAGES[@]}"; do
		before=$(cpu_ticks)
		wrk -t2 -c"$conns" -d"${SECONDS_PER_PAGE}s" --latency -H "Accept-Encoding: gzip" "$BASE$page" >"$WORK/wrk.txt" 2>&1
		after=$(cpu_ticks)
		requests=$(awk '/requests in/{print $1}' "$WORK/wrk.txt")
		rps=$(awk '/Requests\/sec/{print $2}' "$WORK/wrk.txt")
		p50=$(awk '$1=="50%"{print $2}' "$WORK/wrk.txt")
		p99=$(awk '$1=="99%"{print $2}' "$WORK/wrk.txt")
		non2xx=$(awk '/Non-2xx/{print $5}' "$WORK/wrk.txt")
		cpu=$(awk -v t="$((after - before))" -v hz="$clock_ticks" -v n="$requests" 'BEGIN{printf "%.3f", t * 1000 / hz / n}')
		[[ -z "$static_rps" ]] && static_rps=$rps
		share=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN{printf "%.0f%%", a * 100 / b}')
		label=$page
		[[ $page == "$STATIC" ]] && label="$page (static)"
		printf '%-52s %5s %10s %9s %9s %7s %8s %8s\n' "$label" "$conns" "$rps" "$p50" "$p99" "${non2xx:-0}" "$cpu" "$share"
	done
done
echo
if $LARGE; then
	echo "start-up to the first page: ${first_page_ms} ms (the large data set already in place)"
else
	echo "start-up to the first page: ${first_page_ms} ms (fresh database: migrations and shipped data packs included)"
fi
echo "  (the measured instance, restarted with Hibernate's statistics on: ${measured_start_ms} ms)"
echo "resident memory after the run: $(awk '/VmRSS/{printf "%d MB", $2 / 1024}' "/proc/$APP/status") (heap -Xmx$LAUNCH_HEAP)"
