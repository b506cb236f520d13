#!/usr/bin/env bash
# Search benchmark: index build time, heap after indexing and single-thread query latency for
# 1,000 and 10,000 generated replies, then validate time on 10,000 reply files.
# Usage: bench/search.sh            (from the repository root; prints its figures)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.dicomstandard.quotable.bench.SearchBenchmark "$@"
