#!/usr/bin/env bash
# Load benchmark: GET /api/v1/search with rotating questions beside GET /api/v1/ping, in one run,
# 16 connections, on this machine (loopback only). Prints wrk's figures for both.
# Usage: bench/load.sh [SECONDS]   (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
port=${PORT:-18080}
command -v wrk >/dev/null || { echo "bench/load.sh needs wrk: apt-get install -y wrk" >&2; exit 2; }
[ -f target/quotable.jar ] || mvn -B -q package -DskipTests
data=$(mktemp -d)
# One client (wrk on loopback) sends far more than a person could: lift the per-client limit so the
# limiter is still on the path (each request takes a token) but never refuses.
QUOTABLE_RATE_LIMIT=${QUOTABLE_RATE_LIMIT:-1000000000} QUOTABLE_DATA="$data" QUOTABLE_WATCH=false MICRONAUT_SERVER_PORT=$port java -jar target/quotable.jar >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/api/v1/ping" >/dev/null && break; sleep 0.5; done
echo "== $(nproc) cores, $(java -version 2>&1 | head -1), server log $data/server.log"
echo "== warm-up"
wrk -t2 -c16 -d5s "http://127.0.0.1:$port/api/v1/ping" >/dev/null
wrk -t2 -c16 -d5s -s bench/search.lua "http://127.0.0.1:$port" >/dev/null
echo "== GET /api/v1/ping, 16 connections, ${seconds}s"
wrk -t2 -c16 -d"${seconds}s" --latency "http://127.0.0.1:$port/api/v1/ping"
echo "== GET /api/v1/search (rotating questions), 16 connections, ${seconds}s"
wrk -t2 -c16 -d"${seconds}s" --latency -s bench/search.lua "http://127.0.0.1:$port"
