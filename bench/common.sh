# Shared by the benchmark scripts (sourced, not run): the jar, wrk, and the CSRF token of a page's form.

# The built jar (built when missing), in $JAR.
find_jar() {
	JAR=$(ls target/hub-atlas-*.jar 2>/dev/null | grep -v original | head -1 || true)
	if [[ -z "$JAR" ]]; then
		./mvnw -q -DskipTests package
		JAR=$(ls target/hub-atlas-*.jar | grep -v original | head -1)
	fi
}

require_wrk() {
	command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
}

# The masked CSRF token of the form on page $2, with cookie jar $1 (the same session accepts it again).
form_token() {
	curl -s -c "$1" -b "$1" "$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'
}

# Waits until $1 answers, or fails when process $2 has ended.
wait_for() {
	for _ in $(seq 1 600); do
		curl -fs -o /dev/null "$1" && return 0
		kill -0 "$2" 2>/dev/null || { echo "the portal did not start" >&2; exit 2; }
		sleep 0.2
	done
	echo "the portal did not start in 2 minutes" >&2
	exit 2
}

# How the portal is started in production (docs/deployment.md): java "${LAUNCH_OPTS[@]}" -jar "$LAUNCH_JAR". The heap
# (160 MB; BENCH_HEAP to try another), the jar
# unpacked (class data sharing needs plain jars), Spring's ahead-of-time processed start-up, a class data sharing
# archive recorded by one training start, the serial collector and smaller thread stacks (a small heap on a few
# cores), the C1 compiler only (on two cores C2's compiling competes with the start and keeps more memory; see
# docs/deployment.md "Which compiler"), the archive mapped where it was recorded instead of relocated (half a second of
# every start), an exit on running out of heap (the embedded H2 closes its database then: better restarted than left
# answering errors), and glibc's malloc kept to two arenas. The unpacked jar and the archive are made again when the jar is newer.
prepare_launch() {
	find_jar
	local dir=target/launch
	local unpacked="$dir/$(basename "$JAR")"
	export MALLOC_ARENA_MAX=2
	local flags=(-XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError -Dspring.aot.enabled=true
		-XX:TieredStopAtLevel=1 -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)
	if [[ ! -f "$dir/app.jsa" || "$JAR" -nt "$dir/app.jsa" ]]; then
		echo "unpacking the jar and recording its class data sharing archive (once per build)" >&2
		rm -rf "$dir" && java -Djarmode=tools -jar "$JAR" extract --destination "$dir" >/dev/null
		# The training start serves a few pages of each kind, so that what they load is in the archive too, and
		# writes the archive when it exits.
		local port=${BENCH_TRAINING_PORT:-18199}
		java "${flags[@]}" -XX:ArchiveClassesAtExit="$dir/app.jsa" -jar "$unpacked" \
			--hubatlas.data-dir="$PWD/$dir/training-data" --server.port="$port" >"$dir/training.log" 2>&1 &
		local training=$!
		wait_for "http://127.0.0.1:$port/" "$training"
		for page in / /cities /cities/beijing /companies/deepseek "/compare?cities=beijing,hangzhou" \
			/indicators/ai-companies /map /sources /search?q=deepseek /api/hubs/beijing /login /no/such/page; do
			curl -s -o /dev/null "http://127.0.0.1:$port$page"
		done
		kill "$training"
		wait "$training" 2>/dev/null || true
		rm -rf "$dir/training-data"
		[[ -f "$dir/app.jsa" ]] || { echo "recording the archive failed; see $dir/training.log" >&2; exit 2; }
	fi
	LAUNCH_HEAP=${BENCH_HEAP:-160m}
	LAUNCH_OPTS=("${flags[@]}" -XX:SharedArchiveFile="$dir/app.jsa" -Xmx"$LAUNCH_HEAP")
	LAUNCH_JAR=$unpacked
}
