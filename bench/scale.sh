#!/usr/bin/env bash
# The scale benchmarks, run by hand (not part of the test suite):
#   bench/scale.sh [SIZE...]        default: 1M (sizes in quads: 100k, 1M, 10M)
# For each size, on the same machine and in the same run, so that the figures are ratios:
#   generate   `communs-kg generate --size SIZE` into a TDB2 store;
#   load       the generated graph, dumped to N-Quads, loaded again by our bulk path (BulkLoadBench:
#              Jena's phased loader plus our text index) and by Jena's tdb2.tdbloader, twice, in
#              both orders;
#   dump       sorted N-Quads and Turtle by communs-kg vs Jena's writers (DumpBench) and
#              tdb2.tdbdump, each in a child JVM under $BENCH_HEAP, with peak RSS;
#   query      the queries/ gallery, the entity description and the entity page of the most
#              connected entity through our /sparql, a standalone Fuseki on a copy of the store,
#              and in-process ARQ (QueryBench, up to $BENCH_RUNS interleaved rounds each, fewer
#              once $BENCH_BUDGET_S seconds are spent; queries cancelled after $BENCH_TIMEOUT_MS);
#   footprint  `serve` under -Xmx1g on the existing store: time (and CPU) until /sparql answers,
#              plain and with a class-data-sharing archive made by a first start.
# Once per run: importer throughput on $BENCH_ARTICLES synthetic French articles (ImportBench),
# the jar's size and its runtime dependencies (bench/dependencies.txt).
# BENCH_STEPS picks steps (default: import generate dump load query footprint); BENCH_REUSE=1 keeps
# an existing store. Appends tab-separated lines to bench/scale.tsv; bench/SCALE.md discusses them.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- 1M; fi
work=${BENCH_DIR:-/tmp/communs-kg-scale}
heap=${BENCH_HEAP:--Xmx1g}
runs=${BENCH_RUNS:-10}
articles=${BENCH_ARTICLES:-300}
timeout_ms=${BENCH_TIMEOUT_MS:-30000}   # the same query timeout for the three paths
budget=${BENCH_BUDGET_S:-60}            # seconds of measured rounds per query before stopping early
steps=" ${BENCH_STEPS:-import generate dump load query footprint} "   # a subset, for long sizes
step() { [[ "$steps" == *" $1 "* ]]; }
mkdir -p "$work" target/bench
mvn -B -q package -DskipTests -Denforcer.skip
mvn -B -q dependency:copy@fuseki-server
mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-cmds:5.6.0 -DoutputDirectory=target/bench
# The benchmark runs from its own copy of the build, so the worktree can be rebuilt meanwhile.
bin="$work/bin" && rm -rf "$bin" && mkdir -p "$bin"
cp target/communs-kg.jar target/fuseki/fuseki-server.jar target/bench/jena-cmds-5.6.0.jar "$bin/"
cp -r target/test-classes "$bin/test-classes"
jar=$bin/communs-kg.jar
cp=$jar:$bin/test-classes
jena=$jar:$bin/jena-cmds-5.6.0.jar
results=bench/scale.tsv
[ -f "$results" ] || printf 'date\tsize\tstep\titem\tpath\tfigures\n' > "$results"
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
record() { printf '%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$1" "$2" | tee -a "$results"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
await() { # URL PID: wait until the URL answers 200
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$1" && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.02
  done
  return 1
}
# timed LABEL CMD...: wall seconds and peak RSS (MB) of a command, its stdout kept in $work/out.txt
timed() {
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || { cat "$work/err.txt"; return 1; }
  read -r wall rss < "$work/time.txt"
  echo "$label wall_s=$wall peak_rss_mb=$((rss / 1024)) $(tr '\n' ' ' < "$work/out.txt")"
}

# Importer throughput and the jar, once.
if step import; then
rm -rf "$work/articles" "$work/import-store"
java -jar "$jar" generate --texts "$articles" --out "$work/articles" > /dev/null
record "-" "import	synthetic-articles	communs-kg	$(java -cp "$cp" org.communskg.bench.ImportBench "$work/articles" "$work/import-store" | cut -f2- | awk -F'\t' '{printf "articles=%s wall_s=%s cpu_s=%s articles_per_s=%s articles_per_cpu_s=%s", $1, $2, $3, $4, $5}') cores=$(nproc)"
mvn -B -q dependency:list -DincludeScope=runtime -DoutputFile=bench/dependencies.txt -Dsort=true
record "-" "footprint	jar	communs-kg	bytes=$(stat -c %s "$jar") runtime_dependencies=$(grep -c ':jar:' bench/dependencies.txt)"
fi

for size in "$@"; do
  store="$work/store-$size"
  if step generate && { [ "${BENCH_REUSE:-0}" != 1 ] || [ ! -d "$store" ]; }; then
    rm -rf "$store" "$store-text"
    record "$size" "generate	graph	communs-kg	$(timed gen java "$heap" -jar "$jar" generate --store "$store" --size "$size")"
  fi
  # Dumps: ours sorted vs Jena's writers on the same store, then tdb2.tdbdump.
  if step dump || step load; then
  # The load step needs only Jena's N-Quads dump, as its input.
  modes="jena ours jena-ttl ours-ttl" && step dump || modes=jena
  for mode in $modes; do
    record "$size" "dump	$mode	$mode	$(timed "$mode" java "$heap" -cp "$cp" org.communskg.bench.DumpBench "$mode" "$store" "$work/dump-$mode.gz")"
  done
  if step dump; then
  record "$size" "dump	nq	tdb2.tdbdump	$(timed tdbdump sh -c "java $heap -cp $jena tdb2.tdbdump --loc '$store' | gzip -6 > '$work/tdbdump.nq.gz'")"
  fi
  # Bulk load of the same N-Quads file: our bulk path (Jena's phased loader + text index) vs tdb2.tdbloader
  # (phased too, no text index), one after the other, then the other way round: the order's share of
  # the noise (page cache, a neighbour's build) falls on both.
  if step load; then
  rm -rf "$work/load-ours" "$work/load-jena"
  mv "$work/dump-jena.gz" "$work/graph.nq.gz"
  for round in 1 2; do
    rm -rf "$work/load-ours" "$work/load-ours-text" "$work/load-jena"
    load_ours() { record "$size" "load	nq	communs-kg	round=$round $(timed ours java "$heap" -cp "$cp" org.communskg.bench.BulkLoadBench "$work/graph.nq.gz" "$work/load-ours")"; }
    load_jena() { record "$size" "load	nq	tdb2.tdbloader	round=$round $(timed tdbloader java "$heap" -cp "$jena" tdb2.tdbloader --loc "$work/load-jena" "$work/graph.nq.gz")"; }
    if [ "$round" = 1 ]; then load_ours; load_jena; else load_jena; load_ours; fi
  done
  rm -rf "$work/load-ours-text"
  fi
  rm -rf "$work/load-ours" "$work/load-jena" "$work"/*.gz
  fi
  # Queries: a standalone Fuseki on a copy (one process per TDB2 folder), ours and ARQ in this JVM.
  if step query; then
  rm -rf "$store-fuseki" && cp -r "$store" "$store-fuseki" && mkdir -p "$work/fuseki-base"
  port=$(free_port)
  FUSEKI_BASE="$work/fuseki-base" java "$heap" -jar "$bin/fuseki-server.jar" --localhost --port="$port" \
    --loc="$store-fuseki" --tdb2 --set tdb2:unionDefaultGraph=true --timeout="$timeout_ms" /ds \
    > "$work/fuseki.log" 2>&1 &
  fuseki=$!
  await "http://127.0.0.1:$port/\$/ping" "$fuseki"
  java "$heap" -Dcommunskg.queryTimeoutSeconds="$((timeout_ms / 1000))" -Dbench.budgetSeconds="$budget" \
    -cp "$cp" org.communskg.bench.QueryBench "$store" "http://127.0.0.1:$port/ds" "$size" "$runs" \
    2> "$work/query-err.txt" | while IFS=$'\t' read -r label item path n median p99; do
      if [ "$median" = failed ]; then record "$size" "query	$item	$path	failed: $p99"
      else record "$size" "query	$item	$path	runs=$n median_ms=$median p99_ms=$p99"; fi
    done
  kill "$fuseki"; wait "$fuseki" 2>/dev/null || true
  rm -rf "$store-fuseki"
  fi
  # Footprint: serve the store under -Xmx1g; time from start until /sparql answers, and the CPU the
  # process spent until then (what an idle machine would see, roughly halved on two cores). Plain
  # starts and starts with a class-data-sharing archive (README, "Scale") alternate.
  if step footprint; then
  hub=$(grep -o 'most connected entity: .*' "$work/query-err.txt" 2>/dev/null | sed 's#.*/id/##' || true)
  hub=${hub:-${BENCH_HUB:-person/camille-martin}}
  serve_ready() { # ATTEMPT MODE JAVA_OPTS...
    local attempt=$1 mode=$2; shift 2
    port=$(free_port)
    start=$(now)
    java -Xmx1g "$@" -jar "$jar" serve --store "$store" --port "$port" > "$work/serve.log" 2>&1 &
    serve=$!
    await "http://127.0.0.1:$port/sparql?query=ASK%7B%7D" "$serve"
    ready=$(since "$start")
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$serve/stat")
    status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "http://127.0.0.1:$port/id/$hub")
    kill "$serve"; wait "$serve" 2>/dev/null || true
    [ "$mode" = training ] || record "$size" "footprint	serve-ready	communs-kg	attempt=$attempt mode=$mode heap=-Xmx1g ready_s=$ready cpu_s_at_ready=$cpu hub_page_status=$status"
  }
  rm -f "$work/communs-kg.jsa"
  serve_ready 0 training -XX:ArchiveClassesAtExit="$work/communs-kg.jsa"
  for attempt in 1 2 3; do
    serve_ready "$attempt" plain
    serve_ready "$attempt" cds -XX:SharedArchiveFile="$work/communs-kg.jsa"
  done
  fi
done
