#!/usr/bin/env bash
# Git sync benchmark: reload time of the shipped library (first load and median of 10 reloads),
# then time from GitHub's push webhook to the new reply being served (median of 10), with the
# service on a clone of a local bare repository holding the shipped library.
# Usage: bench/sync.sh            (from the repository root; prints its figures)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -DQUOTABLE_LOG_LEVEL=WARN ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.dicomstandard.quotable.bench.SyncBenchmark "$@"
