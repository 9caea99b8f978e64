#!/usr/bin/env bash
# Search benchmark for query-service (not part of any test run).
#
# Starts a PostgreSQL of its own (zonky's embedded binaries, via deploy/local-infra), runs the
# packaged query-service against it with the consumer off, stores >= 20,000 Reuters-21578 articles
# with the service's own upsert statements, then measures the typical searches (a term, a phrase
# plus a filter, a facet query) at a fixed rate over HTTP, and the SQL those requests send under
# pgbench at the same rate. Prints a table and writes query-service/target/search-bench/report.md.
#
#   query-service/bench/search-bench.sh [articles=20000] [rate=200] [seconds=30] [corpus=PATH] [pgbench=PATH]
#
# Needs pgbench (Debian: postgresql-client; /usr/lib/postgresql/15/bin/pgbench is the default) and
# the corpus file (default /work/shared/data/news/reuters21578.jsonl).
set -euo pipefail
cd "$(dirname "$0")/../.."
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}"
./mvnw -B -q -o -pl query-service package -DskipTests
./mvnw -B -q -o -pl query-service -Psearch-bench exec:java -Dexec.args="$*"
