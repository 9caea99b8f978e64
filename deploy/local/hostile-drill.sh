#!/usr/bin/env bash
# Hostile drill: starts a local stack on free ports (work dir deploy/local/.drills/hostile), sends
# well over 1,000 bad requests to every endpoint of the three services (found in their OpenAPI
# documents), checks no answer is a 5xx, every error is problem+json naming the problem without
# internals and every service is still ready; then produces poison records onto both topics and
# checks they reach the dead-letter topics with their reason and origin headers while the valid
# records behind them are stored. Exits non-zero on any failure. See README.md, "Reliability drills".
#
#   deploy/local/hostile-drill.sh [--work DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source deploy/local/build-if-stale.sh
exec java -Xmx512m -Dtidings.root="$root" -cp "$classpath" dev.tidings.infra.drill.HostileDrill "$@"
