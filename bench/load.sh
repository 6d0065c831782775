#!/usr/bin/env bash
# The load benchmark, run by hand (not part of the test suite):
#   bench/load.sh [CLIENTS [SECONDS [SYNTHETIC_ARTICLES]]]     default: 16 60 0
# Builds the jar, then runs org.communskg.bench.LoadBench: a server on loopback over a fresh store
# (the real articles, plus SYNTHETIC_ARTICLES from `generate` if asked), CLIENTS clients sending a mixed workload for SECONDS while
# the articles are re-imported in a loop. Writes bench/LOAD.md (throughput, p50/p95/p99, errors).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests -Denforcer.skip
mvn -B -q test-compile -Denforcer.skip
java -cp target/communs-kg.jar:target/test-classes org.communskg.bench.LoadBench "${1:-16}" "${2:-60}" "${3:-0}" bench/LOAD.md
