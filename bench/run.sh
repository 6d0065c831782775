#!/usr/bin/env bash
# The dump benchmark, run by hand (not part of the test suite):
#   bench/run.sh [ARTICLES...]      default: 40000 160000 (about 2.5 and 10 million quads)
# For each size: generate a synthetic TDB2 store, then dump it to sorted gzip N-Quads with
# communs-kg and, as the peer, with Jena's own RDFDataMgr.write(..., RDFFormat.NQUADS), each in a
# child JVM under -Xmx512m (and both again under -Xmx256m), measured by /usr/bin/time (wall time,
# peak RSS) and by the JVM (largest heap in use after a GC). Appends one line per run to
# bench/results.tsv; bench/RESULTS.md discusses them. BENCH_REUSE=1 keeps an existing store.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- 40000 160000; fi
sizes=("$@")
work=${BENCH_DIR:-/tmp/communs-kg-bench}
heap=${BENCH_HEAP:--Xmx512m}
# both again under a smaller heap: TDB2's own node caches set the floor, for Jena's writer as for ours
small=${BENCH_SMALL_HEAP:--Xmx256m}
mkdir -p "$work"
mvn -B -q package -DskipTests -Denforcer.skip
cp=target/communs-kg.jar:target/test-classes
results=bench/results.tsv
[ -f "$results" ] || printf 'date\tarticles\tquads\tmode\theap\twall_s\tlive_heap_after_gc_mb\tpeak_rss_mb\toutput_bytes\n' > "$results"

for n in "${sizes[@]}"; do
  store="$work/store-$n"
  if [ "${BENCH_REUSE:-0}" != 1 ] || [ ! -d "$store" ]; then
    rm -rf "$store"
    echo "== $n articles: generate"
    java -jar target/communs-kg.jar generate --store "$store" --articles "$n"
  fi
  for run in "jena $small" "ours $small" "jena $heap" "ours $heap"; do
    read -r mode h <<< "$run"
    out="$work/$mode-$n.nq.gz"
    echo "== $n articles: dump ($mode, $h)"
    if ! line=$(/usr/bin/time -f '%M' -o "$work/time.txt" java "$h" -cp "$cp" org.communskg.bench.DumpBench \
        "$mode" "$store" "$out" 2> "$work/err.txt"); then
      printf '%s\t%s\t-\t%s\t%s\tfailed: %s\t-\t-\t-\n' "$(date -u +%FT%TZ)" "$n" "$mode" "$h" \
        "$(grep -m1 -o 'OutOfMemoryError[^\n]*' "$work/err.txt" || echo error)" | tee -a "$results"
      continue
    fi
    rss_kb=$(tail -1 "$work/time.txt")
    quads=$(zcat "$out" | wc -l)
    IFS=$'\t' read -r m count wall peak <<< "$line"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$n" "$quads" "$m" "$h" "$wall" "$peak" \
      "$((rss_kb / 1024))" "$(stat -c %s "$out")" | tee -a "$results"
    if [ "$mode" = jena ]; then mv "$out" "$work/jena-$n.keep.nq.gz"; fi
  done
  # Same quads in both outputs; ours sorted by code point (C-locale byte order), no duplicates.
  zcat "$work/ours-$n.nq.gz" | LC_ALL=C sort -c -u && echo "ours-$n: sorted, unique"
  cmp <(zcat "$work/ours-$n.nq.gz") <(zcat "$work/jena-$n.keep.nq.gz" | LC_ALL=C sort -u) && echo "ours-$n = sort -u (jena-$n)"
  rm -f "$work/jena-$n.keep.nq.gz" "$work/ours-$n.nq.gz"
done
