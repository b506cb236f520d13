#!/usr/bin/env bash
# Search quality tools (test scope), run from the repository root:
#   bench/search-eval.sh [--misses] [--thresholds]
#                                        figures per evaluation set (src/test/resources/eval/), this search and the
#                                        baseline; every miss; precision and confident-and-right at other thresholds
#   bench/search-eval.sh fit             refits the confidence model on the train split and rewrites
#                                        src/main/resources/search/confidence.properties
#   bench/search-eval.sh compare         the served embedding models side by side, each with its own blend
#                                        weight and refitted confidence (writes nothing)
#   bench/search-eval.sh explain "q" ... each question's candidate topics in order, with their word and meaning
#                                        scores and confidence: why search answers as it does
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
main=org.dicomstandard.quotable.search.SearchEvaluation
case "${1:-}" in
  fit) main=org.dicomstandard.quotable.search.ConfidenceFit; shift ;;
  compare) main=org.dicomstandard.quotable.search.ModelComparison; shift ;;
  explain) main=org.dicomstandard.quotable.search.SearchExplain; shift ;;
esac
exec java -Xmx1g ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" "$main" "$@"
