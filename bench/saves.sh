#!/usr/bin/env bash
# What durable commits cost: admin saves per second on the embedded H2 database, with the shipped setting
# (WRITE_DELAY=0: every commit is written to the file before the save is answered) and with H2's default
# (writes delayed up to 500 ms after the commit, which bench/crash.sh shows loses answered saves on kill -9).
#
#   bench/saves.sh [seconds=15] [connections=8]
#
# Each request creates a new source through the admin form, signed in, with its history row.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh

SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${2:-8}
PORT=${SAVES_PORT:-18124}
WORK="$PWD/target/saves-bench"
BASE="http://127.0.0.1:$PORT"
PASSWORD="saves-bench-$(date +%s)-password"
require_wrk
# Started as production is (bench/common.sh prepare_launch, docs/deployment.md), with its heap.
prepare_launch
rm -rf "$WORK" && mkdir -p "$WORK"

run() {
	local label=$1 url=$2 dir="$WORK/$1"
	java "${LAUNCH_OPTS[@]}" -jar "$LAUNCH_JAR" --server.port="$PORT" --hubatlas.data-dir="$dir" --spring.datasource.url="$url" \
		--hubatlas.admin.username=bench --hubatlas.admin.password="$PASSWORD" \
		--logging.level.root=WARN >"$dir.log" 2>&1 &
	local pid=$!
	for _ in $(seq 1 300); do curl -fs -o /dev/null "$BASE/cities" && break; sleep 0.2; done
	local jar="$dir.jar"
	curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$(form_token "$jar" "$BASE/login")" \
		--data-urlencode "username=bench" --data-urlencode "password=$PASSWORD" "$BASE/login"
	local token cookie
	token=$(form_token "$jar" "$BASE/admin/sources/new")
	cookie=$(awk 'NF==7 && $6!~/^#/{printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")
	# Warm-up, then the measured run.
	BENCH_COOKIE="$cookie" BENCH_TOKEN="$token" BENCH_PREFIX="warm" \
		wrk -t2 -c"$CONNECTIONS" -d5s -s bench/lua/create-sources.lua "$BASE" >/dev/null 2>"$dir.warm.err"
	BENCH_COOKIE="$cookie" BENCH_TOKEN="$token" BENCH_PREFIX="run" \
		wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s bench/lua/create-sources.lua "$BASE" \
		>"$dir.wrk" 2>"$dir.err"
	local rps p50 p99 errors
	rps=$(awk '/Requests\/sec/{print $2}' "$dir.wrk")
	p50=$(awk '$1=="50%"{print $2}' "$dir.wrk")
	p99=$(awk '$1=="99%"{print $2}' "$dir.wrk")
	errors=$(wc -l <"$dir.err")
	printf '%-34s %10s saves/s   p50 %8s   p99 %8s   not saved: %s\n' "$label" "$rps" "$p50" "$p99" "$errors"
	kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "admin saves (new source + history row), $CONNECTIONS connections, ${SECONDS_PER_RUN} s"
run durable-write-delay-0 "jdbc:h2:file:$WORK/durable-write-delay-0/hubatlas;AUTO_SERVER=FALSE;WRITE_DELAY=0"
run h2-default-write-delay-500ms "jdbc:h2:file:$WORK/h2-default-write-delay-500ms/hubatlas;AUTO_SERVER=FALSE"
