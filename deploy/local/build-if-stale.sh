#!/usr/bin/env bash
# Sourced by the scripts here that run the stack (run.sh, bench.sh and the drills): the one "is the
# build stale?" check. Builds whatever they run when it is missing, or when a source changed since
# the last build made here, then sets $classpath to deploy/local-infra's. The check compares the
# sources with a stamp file written after each build, not with the built files: Maven leaves an
# up-to-date jar or classpath.txt untouched, so their times say nothing.
#
# Before sourcing, a script may add "output:sources" pairs of its own to `outputs` (bench.sh adds
# deploy/bench) and set build=false to run what is packaged now (bench.sh --no-build). Expects to
# run from the checkout's root.
outputs=(
  ${outputs[@]+"${outputs[@]}"}
  "deploy/kafka-broker/target/kafka-libs:deploy/kafka-broker/pom.xml"
  "deploy/local-infra/target/classpath.txt:deploy/local-infra"
  "ingest-service/target/quarkus-app/quarkus-run.jar:ingest-service"
  "enrichment-service/target/quarkus-app/quarkus-run.jar:enrichment-service"
  "query-service/target/quarkus-app/quarkus-run.jar:query-service"
)
# What every output is built from besides its own sources.
shared_sources=(article-events/src service-http/src pom.xml)
stamp=deploy/local/.built
if [ "${build:-true}" = true ]; then
  stale=false
  for pair in "${outputs[@]}"; do
    output="${pair%%:*}" sources="${pair#*:}"
    if [ ! -e "$output" ] || [ ! -e "$stamp" ] \
        || [ -n "$(find "$sources" "${shared_sources[@]}" -newer "$stamp" -not -path '*/target/*' -print -quit 2>/dev/null)" ]; then
      stale=true
    fi
  done
  if $stale; then
    echo "Building (./mvnw package, tests skipped; run the tests with ./mvnw verify)..."
    ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
    touch "$stamp"
  fi
fi
for pair in "${outputs[@]}"; do
  if [ ! -e "${pair%%:*}" ]; then
    echo "${pair%%:*} is missing: build it (./mvnw package -DskipTests)" >&2
    exit 1
  fi
done
classpath="$(cat deploy/local-infra/target/classpath.txt):$(ls deploy/local-infra/target/local-infra-*.jar)"
