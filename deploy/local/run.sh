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

source deploy/local/build-if-stale.sh
exec java -Xmx256m -Dtidings.root="$root" -cp "$classpath" dev.tidings.infra.LocalStackCommand "$@"
