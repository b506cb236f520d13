#!/usr/bin/env bash
# Event store benchmark: disk used per million questions (H2 file and PostgreSQL, daily limit off
# and at its default) and the time to write them. Starts its own PostgreSQL (Debian's postgresql).
# Usage: bench/events.sh [QUESTIONS]   (default 1,000,000; from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.dicomstandard.quotable.bench.EventsBenchmark "$@"
