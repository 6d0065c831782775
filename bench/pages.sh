#!/usr/bin/env bash
# The hub's entity page, its RDF description and its neighbourhood, served by two builds of
# communs-kg one after the other on the same store (by hand, not part of the test suite):
#   bench/pages.sh STORE SIZE BEFORE_JAR AFTER_JAR [RUNS]
# Each build is started with `serve` under $BENCH_HEAP; every URL gets one warm-up request, then
# RUNS timed requests (curl's time_total, the whole body read). Appends to bench/scale.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
store=$1 size=$2 before=$3 after=$4 runs=${5:-5}
heap=${BENCH_HEAP:--Xmx1g}
hub=${BENCH_HUB:-person/camille-martin}
results=bench/scale.tsv
work=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
record() { printf '%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$size" "$1" | tee -a "$results"; }
# measure LABEL BUILD URL ACCEPT: median and slowest of RUNS requests, in ms, and the status
measure() {
  local item=$1 build=$2 url=$3 accept=$4 times=() status
  curl -s -o /dev/null -m 300 -H "Accept: $accept" "$url" || true
  for _ in $(seq 1 "$runs"); do
    read -r status t < <(curl -s -o /dev/null -m 300 -w '%{http_code} %{time_total}\n' -H "Accept: $accept" "$url" || echo "000 0")
    times+=("$(echo "$t * 1000" | bc)")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -g)
  median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  slowest=$(echo "$sorted" | tail -1)
  record "page	$item	$build	runs=$runs median_ms=$median p99_ms=$slowest status=$status heap=$heap"
}
for build in before after; do
  jar=$before; [ "$build" = after ] && jar=$after
  port=$(free_port)
  java "$heap" -Dcommunskg.queryTimeoutSeconds=120 -jar "$jar" serve --store "$store" --port "$port" > "$work/serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$port/sparql?query=ASK%7B%7D" && break; sleep 0.1; done
  base=http://127.0.0.1:$port
  iri=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "http://localhost:7070/id/$hub")
  measure "entity-page $hub" "communs-kg-$build" "$base/id/$hub" text/html
  measure "entity-rdf $hub" "communs-kg-$build" "$base/id/$hub.ttl" text/turtle
  measure "neighbourhood $hub" "communs-kg-$build" "$base/network/neighbourhood?iri=$iri" application/json
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -rf "$work"
