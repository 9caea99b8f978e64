#!/usr/bin/env bash
# Runs the whole Tidings pipeline on this machine: a real PostgreSQL, a real Kafka broker (KRaft,
# its own JVM) and the three services, all on loopback. Builds whatever is missing or stale first.
# Needs only JDK 17 and access to Maven Central. Ctrl-C or SIGTERM stops every process it started.
#
#   deploy/local/run.sh                      # start, push the sample articles, keep running
#   deploy/local/run.sh --articles FILE.jsonl  # also push a corpus, with a progress bar
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

# What the stack runs; a build is needed when one is missing or older than its sources.
outputs=(
  "deploy/kafka-broker/target/kafka-libs:deploy/kafka-broker/pom.xml"
  "deploy/local-infra/target/classpath.txt:deploy/local-infra"
  "ingest-service/target/quarkus-app/quarkus-run.jar:ingest-service"
  "enrichment-service/target/quarkus-app/quarkus-run.jar:enrichment-service"
  "query-service/target/quarkus-app/quarkus-run.jar:query-service"
)
stale=false
for pair in "${outputs[@]}"; do
  output="${pair%%:*}" sources="${pair#*:}"
  if [ ! -e "$output" ] || [ -n "$(find "$sources" article-events/src pom.xml -newer "$output" -not -path '*/target/*' -print -quit 2>/dev/null)" ]; then
    stale=true
  fi
done
if $stale; then
  echo "Building (./mvnw package, tests skipped; run the tests with ./mvnw verify)..."
  ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
fi

classpath="$(cat deploy/local-infra/target/classpath.txt):$(ls deploy/local-infra/target/local-infra-*.jar)"
exec java -Xmx256m -Dtidings.root="$root" -cp "$classpath" dev.tidings.infra.LocalStackCommand "$@"
