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
