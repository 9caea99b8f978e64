#!/usr/bin/env bash
# Fault drill: starts a durable local stack on free ports (work dir deploy/local/.drills/fault),
# pushes 10,000 generated article submissions (1 in 10 an update of an earlier URL) 16 at a time,
# retrying on 429/5xx/connection errors as a producer would, while it kills -9 and restarts each
# service once, stops ingest and enrichment with SIGTERM once, restarts the Kafka broker and
# PostgreSQL (75 s down) on their data, then waits until both
# consumer groups have no lag and checks that every acknowledged article is stored once, in its
# latest acknowledged revision. Prints the counts; exits non-zero if any is missing or duplicated.
# Took 7-9 minutes on the 2-core development machine. See README.md, "Reliability drills".
#
#   deploy/local/fault-drill.sh [--articles N] [--concurrency N] [--work DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source deploy/local/build-if-stale.sh
exec java -Xmx512m -Dtidings.root="$root" -cp "$classpath" dev.tidings.infra.drill.FaultDrill "$@"
