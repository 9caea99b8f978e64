#!/usr/bin/env bash
# Replay: resets a consumer group to the start of its topic through the Kafka Admin API, like
# `kafka-consumer-groups.sh --reset-offsets --to-earliest --execute`. By default the enrichment
# group (tidings-enrichment) on articles.ingested of the local stack (127.0.0.1:19092): stop
# enrichment-service, run this, start it again with a higher TIDINGS_ENRICHMENT_VERSION, and it
# re-tags every article; query-service replaces older tags with newer ones, never the reverse.
# See README.md, "Reliability drills".
#
#   deploy/local/replay.sh [--bootstrap-server HOST:PORT] [--group GROUP] [--topic TOPIC] [--wait-seconds N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [ ! -e deploy/local-infra/target/classpath.txt ]; then
  ./mvnw -B -q -pl deploy/local-infra package -DskipTests -Dspotless.check.skip=true
fi
classpath="$(cat deploy/local-infra/target/classpath.txt):$(ls deploy/local-infra/target/local-infra-*.jar)"
exec java -Xmx128m -cp "$classpath" dev.tidings.infra.ReplayCommand "$@"
