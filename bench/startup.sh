#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar` to the first answer of a search, then the process's
# resident memory, the heap in use after a full GC, and the jar's size. Three starts; prints each.
# Usage: bench/startup.sh            (from the repository root; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18081}
[ -f target/quotable.jar ] || mvn -B -q package -DskipTests
echo "jar $(du -m target/quotable.jar | cut -f1) MB, $(nproc) cores, $(java -version 2>&1 | head -1)"
for run in 1 2 3; do
  data=$(mktemp -d)
  start=$(date +%s%N)
  QUOTABLE_DATA="$data" QUOTABLE_WATCH=false MICRONAUT_SERVER_PORT=$port java -jar target/quotable.jar >"$data/server.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
  until curl -fs "http://127.0.0.1:$port/api/v1/search?q=why+does+dicom+not+include+security" 2>/dev/null | grep -q '"hits":\[{'; do
    kill -0 $server 2>/dev/null || { echo "the server stopped: $data/server.log" >&2; exit 1; }
    sleep 0.05
  done
  first=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$server/status)
  jcmd $server GC.run >/dev/null
  heap=$(jcmd $server GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K,?", "", v); print int(v / 1024); exit}}')
  echo "run $run: first answer after ${first} ms; resident ${rss} MB; heap used after a full GC ${heap} MB"
  kill $server; wait $server 2>/dev/null || true
  trap - EXIT
  rm -rf "$data"
done
