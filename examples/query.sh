#!/usr/bin/env bash
# Query a communs-kg server with curl.
#   bash examples/query.sh http://localhost:7070 [ENTITY-PATH]
# ENTITY-PATH is the part of an IRI after /id/ (default: person/mireille-clapot, from the seed article).
set -euo pipefail
server="${1:-http://localhost:7070}"
server="${server%/}"
entity="${2:-person/mireille-clapot}"

echo "## Roles of persons, as CSV (SPARQL, POST form-encoded)"
curl -fsS -H 'Accept: text/csv' --data-urlencode query@- "$server/sparql" <<'SPARQL'
PREFIX org:  <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?name ?role ?organization WHERE {
  ?m a org:Membership ; org:member/foaf:name ?name .
  OPTIONAL { ?m org:role/skos:prefLabel ?role }
  OPTIONAL { ?m org:organization/skos:prefLabel ?organization }
} ORDER BY ?name ?role
SPARQL

echo
echo "## $entity, as Turtle (content negotiation on its IRI)"
curl -fsS -H 'Accept: text/turtle' "$server/id/$entity"

echo
echo "## The same in N-Triples, by suffix (first five lines)"
curl -fsS "$server/id/$entity.nt" | sed -n '1,5p'

echo
echo "## The whole graph: download the N-Quads dump, count its quads and article graphs"
curl -fsS "$server/dumps/communs-kg.nq.gz" -o /tmp/communs-kg.nq.gz
gunzip -c /tmp/communs-kg.nq.gz | wc -l | sed 's/^ */quads: /'
gunzip -c /tmp/communs-kg.nq.gz | sed -E 's/.* (<[^>]+>) \.$/\1/' | sort -u | wc -l | sed 's/^ */graphs: /'
