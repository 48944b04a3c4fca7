#!/usr/bin/env bash
# Load test of GET /api/incidents: builds vigil, fills a fresh database with the demo run, serves it
# on a free loopback port, creates an observer key and runs wrk three times
# (2 threads, 32 connections, 20 s, latency histogram). Prints requests/s and p99 of each run and
# their medians, then stops the server. Installs Debian's wrk when it is missing.
# Usage: scripts/bench-api.sh [seconds per run, default 20]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration="${1:-20}"

if ! command -v wrk >/dev/null; then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi

dotnet build src/Vigil.Cli/Vigil.Cli.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
vigil=src/Vigil.Cli/bin/Release/net10.0/vigil
dir="$(mktemp -d -t vigil-bench-api.XXXXXX)"
db="$dir/vigil.db"
server=""
cleanup() {
  if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT

"$vigil" demo --no-serve --db "$db" >"$dir/demo.txt"
key="$("$vigil" keys create --db "$db" --role observer --name "bench-api" | sed -E 's/.*"key":"([^"]+)".*/\1/')"

"$vigil" serve --db "$db" --port 0 >"$dir/serve.txt" 2>&1 &
server=$!
url=""
for _ in $(seq 1 600); do
  url="$(sed -nE 's/^Listening on (http:[^ ]+)$/\1/p' "$dir/serve.txt")"
  [[ -n "$url" ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$dir/serve.txt" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { echo "bench-api: the server did not start" >&2; exit 1; }
target="${url%/}/api/incidents"
bytes="$(curl -fsS -H "Authorization: Bearer $key" "$target" | wc -c)"
echo "GET $target: $bytes bytes, $(nproc) cores, wrk -t2 -c32 -d${duration}s"

# One warm-up run (JIT, connection setup) that is not counted.
wrk -t2 -c32 -d3s -H "Authorization: Bearer $key" "$target" >/dev/null

to_ms() { # wrk latency such as 812.00us, 3.21ms, 1.02s → milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
rps=(); p99=()
for run in 1 2 3; do
  out="$(wrk -t2 -c32 -d"${duration}s" --latency -H "Authorization: Bearer $key" "$target")"
  r="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")"
  p="$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")"
  errors="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")"
  rps+=("$r"); p99+=("$p")
  echo "run $run: ${r} requests/s, p99 ${p} ms${errors:+, $errors non-2xx responses}"
done
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
echo "median: $(median "${rps[@]}") requests/s, p99 $(median "${p99[@]}") ms"
