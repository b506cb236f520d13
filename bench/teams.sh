#!/usr/bin/env bash
# Teams latency, both set-ups, on the shipped library, each on its own random port:
# 1. the outgoing webhook: 1,000 HMAC-signed POST /teams/messages requests, one at a time, with rotating
#    questions; p50/p90/p99/max, then the same with every question distinct so the answer cache cannot help;
# 2. the Bot Framework bot: 1,000 JWT-signed message Activities to POST /api/messages (time to the
#    acknowledgement, and to the reply's arrival at a local fake of the Connector), then 1,000 compose-box
#    searches (answered in the response). Microsoft's side is a local fake; nothing leaves the machine.
# Usage: bench/teams.sh [LIBRARY_ROOT] [REQUESTS]   (from the repository root; prints its figures)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
java -Xmx1g ${JAVA_OPTS:-} -DQUOTABLE_LOG_LEVEL=WARN -cp "$cp" org.dicomstandard.quotable.bench.TeamsBenchmark "$@"
exec java -Xmx1g ${JAVA_OPTS:-} -DQUOTABLE_LOG_LEVEL=WARN -cp "$cp" org.dicomstandard.quotable.bench.BotFrameworkBenchmark "$@"
