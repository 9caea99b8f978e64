#!/usr/bin/env bash
# Sourced by the drill scripts: builds whatever the local stack runs when it is missing, or when a
# source changed since the last build made here (a stamp file: Maven leaves an up-to-date jar or
# classpath.txt untouched, so their times say nothing), then sets $classpath to deploy/local-infra's.
# Expects to run from the checkout's root.
outputs=(
  "deploy/kafka-broker/target/kafka-libs:deploy/kafka-broker/pom.xml"
  "deploy/local-infra/target/classpath.txt:deploy/local-infra"
  "ingest-service/target/quarkus-app/quarkus-run.jar:ingest-service"
  "enrichment-service/target/quarkus-app/quarkus-run.jar:enrichment-service"
  "query-service/target/quarkus-app/quarkus-run.jar:query-service"
)
stamp=deploy/local/.drills/built
stale=false
for pair in "${outputs[@]}"; do
  output="${pair%%:*}" sources="${pair#*:}"
  if [ ! -e "$output" ] || [ ! -e "$stamp" ] \
      || [ -n "$(find "$sources" article-events/src pom.xml -newer "$stamp" -not -path '*/target/*' -print -quit 2>/dev/null)" ]; then
    stale=true
  fi
done
if $stale; then
  echo "Building (./mvnw package, tests skipped; run the tests with ./mvnw verify)..."
  ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
  mkdir -p "$(dirname "$stamp")" && touch "$stamp"
fi
classpath="$(cat deploy/local-infra/target/classpath.txt):$(ls deploy/local-infra/target/local-infra-*.jar)"
