#!/usr/bin/env bash
# A minute of mixed public traffic at 128 connections while an admin script keeps saving records, on loopback,
# after 30 s of warm-up (LOAD_WARMUP).
# Passes when: no 5xx answer, no ERROR in the application's log, and every save that was answered "saved" is there.
#
#   bench/load.sh [seconds=60] [connections=128]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh

DURATION=${1:-60}
CONNECTIONS=${2:-128}
PORT=${LOAD_PORT:-18125}
WORK="$PWD/target/load-bench"
BASE="http://127.0.0.1:$PORT"
PASSWORD="load-bench-$(date +%s)-password"
require_wrk
# Started as production is (bench/common.sh prepare_launch, docs/deployment.md), with its heap.
prepare_launch
rm -rf "$WORK" && mkdir -p "$WORK"

java "${LAUNCH_OPTS[@]}" -jar "$LAUNCH_JAR" --server.port="$PORT" --hubatlas.data-dir="$WORK/data" \
	--hubatlas.admin.username=load --hubatlas.admin.password="$PASSWORD" >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fs -o /dev/null "$BASE/cities" && break; sleep 0.2; done

# The admin: creates a source, then edits it, again and again; each answered save is written down.
editor() {
	local jar="$WORK/editor.jar" acked="$WORK/acked" n=0
	curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$(form_token "$jar" "$BASE/login")" \
		--data-urlencode "username=load" --data-urlencode "password=$PASSWORD" "$BASE/login"
	local token
	token=$(form_token "$jar" "$BASE/admin/sources/new")
	local end=$((SECONDS + DURATION))
	while ((SECONDS < end)); do
		n=$((n + 1))
		local slug="load-$n-z" answer
		answer=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
			--data-urlencode "_csrf=$token" --data-urlencode "slug=$slug" \
			--data-urlencode "title=Load test $slug" --data-urlencode "publishedLabel=2026" \
			--data-urlencode "datePrecision=YEAR" "$BASE/admin/sources" || true)
		if [[ "$answer" == 302\ */admin/sources/* ]]; then
			echo "create $slug Load test $slug" >>"$acked"
			local id=${answer##*/}
			local version
			version=$(curl -s -b "$jar" "$BASE/admin/sources/$id" | grep -o 'name="version" value="[0-9]*"' | grep -o '[0-9]*' | head -1)
			answer=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
				--data-urlencode "_csrf=$token" --data-urlencode "slug=$slug" \
				--data-urlencode "title=Edited under load $slug" --data-urlencode "publishedLabel=2026" \
				--data-urlencode "datePrecision=YEAR" --data-urlencode "version=$version" "$BASE/admin/sources/$id" || true)
			if [[ "$answer" == 302 ]]; then echo "edit $slug Edited under load $slug" >>"$acked"; fi
		fi
	done
}

# Warm-up (not counted): the JIT compiles the hot paths first.
wrk -t2 -c16 -d"${LOAD_WARMUP:-30}s" -s bench/lua/public-pages.lua "$BASE" >/dev/null 2>&1

: >"$WORK/acked"
editor &
EDITOR=$!
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s bench/lua/public-pages.lua "$BASE" >"$WORK/wrk.txt" 2>"$WORK/wrk.err"
wait $EDITOR

# Every answered save, as the admin list shows it now (the latest title of each source).
jar="$WORK/check.jar"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$(form_token "$jar" "$BASE/login")" \
	--data-urlencode "username=load" --data-urlencode "password=$PASSWORD" "$BASE/login"
creates=$(grep -c '^create ' "$WORK/acked" || true)
edits=$(grep -c '^edit ' "$WORK/acked" || true)
missing=0
while read -r kind slug title; do
	expected="$title"
	# An edited source shows its edited title.
	if [[ $kind == create ]] && grep -q "^edit $slug " "$WORK/acked"; then continue; fi
	# Read whole before grep (see crash.sh: with pipefail, `curl | grep -q` can fail on a match).
	list=$(curl -s -b "$jar" "$BASE/admin/sources?q=$(sed 's/ /+/g' <<<"$slug")")
	if ! grep -q ">$expected<" <<<"$list"; then
		missing=$((missing + 1))
		echo "missing: $kind $slug" >&2
	fi
done <"$WORK/acked"

requests=$(awk '/requests in/{print $1}' "$WORK/wrk.txt")
rps=$(awk '/Requests\/sec/{print $2}' "$WORK/wrk.txt")
p50=$(awk '$1=="50%"{print $2}' "$WORK/wrk.txt")
p99=$(awk '$1=="99%"{print $2}' "$WORK/wrk.txt")
server_errors=$(grep -c "server error" "$WORK/wrk.err" || true)
socket_errors=$(grep -o "Socket errors:.*" "$WORK/wrk.txt" || echo "Socket errors: none")
log_errors=$(grep -c " ERROR " "$WORK/app.log" || true)
echo "public pages: $requests requests in ${DURATION}s at $CONNECTIONS connections ($rps/s, p50 $p50, p99 $p99)"
echo "  5xx answers: $server_errors; $socket_errors"
echo "admin saves answered: $creates created, $edits edited; missing afterwards: $missing"
echo "ERROR lines in the application log: $log_errors"
((server_errors == 0 && missing == 0 && log_errors == 0))
