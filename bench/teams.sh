#!/usr/bin/env bash
# Teams webhook latency: starts the service on the shipped library on a random port and sends
# 1,000 HMAC-signed POST /teams/messages requests, one at a time, with rotating questions; prints
# p50/p90/p99/max, then the same with every question distinct so the answer cache cannot help.
# Usage: bench/teams.sh [LIBRARY_ROOT] [REQUESTS]   (from the repository root; prints its figures)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g ${JAVA_OPTS:-} -DQUOTABLE_LOG_LEVEL=WARN \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.dicomstandard.quotable.bench.TeamsBenchmark "$@"
