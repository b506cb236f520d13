#!/usr/bin/env bash
# Slash command latency: 1,000 signed /wg14 requests against the shipped library (loopback).
# Usage: bench/slack.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.dicomstandard.quotable.bench.SlackLatency "$@"
