#!/usr/bin/env bash
# HTTP throughput on the seeds: serves them from the built jar on a free loopback port, waits for /health (and the
# embedding model), warms up, then runs wrk (16 connections, 2 threads) against /health, /api/search and the search
# page /search, the two searches rotating through the same 40 queries (bench/http.lua: keywords, body names, filters,
# a phrase, exclusions, colloquial words, an empty query). Prints requests/s and latency p50/p99 for each and the
# ratios api/health and html/health against their targets (0.20 and 0.15).
#
#   bench/http.sh [SECONDS]        (default 20 per run; needs wrk and target/policy-search.jar, builds nothing)
#
# wrk: Debian/Ubuntu `apt-get install -y wrk`, macOS `brew install wrk`. The jar: `mvn -B -DskipTests package`.
# serve keeps the answers of searches (--result-cache), so after the warm-up the rotating queries are mostly answered
# from that cache: SERVE_FLAGS="--result-cache 0" measures every search run afresh.
# HTTP_BENCH_WARMUP (seconds, default 10), HTTP_BENCH_INDEX (index folder, default target/http-bench-index: built
# on the first run, the vector cache copied from index/ when there is one), HTTP_BENCH_JFR (a file: a JFR recording
# of the api and html runs), SERVE_FLAGS (e.g. --no-semantic), POLICY_SEARCH_JAVA_OPTS (default -Xmx1g).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-20}
warmup=${HTTP_BENCH_WARMUP:-10}
index=${HTTP_BENCH_INDEX:-target/http-bench-index}
jar=target/policy-search.jar
command -v wrk >/dev/null || { echo "http: wrk is needed (Debian/Ubuntu: apt-get install -y wrk; macOS: brew install wrk)" >&2; exit 2; }
[[ -f $jar ]] || { echo "http: $jar is missing; build it with: mvn -B -DskipTests package" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/policy-search-http.XXXXXX")
server=
cleanup() {
  if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ ! -d $index && -d index/vector-cache ]]; then
  mkdir -p "$index" && cp -r index/vector-cache "$index/"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export POLICY_SEARCH_JAVA_OPTS=${POLICY_SEARCH_JAVA_OPTS:--Xmx1g}
# shellcheck disable=SC2086 # SERVE_FLAGS holds several flags
bin/policy-search serve --host 127.0.0.1 --port "$port" --index "$index" --watch 0 ${SERVE_FLAGS:-} \
  >"$work/serve.log" 2>&1 &
server=$!
base=http://127.0.0.1:$port
# ready: /health answers and the model is no longer loading (searches before that skip the related list)
for _ in $(seq 1 1200); do
  curl -fs "$base/health" 2>/dev/null | grep -qv '"semantic":"loading"' && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; echo "http: the server did not start" >&2; exit 1; }
  sleep 0.25
done
echo "http: $(grep -m1 "^Serving" "$work/serve.log"); $(curl -fs "$base/health")"
echo "http: serve ${SERVE_FLAGS:-(defaults: answers kept, --result-cache 64)}"
echo "http: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # MODE SECONDS: wrk's `http:` line
  wrk -t2 -c16 -d"${2}s" --timeout 10s -s bench/http.lua "$base" -- "$1" | grep '^http:'
}
echo "http: warm-up ${warmup} s per search mode ..."
run api "$warmup" >/dev/null
run html "$warmup" >/dev/null
java_home=$(dirname "$(dirname "$(readlink -f "/proc/$server/exe")")")
declare -A rps p50 p99
fail=0
for mode in health api html; do
  if [[ -n ${HTTP_BENCH_JFR:-} && $mode == api ]]; then
    "$java_home/bin/jcmd" "$server" JFR.start name=http settings=profile >/dev/null
  fi
  line=$(run "$mode" "$seconds")
  read -r _ _ _ _ r _ a _ b _ _ _ bad _ errors <<<"$line"
  rps[$mode]=$r p50[$mode]=$a p99[$mode]=$b
  printf 'http: %-6s %9.1f requests/s  p50 %7.2f ms  p99 %7.2f ms  (non-2xx %s, socket errors %s)\n' \
    "$mode" "$r" "$a" "$b" "$bad" "$errors"
  [[ $bad == 0 && $errors == 0 ]] || fail=1
done
if [[ -n ${HTTP_BENCH_JFR:-} ]]; then
  "$java_home/bin/jcmd" "$server" JFR.stop name=http filename="$(readlink -f "$HTTP_BENCH_JFR")" >/dev/null
  echo "http: JFR recording of the api and html runs in $HTTP_BENCH_JFR"
fi
ratio() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { r = a / b; printf "%.3f (target >= %.2f: %s)", r, t, (r >= t ? "met" : "NOT met") }'; }
echo "http: api/health  $(ratio "${rps[api]}" "${rps[health]}" 0.20)"
echo "http: html/health $(ratio "${rps[html]}" "${rps[health]}" 0.15)"

kill -TERM "$server"
status=0
wait "$server" || status=$?
server=
[[ $status == 0 ]] || { echo "http: the server stopped with exit code $status" >&2; fail=1; }
[[ $fail == 0 ]] || echo "http: FAILED: non-2xx answers, socket errors or a bad exit" >&2
exit $fail
