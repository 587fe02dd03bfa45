#!/usr/bin/env bash
# Kills the portal with SIGKILL in the middle of a stream of admin saves, restarts it and checks that every save
# that was answered with "saved" (a redirect) is still there, with its history row.
#
#   bench/crash.sh [rounds=5] [seconds of saving before the kill=4]
#
# It builds the jar when missing, runs it on a loopback port with its own data directory under target/, and
# prints per round: saves answered, saves found after the restart, history rows found. Exit status 1 when any
# answered save is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh

ROUNDS=${1:-5}
SAVE_SECONDS=${2:-4}
PORT=${CRASH_PORT:-18123}
WRITERS=${CRASH_WRITERS:-4}
WORK="$PWD/target/crash-bench"
# Started as production is (bench/common.sh prepare_launch, docs/deployment.md), with its heap.
prepare_launch
rm -rf "$WORK" && mkdir -p "$WORK"
BASE="http://127.0.0.1:$PORT"
PASSWORD="crash-bench-$(date +%s)-password"

start_app() {
	java "${LAUNCH_OPTS[@]}" -jar "$LAUNCH_JAR" --server.port="$PORT" --hubatlas.data-dir="$WORK/data" \
		--hubatlas.admin.username=crash --hubatlas.admin.password="$PASSWORD" \
		--logging.level.root=WARN >>"$WORK/app.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 300); do
		if curl -fs -o /dev/null "$BASE/cities"; then return 0; fi
		sleep 0.2
	done
	echo "the portal did not start; see $WORK/app.log" >&2
	exit 2
}

# Signs in with its own cookie jar $1 and leaves a CSRF token for the admin forms in $1.token.
sign_in() {
	local jar=$1
	curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$(form_token "$jar" "$BASE/login")" \
		--data-urlencode "username=crash" --data-urlencode "password=$PASSWORD" "$BASE/login"
	form_token "$jar" "$BASE/admin/sources/new" >"$jar.token"
}

# One writer: creates sources "crash-R-W-N" one after another and appends each acknowledged slug to $3.
writer() {
	local round=$1 id=$2 acked=$3 jar="$WORK/jar-$1-$2"
	sign_in "$jar"
	local n=0
	while true; do
		n=$((n + 1))
		local slug="crash-$round-$id-$n-z"
		local code
		code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
			--data-urlencode "_csrf=$(cat "$jar.token")" \
			--data-urlencode "slug=$slug" --data-urlencode "title=Crash test $slug" \
			--data-urlencode "publishedLabel=2026" --data-urlencode "datePrecision=YEAR" \
			"$BASE/admin/sources" || true)
		# A save is acknowledged by the redirect to the record's edit page.
		if [[ "$code" == 302\ */admin/sources/* ]]; then echo "$slug" >>"$acked"; fi
		[[ "$code" == 000* ]] && return 0
	done
}

failed=0
start_app
for round in $(seq 1 "$ROUNDS"); do
	acked="$WORK/acked-$round"
	: >"$acked"
	pids=()
	for w in $(seq 1 "$WRITERS"); do
		writer "$round" "$w" "$acked" &
		pids+=($!)
	done
	sleep "$SAVE_SECONDS"
	kill -9 "$APP_PID"
	wait "${pids[@]}" 2>/dev/null || true
	wait "$APP_PID" 2>/dev/null || true
	start_app
	jar="$WORK/jar-check-$round"
	sign_in "$jar"
	answered=$(wc -l <"$acked")
	found=0
	history=0
	missing=()
	# The admin list finds a source by its reference; its edit page lists its history.
	while read -r slug; do
		page=$(curl -s -b "$jar" "$BASE/admin/sources?q=$slug")
		if grep -q ">Crash test $slug<" <<<"$page"; then
			found=$((found + 1))
			edit=$(grep -o "/admin/sources/[0-9]*\">Crash test $slug<" <<<"$page" | head -1 | cut -d'"' -f1)
			# Read whole before grep: with pipefail, `curl | grep -q` fails whenever grep stops reading at its match
			# while curl is still writing the rest of the page (curl exits 23), so found rows went uncounted.
			edit_page=$(curl -s -b "$jar" "$BASE$edit")
			if grep -q '<strong>Create</strong>' <<<"$edit_page"; then history=$((history + 1)); fi
		else
			missing+=("$slug")
		fi
	done <"$acked"
	echo "round $round: $answered saves answered, $found found after kill -9 and restart, $history with their history row"
	if ((found != answered || history != answered)); then
		failed=1
		echo "  missing: ${missing[*]:0:10}"
	fi
done
kill "$APP_PID" 2>/dev/null || true
wait "$APP_PID" 2>/dev/null || true
exit $failed
