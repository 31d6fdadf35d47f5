#!/usr/bin/env bash
# Start-up time of serve on the seeds: launches the built jar (through bin/policy-search, so with its class-data
# archive) on an index that is already there, and times process start to the first 200 from /health (the index
# open; the embedding model may still be loading), with the CPU time the process had used by then. RUNS runs, then
# the median. The first run builds the index if it is missing, and a run after a new jar writes the archive on exit:
# both are left out (a run before the timed ones).
#
#   bench/ready.sh [RUNS]      (default 5; needs target/policy-search.jar and curl, builds nothing)
#
# HTTP_BENCH_INDEX: the index folder (default target/http-bench-index, as bench/http.sh); SERVE_FLAGS: serve's flags.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
index=${HTTP_BENCH_INDEX:-target/http-bench-index}
jar=target/policy-search.jar
[[ -f $jar ]] || { echo "ready: $jar is missing; build it with: mvn -B -DskipTests package" >&2; exit 2; }
[[ ! -d $index && -d index/vector-cache ]] && mkdir -p "$index" && cp -r index/vector-cache "$index/"
log=$(mktemp "${TMPDIR:-/tmp}/policy-search-ready.XXXXXX")
trap 'rm -f "$log"' EXIT

once() { # prints "WALL_MS CPU_MS HEALTH"
  local port start end pid stat cpu health
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  start=$(date +%s%N)
  # shellcheck disable=SC2086 # SERVE_FLAGS holds several flags
  bin/policy-search serve --host 127.0.0.1 --port "$port" --index "$index" --watch 0 ${SERVE_FLAGS:-} >"$log" 2>&1 &
  pid=$!
  until health=$(curl -fs "http://127.0.0.1:$port/health" 2>/dev/null); do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "ready: the server did not start" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  read -r -a stat <"/proc/$pid/stat"
  cpu=$(((stat[13] + stat[14]) * 1000 / $(getconf CLK_TCK)))
  kill "$pid"
  wait "$pid" || { echo "ready: the server did not stop cleanly" >&2; exit 1; }
  echo "$(((end - start) / 1000000)) $cpu $health"
}

once >/dev/null # builds the index if missing; writes the class-data archive after a new jar
echo "ready: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
walls=()
for i in $(seq 1 "$runs"); do
  read -r wall cpu health <<<"$(once)"
  walls+=("$wall")
  echo "ready: run $i: /health 200 after $wall ms (CPU $cpu ms): $health"
done
echo "ready: median $(printf '%s\n' "${walls[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }') ms"
