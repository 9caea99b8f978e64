#!/usr/bin/env bash
# The performance benchmark: measures the whole pipeline on real articles in one run and prints one
# table (each figure beside the limit of the part underneath it, the target ratio, PASS/FAIL), and
# writes the same figures as JSON (default deploy/local/.run/bench.json). Builds whatever is missing
# or stale first, as run.sh does, then starts its own stack on free ports (durable PostgreSQL), or
# measures a running one with --reuse. Takes 10-15 minutes for 3,000 articles on 2 cores.
#
#   deploy/local/bench.sh [--articles FILE.jsonl] [--limit N] [--json OUT.json] [--reuse URLs...] [--profile]
#   deploy/local/bench.sh --help        # every option
#   deploy/local/bench.sh --no-build …  # measure what is packaged now, even if older than its sources
#   deploy/local/bench.sh --stories on,off  # the full-load phase only, stories on then off, a fresh stack each
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

# Besides the stack, the benchmark runs its own module.
outputs=("deploy/bench/target/classpath.txt:deploy/bench")
source deploy/local/build-if-stale.sh

# The freshly built local-infra first: bench's own classpath may name the copy in ~/.m2.
classpath="$(ls deploy/bench/target/bench-*.jar):$(ls deploy/local-infra/target/local-infra-*.jar)"
classpath="$classpath:$(cat deploy/local-infra/target/classpath.txt):$(cat deploy/bench/target/classpath.txt)"
exec java -Xmx768m -Dtidings.root="$root" -cp "$classpath" dev.tidings.bench.BenchCommand ${args[@]+"${args[@]}"}
