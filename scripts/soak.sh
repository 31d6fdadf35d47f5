#!/usr/bin/env bash
# Soak test: serves the seeds from the built jar on loopback and runs wrk against the JSON API and the HTML pages
# with real and hostile requests (scripts/soak.lua), sampling the server's memory and open files.
#
#   scripts/soak.sh [SECONDS] [CONNECTIONS]      (defaults 60 and 64; needs wrk and target/policy-search.jar)
#
# Prints the responses by class, wrk's latency, and RSS, heap after a full GC, open file descriptors and threads
# after the warm-up and at the end; exits 1 on any 5xx or socket error, or when the server does not stop with 0.
# Extra server flags: SOAK_SERVE_FLAGS (e.g. --no-semantic); JVM options: POLICY_SEARCH_JAVA_OPTS (default -Xmx1g).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
connections=${2:-64}
warmup=${SOAK_WARMUP:-15}
jar=target/policy-search.jar
command -v wrk >/dev/null || { echo "soak: wrk is needed (Debian: apt-get install wrk)" >&2; exit 2; }
[[ -f $jar ]] || { echo "soak: $jar is missing; build it with: mvn -B -DskipTests package" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/policy-search-soak.XXXXXX")
server=
cleanup() {
  if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# the index is built in a scratch folder (the vector cache is copied in when there is one, to save the embedding)
mkdir -p "$work/index"
[[ -d index/vector-cache ]] && cp -r index/vector-cache "$work/index/"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export POLICY_SEARCH_JAVA_OPTS=${POLICY_SEARCH_JAVA_OPTS:--Xmx1g}
# shellcheck disable=SC2086 # SOAK_SERVE_FLAGS holds several flags
bin/policy-search serve --host 127.0.0.1 --port "$port" --index "$work/index" --watch 0 ${SOAK_SERVE_FLAGS:-} \
  >"$work/serve.log" 2>&1 &
server=$!
base=http://127.0.0.1:$port
for _ in $(seq 1 600); do
  curl -fs "$base/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; echo "soak: the server did not start" >&2; exit 1; }
  sleep 0.5
done
java_home=$(dirname "$(dirname "$(readlink -f "/proc/$server/exe")")")
jcmd="$java_home/bin/jcmd"

# one line of figures: RSS, heap used after a full GC, open file descriptors, threads
sample() {
  local rss fds threads heap
  rss=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status")
  threads=$(awk '/^Threads/ {print $2}' "/proc/$server/status")
  fds=$(find "/proc/$server/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
  heap=-
  if [[ ${1:-} == gc ]]; then
    "$jcmd" "$server" GC.run >/dev/null
    heap=$("$jcmd" "$server" GC.heap_info | awk '/garbage-first heap|def new generation|heap/ && /used/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); printf "%.0f", v / 1024; exit } }')
  fi
  echo "rss ${rss} MB, heap after GC ${heap} MB, fds ${fds}, threads ${threads}"
}

echo "soak: $(grep -m1 "^Serving" "$work/serve.log")"
echo "soak: warm-up ${warmup} s at $connections connections ..."
wrk -t2 -c"$connections" -d"${warmup}s" -s scripts/soak.lua "$base" >/dev/null
before=$(sample gc)
echo "soak: after warm-up: $before"
echo "soak: ${seconds} s at $connections connections ..."
(
  for _ in $(seq 1 $((seconds / 10))); do
    sleep 10
    kill -0 "$server" 2>/dev/null && echo "soak:   $(sample)"
  done
) &
sampler=$!
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s -s scripts/soak.lua "$base" | tee "$work/wrk.txt"
wait "$sampler" || true
after=$(sample gc)
echo "soak: at the end: $after"
sleep 5
echo "soak: idle 5 s later: $(sample gc)"

kill -TERM "$server"
status=0
wait "$server" || status=$?
server=
echo "soak: server stopped with exit code $status: $(tail -1 "$work/serve.log")"

fail=0
grep -q 'soak: requests .* 5xx 0, other 0' "$work/wrk.txt" || { echo "soak: FAILED: server errors" >&2; fail=1; }
grep -q 'soak: socket errors connect 0, read 0, write 0, timeout 0' "$work/wrk.txt" \
  || { echo "soak: FAILED: socket errors" >&2; fail=1; }
[[ $status == 0 ]] || { echo "soak: FAILED: exit code $status" >&2; fail=1; }
[[ $fail == 0 ]] && echo "soak: passed"
exit $fail
