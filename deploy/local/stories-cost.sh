#!/usr/bin/env bash
# What story assignment costs (issue 16): N enriched archive articles published straight to
# articles.enriched, stored by query-service on a fresh PostgreSQL, once with stories on and once off;
# prints the assignment timer, query-service's and PostgreSQL's CPU per stored article and the store
# rate every WINDOW stored articles, and the on/off ratio of the store rate. Own stack on free ports;
# its data directories are deleted at the end. The embeddings are synthetic (see StoryCost).
#
#   deploy/local/stories-cost.sh [--no-build] [N (default 20000)] [WINDOW (default N/10)] [on,off | on | off]
#
# See README.md, "Benchmark".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

build=true
args=()
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=false; else args+=("$arg"); fi
done

if $build; then
  outputs=("deploy/bench/target/classpath.txt:deploy/bench")
  source deploy/local/build-if-stale.sh
else
  # Only what this measurement runs: PostgreSQL, the broker, query-service and the bench module.
  for output in deploy/kafka-broker/target/kafka-libs deploy/local-infra/target/classpath.txt \
      query-service/target/quarkus-app/quarkus-run.jar deploy/bench/target/classpath.txt; do
    [ -e "$output" ] || { echo "$output is missing: build it (./mvnw package -DskipTests)" >&2; exit 1; }
  done
fi

classpath="$(ls deploy/bench/target/bench-*.jar):$(ls deploy/local-infra/target/local-infra-*.jar)"
classpath="$classpath:$(cat deploy/local-infra/target/classpath.txt):$(cat deploy/bench/target/classpath.txt)"
exec java -Xmx768m -Dtidings.root="$root" -cp "$classpath" dev.tidings.bench.stories.StoryCost ${args[@]+"${args[@]}"}
